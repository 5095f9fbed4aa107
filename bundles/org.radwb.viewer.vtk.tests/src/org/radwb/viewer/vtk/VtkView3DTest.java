package org.radwb.viewer.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.viewer.LesionSummary;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SyntheticHead;
import org.radwb.viewer.render.BackendStatus;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.vtk.VtkRuntime;

/**
 * Renders a generated 64³ head with three lesions through VTK (offscreen, Mesa under Xvfb) and checks pixels.
 * Needs an X display: the build runs under {@code xvfb-run -a}. Frames are written to target/vtk-frames for a look.
 */
class VtkView3DTest {

    private static final int SIZE = 256;
    private Scene scene;
    private VtkView3D view;

    @BeforeEach
    void open() {
        BackendStatus status = new VtkRenderBackend().status();
        if (!status.available()) {
            fail("The VTK tests need libvtk9-java and an X display (run the build under xvfb-run -a): " + status.message());
        }
        SyntheticHead head = SyntheticHead.generate(64);
        scene = new Scene("synthetic", head.image());
        scene.setLabels("lesions", head.lesions());
        view = (VtkView3D) new VtkRenderBackend().create3DView(scene, SIZE, SIZE);
    }

    @AfterEach
    void close() {
        view.close();
    }

    private static void save(RgbaFrame f, String name) throws Exception {
        Path dir = Path.of("target", "vtk-frames");
        Files.createDirectories(dir);
        f.writePng(dir.resolve(name + ".png"));
    }

    /** Which of R, G, B is strongest (lighting changes the shade, not the dominant channel of a saturated colour). */
    private static int dominantChannel(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r >= g && r >= b ? 0 : g >= b ? 1 : 2;
    }

    @Test
    void eachLesionsColourAppearsWhereItsCentreProjects() throws Exception {
        for (LesionSummary lesion : scene.lesions()) {
            scene.selectLesion(lesion.label());
            RgbaFrame f = view.render();
            save(f, "lesion-" + lesion.label());
            double[] p = scene.camera().project(lesion.centroid(), SIZE, SIZE);
            int rgb = f.rgb((int) Math.round(p[0]), (int) Math.round(p[1]));
            int expected = scene.labelStyle().colour(lesion.label());
            assertEquals(dominantChannel(expected), dominantChannel(rgb), String.format(
                    "lesion %d: pixel %06x at %s, expected the hue of %06x", lesion.label(), rgb, java.util.Arrays.toString(p), expected));
            assertTrue(((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) > 120, "lit, not black: " + Integer.toHexString(rgb));
        }
    }

    @Test
    void overlayOnTheSlicePlanesHasTheExactLabelColour() throws Exception {
        scene.labelStyle().setSurfacesVisible(false);
        scene.labelStyle().setOverlayOpacity(1.0);
        scene.styleChanged();
        LesionSummary lesion = scene.selectLesion(3);
        RgbaFrame f = view.render();
        save(f, "overlay-3");
        // Image slices are unlit: with opacity 1 the centre pixel (the crosshair, on all three planes) is the label colour.
        double[] p = scene.camera().project(lesion.centroid(), SIZE, SIZE);
        int rgb = f.rgb((int) Math.round(p[0]), (int) Math.round(p[1]));
        int expected = scene.labelStyle().colour(3);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals((expected >> shift) & 0xFF, (rgb >> shift) & 0xFF, 2.0,
                    "channel at bit " + shift + ": pixel " + Integer.toHexString(rgb));
        }
    }

