package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radwb.imaging.io.ImageIO;
import org.radwb.viewer.render.RgbaFrame;

/**
 * Clicking a voxel reports its LPS world coordinate, intensity and label correctly for NIfTI (sform, RAS) and NRRD
 * (RAS space, oblique directions). Expected values come from make_fixtures.py (numpy), not from the Java readers.
 * Tolerance 1e-4 mm: the headers store float32 (NIfTI) or decimal text (NRRD) and the CSV has 6 decimals.
 */
class InspectionFromFilesTest {

    @TempDir
    static Path dir;

    static List<String[]> expected() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                InspectionFromFilesTest.class.getResourceAsStream("/fixtures/expected.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }

    static Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            try (InputStream in = InspectionFromFilesTest.class.getResourceAsStream("/fixtures/" + name)) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return p;
    }

    static Scene open(String file) throws IOException {
        Scene scene = new Scene(file, ImageIO.read(fixture(file)));
        if (file.endsWith(".nii.gz")) {
            scene.setLabels("labels.nii.gz", ImageIO.readLabels(fixture("labels.nii.gz")));
        }
        return scene;
    }

    @ParameterizedTest(name = "{0} voxel ({1},{2},{3})")
    @MethodSource("expected")
    void voxelIndexGivesWorldIntensityAndLabel(String file, String i, String j, String k, String x, String y, String z,
            String intensity, String label) throws IOException {
        Scene scene = open(file);
        VoxelInspection v = scene.inspect(Integer.parseInt(i), Integer.parseInt(j), Integer.parseInt(k));
        assertArrayEquals(new double[] { Double.parseDouble(x), Double.parseDouble(y), Double.parseDouble(z) }, v.world(), 1e-4);
        assertEquals(Double.parseDouble(intensity), v.intensity(), 0);
        assertEquals(Integer.parseInt(label), v.label());
    }

    @ParameterizedTest(name = "{0} voxel ({1},{2},{3})")
    @MethodSource("expected")
    void clickingTheVoxelInEachSliceViewFindsIt(String file, String i, String j, String k, String x, String y, String z,
            String intensity, String label) throws IOException {
        Scene scene = open(file);
        double[] world = { Double.parseDouble(x), Double.parseDouble(y), Double.parseDouble(z) };
        scene.setCrosshair(world);
        for (ViewKind view : new ViewKind[] { ViewKind.AXIAL, ViewKind.CORONAL, ViewKind.SAGITTAL }) {
            SliceProjection p = new SliceProjection(scene, view, 300, 200);
            double[] px = p.worldToPixel(world);
            // The user clicks the pixel the voxel centre is drawn in.
            double[] clicked = p.pixelToWorld(Math.round(px[0]), Math.round(px[1]));
            VoxelInspection v = scene.inspect(clicked).orElseThrow();
            assertArrayEquals(new int[] { Integer.parseInt(i), Integer.parseInt(j), Integer.parseInt(k) }, v.index(),
                    view + " clicked " + java.util.Arrays.toString(clicked));
            assertEquals(Double.parseDouble(intensity), v.intensity(), 0);
            assertTrue(v.describe().contains("intensity " + intensity), v.describe());
        }
    }

    @ParameterizedTest
    @MethodSource("expected")
    void theDrawnPixelShowsTheVoxelsGrey(String file, String i, String j, String k, String x, String y, String z,
            String intensity, String label) throws IOException {
        Scene scene = open(file);
        scene.labelStyle().setOverlayVisible(false);
        double[] world = { Double.parseDouble(x), Double.parseDouble(y), Double.parseDouble(z) };
        scene.setCrosshair(world);
        scene.setWindowLevel(new WindowLevel(200, 100)); // grey = intensity * 255 / 200
        SliceProjection p = new SliceProjection(scene, ViewKind.AXIAL, 300, 200);
        double[] px = p.worldToPixel(world);
        RgbaFrame f = SliceRenderer.render(scene, ViewKind.AXIAL, 300, 200);
        // Off the crosshair lines: look at the pixel, which the crosshair gap leaves untouched.
        int grey = scene.windowLevel().grey(Double.parseDouble(intensity));
        assertEquals(grey << 16 | grey << 8 | grey, f.rgb((int) Math.round(px[0]), (int) Math.round(px[1])));
    }
}
