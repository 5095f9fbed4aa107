package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;

class LesionAnalyzerTest {

    /** Independent reference: the farthest pair over ALL voxel centres, brute force. */
    private static double bruteForceDiameter(LabelMap m, int label) {
        Geometry g = m.geometry();
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (m.get(i, j, k) == label) {
                        pts.add(g.indexToWorld(i, j, k));
                    }
                }
            }
        }
        double best = 0;
        for (int a = 0; a < pts.size(); a++) {
            for (int b = a + 1; b < pts.size(); b++) {
                double[] p = pts.get(a);
                double[] q = pts.get(b);
                best = Math.max(best, Math.hypot(Math.hypot(p[0] - q[0], p[1] - q[1]), p[2] - q[2]));
            }
        }
        return best;
    }

    @Test
    void boxLesionHasHandComputedVolumeDiameterAndCentroid() {
        Geometry g = new Geometry(new int[] { 20, 20, 10 }, new double[] { 0.5, 0.8, 2.0 }, new double[] { 10, -20, 5 },
                new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
        LabelMap m = Fixtures.empty(g);
        for (int k = 2; k <= 4; k++) {          // 3 slices
            for (int j = 5; j <= 9; j++) {      // 5 rows
                for (int i = 3; i <= 10; i++) { // 8 columns
                    m.set(i, j, k, 2);
                }
            }
        }
        LesionSummary s = LesionAnalyzer.analyze(m).get(0);
        assertEquals(2, s.label());
        assertEquals(120, s.voxelCount());
        assertEquals(120 * 0.5 * 0.8 * 2.0, s.volumeMm3(), 1e-9);
        // Corner to corner between voxel centres: (7*0.5, 4*0.8, 2*2.0) mm.
        assertEquals(Math.sqrt(3.5 * 3.5 + 3.2 * 3.2 + 4.0 * 4.0), s.largestDiameterMm(), 1e-9);
        assertArrayEquals(new double[] { 10 + 6.5 * 0.5, -20 + 7 * 0.8, 5 + 3 * 2.0 }, s.centroid(), 1e-9);
        assertArrayEquals(new int[] { 3, 5, 2 }, s.boundsMin());
        assertArrayEquals(new int[] { 10, 9, 4 }, s.boundsMax());
    }

    @Test
    void diameterEqualsBruteForceOnIrregularLesionsInObliqueGrids() {
        double c = Math.cos(Math.toRadians(30));
        double sn = Math.sin(Math.toRadians(30));
        Geometry g = new Geometry(new int[] { 24, 22, 18 }, new double[] { 0.9, 1.1, 1.7 }, new double[] { -3, 4, 8 },
                new double[] { c, -sn, 0, sn, c, 0, 0, 0, -1 });
        LabelMap m = Fixtures.empty(g);
        Fixtures.sphere(m, 1, 8, 8, 8, 4.5);
        Fixtures.sphere(m, 1, 14, 12, 9, 3); // overlapping second blob: a non-convex lesion
        Fixtures.sphere(m, 5, 18, 16, 12, 2.2);
        m.set(2, 20, 1, 5); // a stray voxel far away belongs to lesion 5 too
        List<LesionSummary> lesions = LesionAnalyzer.analyze(m);
        assertEquals(List.of(1, 5), lesions.stream().map(LesionSummary::label).toList());
        for (LesionSummary s : lesions) {
            assertEquals(bruteForceDiameter(m, s.label()), s.largestDiameterMm(), 1e-9, "label " + s.label());
        }
    }

    @Test
    void diameterEqualsBruteForceOnRandomScatteredVoxels() {
        java.util.Random rnd = new java.util.Random(7);
        Geometry g = new Geometry(new int[] { 16, 14, 12 }, new double[] { 0.7, 1.3, 2.2 }, new double[] { 1, 2, 3 },
                new double[] { 0, 1, 0, -1, 0, 0, 0, 0, 1 });
        LabelMap m = Fixtures.empty(g);
        for (int n = 0; n < 400; n++) {
            m.set(rnd.nextInt(16), rnd.nextInt(14), rnd.nextInt(12), 1 + rnd.nextInt(3));
        }
        for (LesionSummary s : LesionAnalyzer.analyze(m)) {
            assertEquals(bruteForceDiameter(m, s.label()), s.largestDiameterMm(), 1e-9, "label " + s.label());
        }
    }

    @Test
    void hullKeepsOnlyCornersOfARectangle() {
        List<int[]> pts = new ArrayList<>();
        for (int x = 0; x <= 4; x++) {
            for (int y = 0; y <= 3; y++) {
                pts.add(new int[] { x, y });
            }
        }
        assertEquals(4, LesionAnalyzer.hull(pts).size());
    }

    @Test
    void singleVoxelHasZeroDiameter() {
        Geometry g = Geometry.of(4, 4, 4, 1, 1, 1);
        LabelMap m = Fixtures.empty(g);
        m.set(1, 2, 3, 9);
        LesionSummary s = LesionAnalyzer.analyze(m).get(0);
        assertEquals(0, s.largestDiameterMm());
        assertEquals(1, s.volumeMm3());
        assertArrayEquals(new double[] { 1, 2, 3 }, s.centroid(), 1e-12);
    }
}
