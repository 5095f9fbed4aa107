package org.radwb.extraction.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.review.ReviewFeatureExtraction;
import org.radwb.extraction.review.ReviewFeatureExtraction.Outcome;
import org.radwb.extraction.run.Mode;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.NiftiIO;
import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;
import org.radwb.ui.session.ReviewSession;

/**
 * Analysis › Extract Features… in the real workbench (under Xvfb): a tiny review on disk (one patient, an 8³ image,
 * two lesions: one with a 4³ cube mask, one whose mask file is missing) is opened in the workbench's session, the
 * extraction job runs, and the feature set enters the model as one undoable command.
 */
class ExtractFeaturesWorkbenchTest {

    @TempDir
    Path dir;

    private static MApplication application() throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(ExtractFeaturesWorkbenchTest.class).getBundleContext();
        for (int i = 0; i < 600; i++) {
            ServiceReference<IWorkbench> ref = bc.getServiceReference(IWorkbench.class);
            if (ref != null) {
                return bc.getService(ref).getApplication();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the workbench did not start within 60 s");
    }

    /** Runs on the UI thread and returns the value, rethrowing what failed there. */
    private static <T> T onUi(UISynchronize sync, Callable<T> c) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        sync.syncExec(() -> {
            try {
                value.set(c.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError(failure.get().toString(), failure.get());
        }
        return value.get();
    }

    /** The 8×8×8 image: voxel value i + 2j + 3k (so the ROI mean is known by hand). */
    private static float value(int i, int j, int k) {
        return i + 2 * j + 3 * k;
    }

    /** Writes the review: image, a 4³ cube mask (label 1 at indices 2..5) for L1, a missing mask for L2. */
    private Path writeReview() throws Exception {
        Path folder = dir.resolve("review");
        Files.createDirectories(folder.resolve("images"));
        Geometry g = Geometry.of(8, 8, 8, 1, 1, 1);
        Volume image = new Volume(g);
        int[] labels = new int[g.size()];
        LabelMap mask = new LabelMap(g, labels);
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < 8; j++) {
                for (int i = 0; i < 8; i++) {
                    image.set(i, j, k, value(i, j, k));
                    if (i >= 2 && i < 6 && j >= 2 && j < 6 && k >= 2 && k < 6) {
                        mask.set(i, j, k, 1);
                    }
                }
            }
        }
        NiftiIO.write(image, folder.resolve("images/t1c.nii.gz"));
        NiftiIO.writeLabels(mask, folder.resolve("images/l1.nii.gz"));

        ReviewFactory f = ReviewFactory.eINSTANCE;
        Review r = f.createReview();
        r.setTitle("tiny");
        Study s = f.createStudy();
        s.setId("S1");
        r.getStudies().add(s);
        Patient p = f.createPatient();
        p.setId("P1");
        s.getPatients().add(p);
        ImageSeries img = f.createImageSeries();
        img.setId("P1-t1c");
        img.setPath("images/t1c.nii.gz");
        p.getImages().add(img);
        p.getLesions().add(lesion("L1", "images/l1.nii.gz", img));
        p.getLesions().add(lesion("L2", "images/missing.nii.gz", img));
        ReviewStore.save(r, folder);
        return folder;
    }

    private static Lesion lesion(String id, String maskPath, ImageSeries img) {
        Lesion l = ReviewFactory.eINSTANCE.createLesion();
        l.setId(id);
        Segmentation seg = ReviewFactory.eINSTANCE.createSegmentation();
        seg.setId(id + "-seg");
        seg.setPath(maskPath);
        seg.setLabel(1);
        seg.setImage(img);
        l.getSegmentations().add(seg);
        return l;
    }

    /** Whether the workbench's handler service (fragment command and handler) enables Export Feature Table. */
    private static boolean exportEnabled(MApplication app) {
        IEclipseContext ctx = app.getChildren().get(0).getContext();
        ParameterizedCommand cmd = ctx.get(ECommandService.class).createCommand("org.radwb.extraction.ui.command.export", null);
        assertNotNull(cmd, "the fragment's export command is in the application");
        return ctx.get(EHandlerService.class).canExecute(cmd);
    }

    private static double valueOf(FeatureSet fs, String name) {
        for (FeatureValue v : fs.getValues()) {
            if (name.equals(v.getName())) {
                return v.getValue();
            }
        }
        throw new AssertionError(name + " not in feature set " + fs.getId());
    }

    @Test
    void extractsAPatientAsOneUndoableCommandAndReportsTheFailingLesion() throws Exception {
        MApplication app = application();
        UISynchronize sync = app.getContext().get(UISynchronize.class);
        ReviewSession session = app.getContext().get(ReviewSession.class);
        assertNotNull(session, "the workbench put the review session into the context");
        Path folder = writeReview();
        Patient patient = onUi(sync, () -> {
            session.open(folder);
            return session.review().getStudies().get(0).getPatients().get(0);
        });
        Lesion l1 = patient.getLesions().get(0);
        Lesion l2 = patient.getLesions().get(1);

        // the handler is enabled for the patient of the open review (injected as the workbench would), not for a series
        boolean enabled = onUi(sync, () -> {
            IEclipseContext ctx = app.getContext().createChild("test");
            try {
                ctx.set(IServiceConstants.ACTIVE_SELECTION, patient);
                boolean forPatient = (Boolean) ContextInjectionFactory.invoke(new ExtractFeaturesHandler(), CanExecute.class, ctx);
                ctx.set(IServiceConstants.ACTIVE_SELECTION, patient.getImages().get(0));
                boolean forSeries = (Boolean) ContextInjectionFactory.invoke(new ExtractFeaturesHandler(), CanExecute.class, ctx);
                return forPatient && !forSeries;
            } finally {
                ctx.dispose();
            }
        });
        assertTrue(enabled, "enabled for a Patient selection, disabled for an ImageSeries");
        assertFalse(onUi(sync, () -> exportEnabled(app)), "nothing to export before the extraction");
        assertNull(ExtractFeaturesHandler.scope(session, ReviewFactory.eINSTANCE.createLesion()), "a lesion of no open review");

        AtomicReference<Outcome> applied = new AtomicReference<>();
        FeatureExtractionJob job = ExtractFeaturesHandler.start(session, patient, new ExtractionRequest(Mode.PYRADIOMICS, null),
                sync, applied::set);
        assertTrue(job.join(60_000, null), "the job finished within 60 s");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        Outcome o = applied.get();
        assertNotNull(o, "the outcome was applied on the UI thread");
        assertEquals(1, o.computed().size());
        assertEquals(1, o.failures().size(), o.failures().toString());
        assertTrue(o.failures().get(0).startsWith("lesion L2"), o.failures().get(0));
        assertTrue(ExtractFeaturesHandler.summary(o).contains("lesion L2"), "the dialog names the failing lesion");

        int[] counts = onUi(sync, () -> new int[] {l1.getFeatureSets().size(), l2.getFeatureSets().size()});
        assertEquals(1, counts[0], "L1 got its feature set");
        assertEquals(0, counts[1], "L2 failed and got none");
        FeatureSet fs = l1.getFeatureSets().get(0);
        assertEquals("pyradiomics", fs.getMode());
        assertEquals(ParameterFile.defaults().text, fs.getSettings(), "the settings are stored with the values");
        assertSame(l1.getSegmentations().get(0), fs.getSegmentation());
        assertTrue(fs.getImageHash().startsWith("sha256:"));
        // hand-computed: 64 voxels of 1 mm³; mean of i + 2j + 3k over i,j,k in 2..5 = 3.5 + 7 + 10.5 = 21
        assertEquals(64.0, valueOf(fs, "original_shape_VoxelVolume"), 1e-9);
        assertEquals(21.0, valueOf(fs, "original_firstorder_Mean"), 1e-9);
        assertTrue(session.isDirty());
        assertEquals(FeatureExtractionJob.COMMAND_LABEL, session.commandStack().getUndoCommand().getLabel());

        // undo removes it, redo brings it back (one command); the export writes it as a row
        onUi(sync, () -> {
            session.commandStack().undo();
            assertEquals(0, l1.getFeatureSets().size(), "undo removes the feature set");
            session.commandStack().redo();
            assertSame(fs, l1.getFeatureSets().get(0), "redo restores it");
            return null;
        });
        assertTrue(onUi(sync, () -> exportEnabled(app)), "the contributed Export Feature Table command is enabled now");
        Path csv = dir.resolve("features.csv");
        assertTrue(ExportFeatureTableHandler.export(session, csv) > 2, "feature columns written");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size(), "header and one feature set");
        assertTrue(lines.get(1).contains("L1"), lines.get(1));
        onUi(sync, () -> {
            session.close();
            return null;
        });
    }

