package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.viewer.render.RgbaFrame;

class SliceRendererTest {

    private final Geometry grid = Geometry.of(32, 32, 32, 1, 1, 1);

    @Test
    void lesionColourAppearsWhereItsCentreProjects() {
        Scene s = new Scene("ball", Fixtures.ball(grid));
        LabelMap m = Fixtures.empty(grid);
        Fixtures.sphere(m, 1, 10, 12, 16, 3);
        s.setLabels("mask", m);
        s.labelStyle().setOverlayOpacity(1.0);
        s.selectLesion(1);
        double[] c = s.lesions().get(0).centroid();
        for (ViewKind view : new ViewKind[] { ViewKind.AXIAL, ViewKind.CORONAL, ViewKind.SAGITTAL }) {
            RgbaFrame f = SliceRenderer.render(s, view, 128, 128);
            double[] px = new SliceProjection(s, view, 128, 128).worldToPixel(c);
            // 6 pixels off the centre along the diagonal: inside the lesion, away from the crosshair lines.
            int x = (int) Math.round(px[0]) + 6;
            int y = (int) Math.round(px[1]) + 6;
            assertEquals(s.labelStyle().colour(1), f.rgb(x, y), view + " at " + x + "," + y);
            assertEquals(SliceRenderer.CROSSHAIR_COLOUR, f.rgb((int) Math.round(px[0]) + 20, (int) Math.round(px[1])));
        }
    }

    @Test
    void axialViewIsRadiological() {
        // A bright voxel on the patient's left (+x in LPS) must be drawn on the right of the screen.
        Volume v = new Volume(grid);
        v.set(28, 22, 16, 1000); // off the crosshair row (the crosshair sits at the centre, 15.5)
        v.set(3, 22, 16, 1);
        Scene s = new Scene("dot", v);
        s.setWindowLevel(new WindowLevel(10, 5));
        RgbaFrame f = SliceRenderer.render(s, ViewKind.AXIAL, 64, 64);
        int brightestX = -1;
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                if (f.rgb(x, y) == 0xFFFFFF) {
                    brightestX = Math.max(brightestX, x);
                }
            }
        }
        assertTrue(brightestX > 40, "patient-left voxel at screen x " + brightestX); // 12.5 mm right of centre (x 32), ~0.87 mm/px
    }

    @Test
    void overlayBlendsWithTheStyleOpacity() {
        assertEquals(0x808080, SliceRenderer.blend(0x808080, 0xFF0000, 0.0));
        assertEquals(0xFF0000, SliceRenderer.blend(0x808080, 0xFF0000, 1.0));
        assertEquals(0xC04040, SliceRenderer.blend(0x808080, 0xFF0000, 0.5));
    }

    @Test
    void renders512SlicesQuickly() {
        Scene s = new Scene("ball", Fixtures.ball(Geometry.of(128, 128, 128, 1, 1, 1)));
        SliceRenderer.render(s, ViewKind.AXIAL, 512, 512); // warm-up
        long t0 = System.nanoTime();
        for (int n = 0; n < 10; n++) {
            SliceRenderer.render(s, ViewKind.values()[n % 3], 512, 512);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / 10;
        assertTrue(ms < 100, "one 512x512 slice took " + ms + " ms"); // generous: interactive needs < 30 ms
    }
}
