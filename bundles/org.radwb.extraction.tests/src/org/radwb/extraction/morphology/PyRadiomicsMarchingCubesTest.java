package org.radwb.extraction.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * PyRadiomics' marching cubes: the transcribed table is checked against the cube geometry, and volume/area against
 * hand-computed values and the independent IBSI mesh where both must agree. Agreement with PyRadiomics 3.1.0 itself on
 * brain1/brain2 (to 1e-6) is checked in {@code PyRadiomicsBaselineFeaturesTest}.
 */
class PyRadiomicsMarchingCubesTest {

    /** Every row uses exactly the edges whose two corners differ (so no triangle was mistyped onto a wrong edge). */
    @Test
    void tableRowsUseExactlyTheCrossingEdges() {
        assertEquals(128, PyRadiomicsMarchingCubes.TRIANGLES.length);
        for (int cfg = 0; cfg < 128; cfg++) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int e = 0; e < 12; e++) {
                int[] c = PyRadiomicsMarchingCubes.EDGE_CORNERS[e];
                if (((cfg >> c[0]) & 1) != ((cfg >> c[1]) & 1)) {
                    expected.add(e);
                }
            }
            int[] row = PyRadiomicsMarchingCubes.TRIANGLES[cfg];
            assertEquals(0, row.length % 3, "row " + cfg);
            TreeSet<Integer> used = new TreeSet<>();
            Arrays.stream(row).forEach(used::add);
            assertEquals(expected, used, "configuration " + cfg);
        }
    }

    /** The midpoint table and the edge's corners agree with the corner offsets. */
    @Test
    void midpointsLieBetweenTheEdgeCorners() {
        for (int e = 0; e < 12; e++) {
            int[] c = PyRadiomicsMarchingCubes.EDGE_CORNERS[e];
            double[] mid = new double[3];
            for (int d = 0; d < 3; d++) {
                mid[d] = (PyRadiomicsMarchingCubes.CORNERS[c[0]][d] + PyRadiomicsMarchingCubes.CORNERS[c[1]][d]) / 2.0;
            }
            assertArrayEquals(mid, PyRadiomicsMarchingCubes.MIDPOINTS[e], 0, "edge " + e);
        }
    }

    /**
     * One voxel of 2 x 3 x 4 mm is an octahedron with half-diagonals 1, 1.5, 2: volume 4/3 * 1 * 1.5 * 2 = 4 and area
     * 8 * 1/2 * sqrt(1.5² + 3² + 2²) = 4 sqrt(15.25) (hand-computed). Four of its eight cubes are complemented
     * configurations, so this also checks the sign flip.
     */
    @Test
    void singleVoxelIsAnOctahedron() {
        PyRadiomicsMarchingCubes.Result r = PyRadiomicsMarchingCubes.compute(new boolean[] { true }, 1, 1, 1, 2, 3, 4);
        assertEquals(4.0, r.volume, 1e-12);
        assertEquals(4 * Math.sqrt(15.25), r.area, 1e-12);
        assertEquals(6, r.vertices.length / 3);
    }

    /**
     * A box has only planar surface polygons, so every triangulation gives the same mesh: PyRadiomics' table must agree
     * with the independently generated IBSI mesh ({@link MarchingCubes}) to round-off, and the vertex sets must match.
     */
    @Test
    void boxAgreesWithTheIbsiMesh() {
        int nx = 3, ny = 4, nz = 5;
        boolean[] box = new boolean[nx * ny * nz];
        Arrays.fill(box, true);
        PyRadiomicsMarchingCubes.Result r = PyRadiomicsMarchingCubes.compute(box, nx, ny, nz, 0.8, 1.1, 2.5);
        MarchingCubes.Mesh m = MarchingCubes.mesh(box, nx, ny, nz, 0.8, 1.1, 2.5);
        assertEquals(m.volume, r.volume, 1e-9 * m.volume);
        assertEquals(m.area, r.area, 1e-9 * m.area);
        assertEquals(m.vertexCount(), r.vertices.length / 3);
    }

    /**
     * The mesh volume of a closed surface does not depend on where the mask sits in its box; a ball (non-planar
     * polygons, no ambiguous faces) padded with extra background must give the same values.
     */
    @Test
    void ballIsTranslationInvariant() {
        int r = 5, n = 2 * r + 1;
        boolean[] ball = new boolean[n * n * n];
        boolean[] shifted = new boolean[(n + 3) * (n + 2) * (n + 1)];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    boolean in = (i - r) * (i - r) + (j - r) * (j - r) + (k - r) * (k - r) <= r * r;
                    ball[i + n * (j + n * k)] = in;
                    shifted[(i + 3) + (n + 3) * ((j + 2) + (n + 2) * (k + 1))] = in;
                }
            }
        }
        PyRadiomicsMarchingCubes.Result a = PyRadiomicsMarchingCubes.compute(ball, n, n, n, 1, 1, 1);
        PyRadiomicsMarchingCubes.Result b = PyRadiomicsMarchingCubes.compute(shifted, n + 3, n + 2, n + 1, 1, 1, 1);
        assertEquals(a.volume, b.volume, 1e-9 * a.volume);
        assertEquals(a.area, b.area, 1e-9 * a.area);
        // a ball of radius 5 voxels: the mesh volume lies between the inscribed and the voxel volume
        assertEquals(4.0 / 3 * Math.PI * 125, a.volume, 0.1 * a.volume);
    }

    @Test
    void wrongMaskLengthIsReported() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsMarchingCubes.compute(new boolean[5], 2, 2, 2, 1, 1, 1));
        assertEquals("mask has 5 voxels, expected 2x2x2", e.getMessage());
    }
}