    @Test
    void cancelledExtractionAddsNothing() throws Exception {
        MApplication app = application();
        UISynchronize sync = app.getContext().get(UISynchronize.class);
        ReviewSession session = app.getContext().get(ReviewSession.class);
        Path folder = writeReview();
        Review review = onUi(sync, () -> {
            session.open(folder);
            return session.review();
        });
        List<Lesion> lesions = ReviewFeatureExtraction.lesionsOf(review);
        assertEquals(2, lesions.size());
        // the shared engine stops at the first poll of the cancel flag and reports the cancel
        Outcome o = ReviewFeatureExtraction.compute(lesions, folder, ParameterFile.defaults(), Mode.IBSI, 1,
                ReviewFeatureExtraction.Progress.NONE, () -> true);
        assertTrue(o.cancelled());
        assertTrue(o.computed().isEmpty());

        // the user cancels while the job runs: the job polls its monitor, ends CANCEL and applies nothing
        FeatureExtractionJob running = new FeatureExtractionJob(session, lesions, new ExtractionRequest(Mode.IBSI, null), sync,
                x -> {
                    throw new AssertionError("a cancelled extraction must not be applied");
                });
        NullProgressMonitor cancelledMonitor = new NullProgressMonitor();
        cancelledMonitor.setCanceled(true);
        assertEquals(IStatus.CANCEL, running.run(cancelledMonitor).getSeverity());
        assertTrue(running.outcome().cancelled());

        // a scheduled job cancelled before it starts never runs
        FeatureExtractionJob waiting = new FeatureExtractionJob(session, lesions, new ExtractionRequest(Mode.IBSI, null), sync,
                x -> {
                    throw new AssertionError("a cancelled extraction must not be applied");
                });
        waiting.schedule(30_000);
        assertTrue(waiting.cancel());
        assertTrue(waiting.join(60_000, null));
        assertNull(waiting.outcome(), "it never ran");
        assertFalse(onUi(sync, () -> session.commandStack().canUndo()), "nothing on the command stack");
        assertEquals(0, lesions.get(0).getFeatureSets().size());
        onUi(sync, () -> {
            session.close();
            return null;
        });
    }

