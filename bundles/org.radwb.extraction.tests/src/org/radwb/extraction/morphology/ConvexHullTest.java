package org.radwb.extraction.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hull volume/area against scipy.spatial.ConvexHull (Qhull) on degenerate lattice input. */
class ConvexHullTest {

    /**
     * Lattice points (i, j, 1.5 k) for i, j in 0..29, k in 0..19 within squared distance 120 of (15,15,15). Reference
     * by /usr/bin/python3 (scipy 1.17): {@code ConvexHull(points).volume = 5072.0, .area = 1441.917911229284}.
     */
    @Test
    void latticeBallMatchesQhull() {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                for (int k = 0; k < 20; k++) {
                    double x = i, y = j, z = 1.5 * k;
                    if ((x - 15) * (x - 15) + (y - 15) * (y - 15) + (z - 15) * (z - 15) < 120) {
                        pts.add(new double[] { x, y, z });
                    }
                }
            }
        }
        double[] flat = new double[pts.size() * 3];
        for (int q = 0; q < pts.size(); q++) {
            System.arraycopy(pts.get(q), 0, flat, 3 * q, 3);
        }
        ConvexHull h = ConvexHull.of(flat);
        assertEquals(5072.0, h.volume, 1e-9);
        assertEquals(1441.917911229284, h.area, 1e-9);
        ConvexHull reduced = ConvexHull.of(Morphology.hullCandidates(flat));
        assertEquals(5072.0, reduced.volume, 1e-9);
    }

    @Test
    void planarSetHasNoVolume() {
        ConvexHull h = ConvexHull.of(new double[] { 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0.5, 0.5, 0 });
        assertEquals(0, h.volume, 0);
    }

    @Test
    void unitCubeMeshFromMarchingCubes() {
        // one voxel of 2 x 3 x 4 mm: the iso-surface is an octahedron with vertices at the face centres
        MarchingCubes.Mesh m = MarchingCubes.mesh(new boolean[] { true }, 1, 1, 1, 2, 3, 4);
        assertEquals(2 * 3 * 4 / 6.0, m.volume, 1e-12); // octahedron volume = (dx dy dz) / 6
        assertEquals(6, m.vertexCount());
    }
}
