package org.radwb.extraction.texture;

/**
 * Eigenvalues of small dense symmetric matrices: Householder reduction to tridiagonal form, then Sturm-sequence
 * bisection for the requested eigenvalue. Plain Java, no allocation beyond the working copy.
 */
final class SymmetricEigen {

    private SymmetricEigen() {
    }

    /**
     * @param a symmetric n x n matrix, row-major (destroyed)
     * @param n order
     * @param k index in ascending order of the eigenvalue wanted (0 = smallest, n-1 = largest)
     * @return the k-th smallest eigenvalue
     */
    static double kthEigenvalue(double[] a, int n, int k) {
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalise(a, n, d, e);
        return bisect(d, e, n, k);
    }

    /** Householder reduction; on return d holds the diagonal and e[1..n-1] the sub-diagonal. */
    static void tridiagonalise(double[] a, int n, double[] d, double[] e) {
        double[] v = new double[n];
        double[] p = new double[n];
        for (int k = 0; k < n - 2; k++) {
            double norm = 0;
            for (int i = k + 1; i < n; i++) {
                norm += a[i * n + k] * a[i * n + k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double x0 = a[(k + 1) * n + k];
            double alpha = x0 > 0 ? -norm : norm;
            // v = x - alpha e1, normalised
            double vnorm2 = 0;
            for (int i = k + 1; i < n; i++) {
                v[i] = a[i * n + k];
            }
            v[k + 1] -= alpha;
            for (int i = k + 1; i < n; i++) {
                vnorm2 += v[i] * v[i];
            }
            if (vnorm2 == 0) {
                continue;
            }
            double inv = 1.0 / Math.sqrt(vnorm2);
            for (int i = k + 1; i < n; i++) {
                v[i] *= inv;
            }
            // p = A22 v; K = v'p; q = p - K v; A22 -= 2 (v q' + q v')
            double kk = 0;
            for (int i = k + 1; i < n; i++) {
                double s = 0;
                for (int j = k + 1; j < n; j++) {
                    s += a[i * n + j] * v[j];
                }
                p[i] = s;
                kk += v[i] * s;
            }
            for (int i = k + 1; i < n; i++) {
                p[i] -= kk * v[i];
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i * n + j] -= 2 * (v[i] * p[j] + p[i] * v[j]);
                }
            }
            a[(k + 1) * n + k] = alpha;
            a[k * n + k + 1] = alpha;
            for (int i = k + 2; i < n; i++) {
                a[i * n + k] = 0;
                a[k * n + i] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = a[i * n + i];
            e[i] = i == 0 ? 0 : a[i * n + i - 1];
        }
    }

    /** Number of eigenvalues of the tridiagonal matrix strictly below x (Sturm sequence). */
    private static int countBelow(double[] d, double[] e, int n, double x) {
        int count = 0;
        double q = 1;
        for (int i = 0; i < n; i++) {
            double off = i == 0 ? 0 : e[i] * e[i] / q;
            q = d[i] - x - off;
            if (q == 0) {
                q = -Double.MIN_NORMAL * 1e3;
            }
            if (q < 0) {
                count++;
            }
        }
        return count;
    }

    private static double bisect(double[] d, double[] e, int n, int k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double r = (i > 0 ? Math.abs(e[i]) : 0) + (i < n - 1 ? Math.abs(e[i + 1]) : 0);
            lo = Math.min(lo, d[i] - r);
            hi = Math.max(hi, d[i] + r);
        }
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        lo -= 1e-12 * scale + Double.MIN_NORMAL;
        hi += 1e-12 * scale + Double.MIN_NORMAL;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (countBelow(d, e, n, mid) > k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