    @Test
    void dialogRefusesAMissingParameterFileAndReturnsTheChoice() throws Exception {
        MApplication app = application();
        UISynchronize sync = app.getContext().get(UISynchronize.class);
        Path yaml = dir.resolve("params.yaml");
        Files.writeString(yaml, "setting:\n  binWidth: 5\n");
        ExtractionRequest[] results = onUi(sync, () -> {
            Shell shell = new Shell(Display.getCurrent());
            try {
                ExtractFeaturesDialog dialog = new ExtractFeaturesDialog(shell, "1 lesion(s) of lesion L1");
                dialog.setBlockOnOpen(false);
                dialog.open();
                dialog.preset("ibsi", dir.resolve("absent.yaml").toString());
                dialog.pressOk();
                ExtractionRequest refused = dialog.result();
                assertTrue(dialog.getErrorMessage().contains("absent.yaml"), dialog.getErrorMessage());
                dialog.preset("ibsi", yaml.toString());
                dialog.pressOk();
                return new ExtractionRequest[] {refused, dialog.result()};
            } finally {
                shell.dispose();
            }
        });
        assertNull(results[0], "no result while the parameter file is missing");
        assertEquals(new ExtractionRequest(Mode.IBSI, yaml), results[1]);
        assertTrue(results[1].parameters().text.contains("binWidth: 5"), "the chosen file is the one read");
    }
}
