package org.radwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;
import org.radwb.ui.parts.NavigatorPart;
import org.radwb.ui.parts.Parts;
import org.radwb.ui.parts.StudyEditorPart;
import org.radwb.ui.parts.StudyTablePart;
import org.radwb.ui.session.ReviewSession;

/** Drives the real workbench (the product's e4 application) under Xvfb: open the example, edit, undo, save. */
class WorkbenchTest {

    @TempDir
    Path dir;

    private static MApplication application() throws InterruptedException {
        return WorkbenchTestSupport.application();
    }

    private static void spin(Display display) {
        while (display.readAndDispatch()) {
            // let posted events (UI event topics, layouts) run
        }
    }

    private static void execute(IEclipseContext ctx, String commandId) {
        ECommandService commands = ctx.get(ECommandService.class);
        EHandlerService handlers = ctx.get(EHandlerService.class);
        ParameterizedCommand command = commands.createCommand(commandId, null);
        assertTrue(handlers.canExecute(command), commandId + " is enabled");
        handlers.executeHandler(command);
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    @Test
    void opensTheExampleReviewAndEditsAStudyWithUndoRedoAndSave() throws Exception {
        MApplication app = application();
        UISynchronize sync = app.getContext().get(UISynchronize.class);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Path folder = dir.resolve("example-review");
        sync.syncExec(() -> {
            try {
                run(app, folder);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError(failure.get().toString(), failure.get());
        }
        // the saved file holds the edit, and the previous version is kept
        Review saved = ReviewStore.load(folder);
        assertEquals("Radiomics of SRS-treated metastases (edited in the UI test)", saved.getStudies().get(0).getTitle());
        assertTrue(Files.exists(folder.resolve(ReviewStore.BACKUP_NAME)));
    }

    private void run(MApplication app, Path folder) throws Exception {
        Display display = Display.getCurrent();
        MWindow window = app.getChildren().get(0);
        IEclipseContext ctx = window.getContext();
        ReviewSession session = app.getContext().get(ReviewSession.class);
        assertNotNull(session, "the life cycle put the review session into the context");

        session.openExample(folder);
        spin(display);
        assertEquals(17, session.review().getStudies().size());

        EPartService parts = ctx.get(EPartService.class);
        EModelService models = ctx.get(EModelService.class);
        MPart navigator = parts.findPart(NavigatorPart.ID);
        assertNotNull(navigator, "navigator part");
        NavigatorPart nav = (NavigatorPart) navigator.getObject();
        assertNotNull(nav, "navigator rendered");
        assertEquals(1, nav.viewer().getTree().getItemCount(), "the review is the root of the tree");
        StudyTablePart table = (StudyTablePart) parts.findPart(StudyTablePart.ID).getObject();
        assertEquals(17, table.viewer().getTable().getItemCount(), "17 studies in the table");

        Study study = session.review().getStudies().get(0);
        String originalTitle = study.getTitle();
        MPart part = Parts.openStudyEditor(study, parts, models, app);
        spin(display);
        StudyEditorPart editor = (StudyEditorPart) part.getObject();
        Text title = (Text) editor.field("title");
        assertEquals(originalTitle, title.getText());

        type(title, "Radiomics of SRS-treated metastases (edited in the UI test)");
        spin(display);
        assertEquals("Radiomics of SRS-treated metastases (edited in the UI test)", study.getTitle());
        assertTrue(session.isDirty());
        assertTrue(part.isDirty(), "the editor tab shows the unsaved state");

        // a value the field does not accept is reported and not applied
        int patients = study.getPatientCount();
        Text patientField = (Text) editor.field("patients");
        type(patientField, "many");
        spin(display);
        assertEquals(patients, study.getPatientCount(), "model unchanged by an invalid value");
        assertTrue(editor.problemsText().contains("whole number"), editor.problemsText());

        // a valid number that breaks a constraint is applied and flagged, never silently fixed
        type(patientField, Integer.toString(study.getLesionCount() + 1));
        spin(display);
        assertTrue(editor.problemsText().contains("fewer than its"), editor.problemsText());
        execute(ctx, "org.radwb.ui.command.undo");
        spin(display);
        assertEquals(patients, study.getPatientCount(), "undo restores the patients");

        execute(ctx, "org.radwb.ui.command.undo");
        spin(display);
        assertEquals(originalTitle, study.getTitle(), "undo restores the title");
        assertEquals(originalTitle, title.getText(), "and the field shows it");
        assertFalse(session.isDirty(), "back to the saved state");

        execute(ctx, "org.radwb.ui.command.redo");
        spin(display);
        assertEquals("Radiomics of SRS-treated metastases (edited in the UI test)", study.getTitle());
        screenshot(display, Path.of("target", "screenshots", "workbench-study-editor.png"));
        execute(ctx, "org.radwb.ui.command.save");
        spin(display);
        assertFalse(session.isDirty());
    }

    /** Saves a picture of the workbench window (for the README and for looking at what the test saw). */
    private static void screenshot(Display display, Path file) throws Exception {
        Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        gc.copyArea(image, b.x, b.y);
        gc.dispose();
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