    @Test
    void selectingALesionMovesTheCameraAndTheImage() throws Exception {
        RgbaFrame whole = view.render();
        save(whole, "whole");
        assertEquals(null, view.pick(2, 2), "the corner shows the background");
        double[] before = scene.camera().position();
        LesionSummary lesion = scene.selectLesion(2);
        RgbaFrame zoomed = view.render();
        assertNotEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(scene.camera().position()));
        // The lesion now fills much more of the frame than in the whole-head view.
        int expected = dominantChannel(scene.labelStyle().colour(2));
        assertTrue(count(zoomed, expected) > 4 * Math.max(1, count(whole, expected)),
                "lesion pixels whole " + count(whole, expected) + ", zoomed " + count(zoomed, expected));
        double[] picked = view.pick(SIZE / 2, SIZE / 2);
        assertNotNull(picked, "the centre pixel shows the lesion, so a pick hits something");
        double d = Math.sqrt(Math.pow(picked[0] - lesion.centroid()[0], 2) + Math.pow(picked[1] - lesion.centroid()[1], 2)
                + Math.pow(picked[2] - lesion.centroid()[2], 2));
        assertTrue(d <= lesion.largestDiameterMm() / 2 + 1.5, "picked " + java.util.Arrays.toString(picked) + " is " + d + " mm from the centre");
    }

    /** Strongly coloured pixels of one dominant channel. */
    private static int count(RgbaFrame f, int channel) {
        int n = 0;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                int rgb = f.rgb(x, y);
                int[] c = { (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF };
                if (c[channel] > 100 && c[channel] > 1.6 * c[(channel + 1) % 3] && c[channel] > 1.6 * c[(channel + 2) % 3]) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void windowChangeChangesThePlanes() {
        RgbaFrame a = view.render();
        scene.setWindowLevel(new org.radwb.viewer.WindowLevel(50, 2000)); // everything below 1975 turns black
        RgbaFrame b = view.render();
        int brightA = 0;
        int brightB = 0;
        for (int i = 0; i < a.rgba().length; i += 4) {
            brightA += (a.rgba()[i] & 0xFF) > 200 && (a.rgba()[i + 1] & 0xFF) > 200 ? 1 : 0;
            brightB += (b.rgba()[i] & 0xFF) > 200 && (b.rgba()[i + 1] & 0xFF) > 200 ? 1 : 0;
        }
        assertTrue(brightB < brightA / 4, "bright pixels before " + brightA + ", after " + brightB);
    }

    @Test
    void switchingToASeriesOnAnotherGridShowsItsPlanes() throws Exception {
        // The same head on a grid flipped in x and y with 2 mm voxels, intensities doubled.
        org.radwb.imaging.Geometry g = scene.geometry();
        org.radwb.imaging.Geometry flipped = new org.radwb.imaging.Geometry(new int[] { 32, 32, 32 },
                new double[] { 2, 2, 2 }, g.indexToWorld(g.nx() - 1, g.ny() - 1, 0), new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 });
        org.radwb.imaging.Volume other = new org.radwb.imaging.Volume(flipped);
        for (int k = 0; k < 32; k++) {
            for (int j = 0; j < 32; j++) {
                for (int i = 0; i < 32; i++) {
                    double[] w = flipped.indexToWorld(i, j, k);
                    double[] idx = g.worldToIndex(w[0], w[1], w[2]);
                    int a = (int) Math.round(idx[0]);
                    int b = (int) Math.round(idx[1]);
                    int c = (int) Math.round(idx[2]);
                    other.set(i, j, k, g.contains(a, b, c) ? 2 * scene.image().get(a, b, c) : 0);
                }
            }
        }
        RgbaFrame before = view.render();
        scene.addSeries("flipped", other);
        scene.setActiveSeries(1);
        RgbaFrame after = view.render();
        save(after, "series-flipped");
        // Same anatomy in the same place: the head's silhouette (non-background pixels) barely changes.
        int bg = before.rgb(2, 2);
        int differ = 0;
        int head = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean a = before.rgb(x, y) != bg;
                boolean b = after.rgb(x, y) != bg;
                head += a ? 1 : 0;
                differ += a != b ? 1 : 0;
            }
        }
        assertTrue(differ < head / 10, "silhouette pixels differing: " + differ + " of " + head);
    }

    @Test
    void volumeRenderingIsOffByDefaultAndAddsTheVolumeWhenSwitchedOn() throws Exception {
        scene.labelStyle().setSurfacesVisible(false);
        scene.styleChanged();
        assertTrue(!scene.volumeRendering(), "off by default");
        RgbaFrame planes = view.render();
        scene.setVolumeRendering(true);
        RgbaFrame volume = view.render();
        save(volume, "volume-rendering");
        // The ray-cast head veils the planes in front of it: a large part of the frame changes.
        int changed = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if (planes.rgb(x, y) != volume.rgb(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > SIZE * SIZE / 20, "pixels the volume changes: " + changed);
        scene.setVolumeRendering(false);
        assertEquals(java.util.Arrays.hashCode(planes.rgba()), java.util.Arrays.hashCode(view.render().rgba()), "off again");
    }

    @Test
    void missingVtkInstallationNamesThePackage(@TempDir Path empty) {
        String message = VtkRuntime.checkInstalled(empty).orElseThrow().message();
        assertTrue(message.contains("sudo apt-get install libvtk9-java"), message);
        assertTrue(message.contains(empty.toString()), message);
    }
}
