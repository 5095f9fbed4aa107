package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.viewer.render.RgbaFrame;

/** Series on different grids line up by world geometry: flipped axes, other spacing and origin. */
class SeriesTest {

    /** A bright box in world mm (LPS), off-centre on every axis so a flip would move it. */
    private static final double[] BOX_MIN = { 4, -12, -3 };
    private static final double[] BOX_MAX = { 16, -2, 9 };

    private static Volume boxOn(Geometry g, float value) {
        Volume v = new Volume(g);
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] w = g.indexToWorld(i, j, k);
                    boolean in = true;
                    for (int a = 0; a < 3; a++) {
                        in &= w[a] >= BOX_MIN[a] && w[a] <= BOX_MAX[a];
                    }
                    v.set(i, j, k, in ? value : 10);
                }
            }
        }
        return v;
    }

    private final Geometry reference = new Geometry(new int[] { 40, 40, 30 }, new double[] { 1, 1, 1 },
            new double[] { -20, -20, -15 }, new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
    // Axes flipped in x and y (as a RAS-stored file read into LPS), 0.5 mm in-plane, 2 mm slices, other origin.
    private final Geometry flipped = new Geometry(new int[] { 90, 90, 16 }, new double[] { 0.5, 0.5, 2 },
            new double[] { 24, 23, -16 }, new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 });

    private Scene twoSeries() {
        Scene s = new Scene("t1", boxOn(reference, 1000));
        int t2 = s.addSeries("t2", boxOn(flipped, 500));
        assertEquals(1, t2);
        s.setWindowLevel(new WindowLevel(1000, 500));
        s.setActiveSeries(1);
        s.setWindowLevel(new WindowLevel(500, 250));
        s.setActiveSeries(0);
        s.setCrosshair(new double[] { 10, -7, 3 }); // the box centre
        return s;
    }

    @Test
    void theSameWorldBoxAppearsAtTheSamePixelsInBothSeries() {
        Scene s = twoSeries();
        for (ViewKind view : new ViewKind[] { ViewKind.AXIAL, ViewKind.CORONAL, ViewKind.SAGITTAL }) {
            SliceProjection p = new SliceProjection(s, view, 120, 120);
            s.setActiveSeries(0);
            RgbaFrame t1 = SliceRenderer.render(s, view, 120, 120);
            s.setActiveSeries(1);
            RgbaFrame t2 = SliceRenderer.render(s, view, 120, 120);
            // Inside the box (2 mm from the centre, off the crosshair lines): white in both; outside: dark in both.
            double[] inside = p.worldToPixel(new double[] { 12, -5, 5 });
            double[] outside = p.worldToPixel(new double[] { -12, 8, -10 });
            assertEquals(0xFFFFFF, t1.rgb((int) inside[0], (int) inside[1]), view + " t1 inside");
            assertEquals(0xFFFFFF, t2.rgb((int) inside[0], (int) inside[1]), view + " t2 inside");
            assertTrue((t1.rgb((int) outside[0], (int) outside[1]) & 0xFF) < 40, view + " t1 outside");
            assertTrue((t2.rgb((int) outside[0], (int) outside[1]) & 0xFF) < 40, view + " t2 outside");
            // The mirror image of the inside point (through the volume centre) is outside the box in both.
            double[] mirror = p.worldToPixel(new double[] { -12, 5, 5 });
            assertTrue((t2.rgb((int) mirror[0], (int) mirror[1]) & 0xFF) < 40, view + " t2 not flipped");
        }
    }

    @Test
    void eachSeriesKeepsItsWindowAndBlendingAverages() {
        Scene s = twoSeries();
        assertEquals(new WindowLevel(1000, 500), s.windowLevel());
        s.setActiveSeries(1);
        assertEquals(new WindowLevel(500, 250), s.windowLevel());
        s.setActiveSeries(0);
        s.setWindowLevel(new WindowLevel(2000, 1000)); // the box (1000) is mid-grey in t1, white in t2
        s.setBlend(1, 0.5);
        SliceProjection p = new SliceProjection(s, ViewKind.AXIAL, 100, 100);
        double[] inside = p.worldToPixel(new double[] { 12, -5, 3 });
        int grey = SliceRenderer.render(s, ViewKind.AXIAL, 100, 100).rgb((int) inside[0], (int) inside[1]) & 0xFF;
        assertEquals(Math.round((128 + 255) / 2.0), grey, 1.0);
    }

    @Test
    void inspectingReportsTheShownSeriesVoxelAndTheMaskLabel() {
        Scene s = twoSeries();
        LabelMap mask = new LabelMap(reference, new int[reference.size()]);
        mask.set(30, 13, 18, 7); // world (10, -7, 3)
        s.setLabels("mask", mask);
        s.setActiveSeries(1);
        VoxelInspection v = s.inspect(new double[] { 10, -7, 3 }).orElseThrow();
        // flipped grid: i = (24 - 10) / 0.5 = 28, j = (23 + 7) / 0.5 = 60, k = (3 + 16) / 2 = 9.5 -> 10 (half up)
        assertArrayEquals(new int[] { 28, 60, 10 }, v.index());
        assertArrayEquals(new double[] { 10, -7, 4 }, v.world(), 1e-9);
        assertEquals(500, v.intensity());
        assertEquals(0, v.label(), "the voxel centre (10,-7,4) lies in the reference voxel (30,13,19), unlabelled");
        assertEquals(7, s.labelAt(new double[] { 10, -7, 3 }));
    }

    @Test
    void unknownSeriesIsNamed() {
        Scene s = twoSeries();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.setActiveSeries(5));
        assertTrue(e.getMessage().contains("[t1, t2]"), e.getMessage());
    }
}
