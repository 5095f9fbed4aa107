package org.radwb.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.example.ExampleReview;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;
import org.radwb.report.figure.PrismaDiagram;
import org.radwb.report.review.ReviewReport;
import org.radwb.ui.session.ReviewSession;

/** The report part and view with real SWT widgets (run under Xvfb: xvfb-run -a ./mvnw verify). */
class ReportViewTest {

    private Shell shell;

    @BeforeEach
    void openShell() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void viewListsTablesAndFiguresAndShowsThem() throws Exception {
        ReviewReport report = ReviewReport.build(ExampleReview.create(), new ChecklistRegistry());
        ReportView view = new ReportView(shell);
        shell.open();
        view.show(report.document(), report.problems());
        List<String> labels = view.itemLabels();
        assertEquals(List.of("Figure: PRISMA 2020 flow diagram",
                "Table 1. Summary of image segmentation and radiomics feature extraction",
                "Table 2. Characteristics of the included studies and MRI used", "Table 3. Summary of findings",
                "Figure: Reported discrimination (AUC and C-index)"), labels, "document order");

        view.select(labels.indexOf("Table 2. Characteristics of the included studies and MRI used"));
        Table t = view.table();
        assertSame(t, view.current());
        assertEquals(11, t.getColumnCount());
        assertEquals(17, t.getItemCount());
        assertEquals("Patients", t.getColumn(4).getText());
        int patients = 0;
        for (int i = 0; i < t.getItemCount(); i++) {
            patients += Integer.parseInt(t.getItem(i).getText(4));
        }
        assertEquals(2744, patients, "the seed review's patient total, shown in the widget");

        view.select(labels.indexOf("Figure: PRISMA 2020 flow diagram"));
        assertNotNull(view.image());
        PrismaDiagram prisma = (PrismaDiagram) report.document().figures().get(0);
        ImageData data = view.image().getImageData();
        assertEquals((int) Math.ceil(prisma.width()), data.width);
        assertEquals((int) Math.ceil(prisma.height()), data.height);
        // the yellow PRISMA header band is at (100, 16) in figure units, as in the exported PNG
        RGB rgb = data.palette.getRGB(data.getPixel(100, 16));
        assertEquals(new RGB(0xff, 0xd9, 0x66), rgb);
    }

    @Test
    void partFollowsTheOpenReviewAndItsEdits(@TempDir Path dir) throws Exception {
        ReviewSession session = new ReviewSession();
        ReportPart part = new ReportPart(session);
        part.create(shell);
        shell.open();
        assertTrue(part.view().itemLabels().isEmpty(), "no review open: a message, no items");

        session.openExample(dir.resolve("example"));
        part.refresh();
        assertEquals(5, part.view().itemLabels().size());

        String table2 = "Table 2. Characteristics of the included studies and MRI used";
        part.view().select(part.view().itemLabels().indexOf(table2));
        assertEquals("45", part.view().table().getItem(0).getText(4), "Kawahara et al. 2021: 45 patients");

        // an edit through the command stack (as the editors make them) shows up after the rebuild
        Study first = session.review().getStudies().get(0);
        session.commandStack().execute(SetCommand.create(session.editingDomain(), first,
                ReviewPackage.Literals.STUDY__PATIENT_COUNT, 46));
        part.refresh();
        assertEquals(table2, part.view().selectedLabel(), "the selection survives the rebuild");
        assertEquals("46", part.view().table().getItem(0).getText(4));

        session.commandStack().undo();
        part.refresh();
        assertEquals("45", part.view().table().getItem(0).getText(4), "undo shows the old value again");
    }

    @Test
    void exportJobWritesTheReportAndSaysWhere(@TempDir Path dir) throws Exception {
        ReviewReport report = ReviewReport.build(ExampleReview.create(), new ChecklistRegistry());
        java.util.concurrent.atomic.AtomicReference<String> message = new java.util.concurrent.atomic.AtomicReference<>();
        org.eclipse.core.runtime.jobs.Job job = ExportReportHandler.exportJob(report, dir.resolve("out"), message::set);
        job.schedule();
        job.join(30_000, null);
        assertEquals(org.eclipse.core.runtime.IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertEquals("Wrote 8 files to " + dir.resolve("out") + ".", message.get());
        assertTrue(java.nio.file.Files.size(dir.resolve("out/report.html")) > 10_000);
        assertTrue(java.nio.file.Files.exists(dir.resolve("out/figures/prisma-flow.png")));

        java.nio.file.Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
        org.eclipse.core.runtime.jobs.Job failing = ExportReportHandler.exportJob(report, dir.resolve("blocked"),
                message::set);
        failing.schedule();
        failing.join(30_000, null);
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, failing.getResult().getSeverity());
        assertTrue(failing.getResult().getMessage().startsWith("Could not write the report to "),
                failing.getResult().getMessage());
    }
}
