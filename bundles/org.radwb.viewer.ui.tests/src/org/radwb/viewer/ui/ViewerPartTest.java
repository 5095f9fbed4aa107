package org.radwb.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.imaging.io.NiftiIO;
import org.radwb.viewer.LesionSummary;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SliceProjection;
import org.radwb.viewer.SliceRenderer;
import org.radwb.viewer.SyntheticHead;
import org.radwb.viewer.ViewKind;
import org.radwb.viewer.render.BackendStatus;
import org.radwb.viewer.render.RgbaFrame;

/** The viewer part in a real SWT shell under Xvfb, with the real VTK backend found through OSGi. */
class ViewerPartTest {

    @TempDir
    Path dir;
    private Shell shell;

    @AfterEach
    void closeShell() throws Exception {
        UiFixtures.onUi(() -> {
            if (shell != null) {
                shell.dispose();
            }
        });
    }

    private ViewerPart openPart(org.radwb.viewer.render.RenderBackend backend, ViewerInput input) {
        shell = UiFixtures.shell(1000, 700);
        ViewerPart part = new ViewerPart(backend);
        part.createControls(shell);
        shell.open();
        if (input != null) {
            part.open(input);
            UiFixtures.waitFor(() -> part.scene().isPresent() || part.messageText().contains("does not"), 30, "the image to load");
        }
        return part;
    }

    @Test
    void withoutVtkThe3dViewSaysWhatToInstallAndSlicesStillWork() throws Exception {
        UiFixtures.onUi(() -> {
            ViewerPart part = openPart(null, new ViewerInput(UiFixtures.fixture(dir, "oblique.nii.gz"), null, null));
            assertEquals(BackendStatus.NO_BACKEND, part.view3d().message());
            assertTrue(part.view3d().message().contains("sudo apt-get install libvtk9-java"));
            assertNull(part.view3d().renderNow());
            RgbaFrame axial = part.slice(ViewKind.AXIAL).renderNow();
            assertNotNull(axial);
            assertTrue(contains(axial, SliceRenderer.CROSSHAIR_COLOUR), "the crosshair is drawn");
        });
    }

    @Test
    void clickingAVoxelReportsWorldCoordinateAndIntensityForNiftiAndNrrd() throws Exception {
        UiFixtures.onUi(() -> {
            var backend = UiFixtures.vtkBackend();
            for (String[] row : expectedRows()) {
                Path image = UiFixtures.fixture(dir, row[0]);
                Path mask = row[0].endsWith(".nii.gz") ? UiFixtures.fixture(dir, "labels.nii.gz") : null;
                ViewerPart part = openPart(backend, new ViewerInput(image, mask, null));
                Scene scene = part.scene().orElseThrow();
                double[] world = { Double.parseDouble(row[4]), Double.parseDouble(row[5]), Double.parseDouble(row[6]) };
                scene.setCrosshair(world);
                var canvas = part.slice(ViewKind.CORONAL);
                var size = canvas.getSize();
                double[] px = new SliceProjection(scene, ViewKind.CORONAL, size.x, size.y).worldToPixel(world);
                canvas.clickAt((int) Math.round(px[0]), (int) Math.round(px[1]));
                String status = part.statusText();
                String expected = String.format(java.util.Locale.ROOT, "voxel (%s, %s, %s)  LPS (%.2f, %.2f, %.2f) mm", row[1], row[2],
                        row[3], world[0], world[1], world[2]);
                assertTrue(status.startsWith(expected), row[0] + ": status '" + status + "', expected '" + expected + "'");
                assertTrue(status.contains("intensity " + row[7] + " ") && status.endsWith("label " + row[8]), status);
                shell.dispose();
                shell = null;
            }
        });
    }

    @Test
    void selectingALesionInTheListMovesTheCameraAndShowsItsColour() throws Exception {
        UiFixtures.onUi(() -> {
            SyntheticHead head = SyntheticHead.generate(64);
            Path image = dir.resolve("head.nii.gz");
            Path mask = dir.resolve("lesions.nii.gz");
            NiftiIO.write(head.image(), image);
            NiftiIO.writeLabels(head.lesions(), mask);
            ViewerPart part = openPart(UiFixtures.vtkBackend(), new ViewerInput(image, mask, null));
            Scene scene = part.scene().orElseThrow();
            UiFixtures.waitFor(() -> part.lesionTable().getItemCount() == 3, 30, "the lesion list");
            assertNull(part.view3d().message());
            double[] focalBefore = scene.camera().focalPoint();

            part.lesionTable().setSelection(1); // as the user clicks the second row
            part.lesionTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            LesionSummary lesion = scene.lesions().get(1);
            assertArrayEquals(lesion.centroid(), scene.camera().focalPoint(), 1e-9);
            assertTrue(Math.abs(focalBefore[0] - lesion.centroid()[0]) + Math.abs(focalBefore[1] - lesion.centroid()[1]) > 1,
                    "the camera moved");
            assertArrayEquals(lesion.centroid(), scene.crosshair(), 1e-9);
            assertTrue(part.statusText().startsWith("Label 2:"), part.statusText());

            RgbaFrame frame = part.view3d().renderNow();
            var size = part.view3d().getSize();
            double[] p = scene.camera().project(lesion.centroid(), size.x, size.y);
            int rgb = frame.rgb((int) Math.round(p[0]), (int) Math.round(p[1]));
            int colour = scene.labelStyle().colour(2); // green: the dominant channel survives lighting
            assertEquals(dominant(colour), dominant(rgb), "pixel " + Integer.toHexString(rgb) + " at the lesion centre");
            List<Path> pngs = part.exportPng(dir.resolve("export"));
            assertEquals(4, pngs.size());

            // A second series (here the same file again) is added and shown through the series selector.
            part.addSeries(image);
            UiFixtures.waitFor(() -> part.seriesCombo().getItemCount() == 2, 30, "the second series");
            part.seriesCombo().select(1);
            part.seriesCombo().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals(1, scene.activeIndex());
            assertNotNull(part.view3d().renderNow());
        });
    }

