package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Eigenvalues against closed forms: A = H diag(lambda) H with a random Householder reflection H. */
class SymmetricEigenTest {

    @Test
    void secondDifferenceMatrix() {
        double[] a = {2, -1, 0, -1, 2, -1, 0, -1, 2};
        assertEquals(2 - Math.sqrt(2), SymmetricEigen.kthEigenvalue(a.clone(), 3, 0), 1e-14);
        assertEquals(2, SymmetricEigen.kthEigenvalue(a.clone(), 3, 1), 1e-14);
        assertEquals(2 + Math.sqrt(2), SymmetricEigen.kthEigenvalue(a.clone(), 3, 2), 1e-14);
    }

    @Test
    void denseMatrixWithKnownSpectrum() {
        int n = 30;
        Random rnd = new Random(7);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = i * 0.1 + (i == 17 ? 0.05 : 0); // sorted ascending by construction
        }
        double[] v = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
            norm += v[i] * v[i];
        }
        double[] a = new double[n * n];
        // A = H D H, H = I - 2 v v^T / |v|^2 (symmetric, orthogonal): similar to D
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double hik = (i == k ? 1 : 0) - 2 * v[i] * v[k] / norm;
                    double hkj = (k == j ? 1 : 0) - 2 * v[k] * v[j] / norm;
                    s += hik * lambda[k] * hkj;
                }
                a[i * n + j] = s;
            }
        }
        for (int k : new int[] {0, 5, 17, n - 2, n - 1}) {
            assertEquals(lambda[k], SymmetricEigen.kthEigenvalue(a.clone(), n, k), 1e-12, "eigenvalue " + k);
        }
    }
}
