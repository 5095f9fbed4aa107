package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The worked 2D examples of the PyRadiomics documentation (class docstrings of glcm, glrlm, glszm, gldm; matrices
 * counted by hand there), reproduced exactly. Images are 5 x 5, one slice; rows listed top to bottom as y = 0..4.
 */
class TextureMatrixExamplesTest {

    /** Image of the GLRLM, GLSZM and GLDM examples. */
    private static final int[][] IMAGE = {
        {5, 2, 5, 4, 4},
        {3, 3, 3, 1, 3},
        {2, 1, 1, 1, 3},
        {4, 2, 2, 2, 3},
        {3, 5, 3, 3, 2}};

    /** Image of the GLCM example. */
    private static final int[][] GLCM_IMAGE = {
        {1, 2, 5, 2, 3},
        {3, 2, 1, 3, 1},
        {1, 3, 5, 5, 2},
        {1, 1, 1, 1, 2},
        {1, 2, 4, 3, 5}};

    static DiscretisedRoi slice(int[][] rows) {
        int ny = rows.length;
        int nx = rows[0].length;
        int[] levels = new int[nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                levels[x + nx * y] = rows[y][x];
            }
        }
        return new DiscretisedRoi(nx, ny, 1, 1, 1, 1, levels, 5);
    }

    private static double[] flat(double[][] m) {
        double[] out = new double[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, out, i * m[0].length, m[0].length);
        }
        return out;
    }

    /** The first rows x cols block of a count matrix. */
    private static double[] block(CountMatrix m, int cols) {
        double[] out = new double[m.ng() * cols];
        for (int i = 1; i <= m.ng(); i++) {
            for (int j = 1; j <= cols; j++) {
                out[(i - 1) * cols + j - 1] = j <= m.nj() ? m.get(i, j) : 0;
            }
        }
        return out;
    }

    @Test
    void symmetricGlcmAtZeroDegrees() {
        double[][] m = GlcmMatrix.compute(slice(GLCM_IMAGE), new int[][] {{0, 0, 1}}, true);
        double[][] expected = {
            {6, 4, 3, 0, 0},
            {4, 0, 2, 1, 3},
            {3, 2, 0, 1, 2},
            {0, 1, 1, 0, 0},
            {0, 3, 2, 0, 2}};
        assertArrayEquals(flat(expected), m[0]);
    }

    @Test
    void runLengthMatrixAtZeroDegrees() {
        CountMatrix m = GlrlmMatrix.compute(slice(IMAGE), new int[][] {{0, 0, 1}}, false)[0];
        double[][] expected = {
            {1, 0, 1, 0, 0},
            {3, 0, 1, 0, 0},
            {4, 1, 1, 0, 0},
            {1, 1, 0, 0, 0},
            {3, 0, 0, 0, 0}};
        assertArrayEquals(flat(expected), block(m, 5));
    }

    @Test
    void sizeZoneMatrixWithEightConnectivity() {
        CountMatrix m = GlszmMatrix.compute(slice(IMAGE), Offsets.neighbourhood(1, true));
        double[][] expected = {
            {0, 0, 0, 1, 0},
            {1, 0, 0, 0, 1},
            {1, 0, 1, 0, 1},
            {1, 1, 0, 0, 0},
            {3, 0, 0, 0, 0}};
        assertArrayEquals(flat(expected), block(m, 5));
        // the same matrix through the PyRadiomics entry point (3D angles, one slice)
        assertArrayEquals(flat(expected), block(PyRadiomicsTexture.glszmMatrix(slice(IMAGE), Map.of()), 5));
    }

    @Test
    void dependenceMatrixAlphaZeroDistanceOne() {
        CountMatrix m = NgldmMatrix.compute(slice(IMAGE), Offsets.neighbourhood(1, true), 0);
        // columns: 0, 1, 2, 3 dependent neighbours (PyRadiomics prints them from 0)
        double[][] expected = {
            {0, 1, 2, 1},
            {1, 2, 3, 0},
            {1, 4, 4, 0},
            {1, 2, 0, 0},
            {3, 0, 0, 0}};
        assertArrayEquals(flat(expected), block(m, 4));
        assertEquals(25, m.total());
    }

    @Test
    void pyRadiomicsAnglesFollowItsOrder() {
        int[][] a = Offsets.pyradiomics(new int[] {5, 5, 5}, new int[] {1}, -1, false);
        int[][] expected = {{1, 1, 1}, {1, 1, 0}, {1, 1, -1}, {1, 0, 1}, {1, 0, 0}, {1, 0, -1}, {1, -1, 1},
            {1, -1, 0}, {1, -1, -1}, {0, 1, 1}, {0, 1, 0}, {0, 1, -1}, {0, 0, 1}};
        assertEquals(13, a.length);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(expected[i], a[i], "angle " + i);
        }
        assertEquals(4, Offsets.pyradiomics(new int[] {5, 5, 5}, new int[] {1}, 0, false).length);
        assertEquals(26, Offsets.pyradiomics(new int[] {5, 5, 5}, new int[] {1}, -1, true).length);
        assertEquals(49, Offsets.pyradiomics(new int[] {5, 5, 5}, new int[] {2}, -1, false).length);
        // a one-voxel-thick box allows no offset across it (PyRadiomics' size check)
        assertEquals(4, Offsets.pyradiomics(new int[] {1, 5, 5}, new int[] {1}, -1, false).length);
    }
}