    @Test
    void openingASegmentationSelectsItsLabel() throws Exception {
        UiFixtures.onUi(() -> {
            SyntheticHead head = SyntheticHead.generate(48);
            Path image = dir.resolve("head.nii.gz");
            Path mask = dir.resolve("lesions.nii.gz");
            NiftiIO.write(head.image(), image);
            NiftiIO.writeLabels(head.lesions(), mask);
            ViewerPart part = openPart(null, new ViewerInput(image, mask, 3));
            UiFixtures.waitFor(() -> part.scene().get().selectedLabel().isPresent(), 30, "label 3 to be selected");
            assertEquals(3, part.scene().get().selectedLabel().get());
            assertEquals(2, part.lesionTable().getSelectionIndex());
        });
    }

    @Test
    void maskOnAnotherGridIsReportedNamingBothGeometries() throws Exception {
        UiFixtures.onUi(() -> {
            Path image = UiFixtures.fixture(dir, "oblique.nii.gz");
            Path mask = dir.resolve("other.nii.gz");
            NiftiIO.writeLabels(new org.radwb.imaging.LabelMap(org.radwb.imaging.Geometry.of(4, 4, 4, 1, 1, 1), new int[64]), mask);
            shell = UiFixtures.shell(800, 600);
            ViewerPart part = new ViewerPart((org.radwb.viewer.render.RenderBackend) null);
            part.createControls(shell);
            part.open(new ViewerInput(image, mask, null));
            UiFixtures.waitFor(() -> part.messageText().contains("does not lie on the grid"), 30, "the mismatch message");
            assertTrue(part.messageText().contains("oblique.nii.gz") && part.messageText().contains("other.nii.gz"), part.messageText());
            assertTrue(part.messageText().contains("4x4x4 voxels"), part.messageText());
        });
    }

    @Test
    void missingFileIsReported() throws Exception {
        UiFixtures.onUi(() -> {
            shell = UiFixtures.shell(800, 600);
            ViewerPart part = new ViewerPart((org.radwb.viewer.render.RenderBackend) null);
            part.createControls(shell);
            part.open(new ViewerInput(dir.resolve("nope.nii.gz"), null, null));
            UiFixtures.waitFor(() -> part.messageText().contains("does not exist"), 30, "the missing-file message");
            assertTrue(part.messageText().contains("nope.nii.gz"));
        });
    }

    @Test
    void aVolumeTooLargeForTheHeapGivesAMessageNotACrash() throws Exception {
        // A NIfTI header announcing 1290^3 float voxels (8.6 GB): reading it runs out of heap at allocation.
        java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(352 + 1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, 348);
        short[] dim = { 3, 1290, 1290, 1290, 1, 1, 1, 1 };
        for (int i = 0; i < 8; i++) {
            h.putShort(40 + 2 * i, dim[i]);
        }
        h.putShort(70, (short) 16).putShort(72, (short) 32);
        for (int i = 0; i < 8; i++) {
            h.putFloat(76 + 4 * i, 1f);
        }
        h.putFloat(108, 352f).putFloat(112, 1f);
        h.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        Path huge = dir.resolve("huge.nii");
        java.nio.file.Files.write(huge, h.array());
        UiFixtures.onUi(() -> {
            shell = UiFixtures.shell(800, 600);
            ViewerPart part = new ViewerPart((org.radwb.viewer.render.RenderBackend) null);
            part.createControls(shell);
            part.open(new ViewerInput(huge, null, null));
            UiFixtures.waitFor(() -> !part.messageText().startsWith("Opening"), 60, "the outcome of opening");
            assertTrue(part.messageText().contains("too large for the memory") && part.messageText().contains("-Xmx"),
                    part.messageText());
            assertTrue(part.scene().isEmpty());
        });
    }

    @Test
    void tooLargeMessageSaysHowToFixIt() {
        String m = ViewerPart.tooLarge(Path.of("/data/huge.nii.gz"));
        assertTrue(m.contains("/data/huge.nii.gz") && m.contains("-Xmx"), m);
    }

    private static int dominant(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r >= g && r >= b ? 0 : g >= b ? 1 : 2;
    }

    private static boolean contains(RgbaFrame f, int rgb) {
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (f.rgb(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String[]> expectedRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ViewerPartTest.class.getResourceAsStream("/fixtures/expected.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }
}
