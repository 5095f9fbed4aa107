package org.radwb.dicom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.review.ReviewImporter;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.model.Patient;
import org.radwb.ui.session.ReviewSession;

/** The DICOM import dialog with real SWT widgets, and the import as one undoable command (run under Xvfb). */
class DicomImportUiTest {

    @TempDir
    Path tmp;

    private Shell shell;

    @BeforeEach
    void openShell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void importIsOneUndoableCommandOnTheSessionStack() throws Exception {
        SyntheticStudy.Written w = SyntheticStudy.write(new SyntheticStudy.Spec(), tmp.resolve("dicom"));
        ReviewSession session = new ReviewSession();
        session.create(tmp.resolve("project"), "SRS cohort");
        DicomImportOptions o = new DicomImportOptions(tmp.resolve("dicom"), "cohort", false, null, false, 18.0);
        CohortImport imp = DicomImportRunner.run(o, session.folder(), new NullProgressMonitor());
        assertTrue(imp.problems().isEmpty(), imp.problems().toString());

        ReviewImporter.Added added = DicomImportRunner.apply(session, imp, "cohort");
        assertEquals(new ReviewImporter.Added(1, 1, 2), added);
        Patient p = session.review().getStudies().get(0).getPatients().get(0);
        assertEquals(w.seriesUid(), p.getImages().get(0).getSeriesInstanceUid());
        assertTrue(session.isDirty());
        assertEquals("Import DICOM", session.commandStack().getUndoCommand().getLabel());

        session.commandStack().undo();
        assertEquals(0, session.review().getStudies().size(), "undo removes the study and everything in it");
        session.commandStack().redo();
        assertEquals(2, session.review().getStudies().get(0).getPatients().get(0).getLesions().size());
        session.save();
        assertTrue(!session.isDirty());
    }

    @Test
    void dialogValidatesItsFieldsBeforeOk() throws Exception {
        SyntheticStudy.write(new SyntheticStudy.Spec(), tmp.resolve("dicom"));
        DicomImportDialog dialog = new DicomImportDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.preset(tmp.resolve("absent").toString(), false, null, false, "");
            dialog.pressOk();
            assertNull(dialog.result());
            assertEquals("Choose an existing DICOM folder.", dialog.getErrorMessage());

            dialog.preset(tmp.resolve("dicom").toString(), true, "", false, "");
            dialog.pressOk();
            assertTrue(dialog.getErrorMessage().contains("key file"), dialog.getErrorMessage());

            dialog.preset(tmp.resolve("dicom").toString(), true, tmp.resolve("key.txt").toString(), true, "eighteen");
            dialog.pressOk();
            assertTrue(dialog.getErrorMessage().contains("'eighteen' is not a number"), dialog.getErrorMessage());

            dialog.preset(tmp.resolve("dicom").toString(), true, tmp.resolve("key.txt").toString(), true, "18");
            dialog.pressOk();
            DicomImportOptions o = dialog.result();
            assertNotNull(o);
            assertTrue(o.deidentify() && o.resample());
            assertEquals(18.0, o.prescriptionGy(), 0);
            assertEquals(tmp.resolve("key.txt"), o.keyFile());
        } finally {
            dialog.close();
        }
    }

    @Test
    void deidentifiedImportCreatesTheKeyAndStoresPseudonyms() throws Exception {
        SyntheticStudy.write(new SyntheticStudy.Spec(), tmp.resolve("dicom"));
        ReviewSession session = new ReviewSession();
        session.create(tmp.resolve("project"), "SRS cohort");
        Path key = tmp.resolve("key.txt");
        DicomImportOptions o = new DicomImportOptions(tmp.resolve("dicom"), "cohort", true, key, false, Double.NaN);
        CohortImport imp = DicomImportRunner.run(o, session.folder(), new NullProgressMonitor());
        DicomImportRunner.apply(session, imp, "cohort");
        assertTrue(java.nio.file.Files.exists(key));
        String id = session.review().getStudies().get(0).getPatients().get(0).getId();
        assertTrue(id.startsWith("ANON-") && !id.contains("SYN"), id);
        String summary = ImportDicomHandler.summary(imp, new ReviewImporter.Added(1, 1, 2));
        assertTrue(summary.startsWith("Added 1 patient(s), 1 series and 2 lesion(s)."), summary);
    }
}
