package org.radwb.modeling.glmnet;

/**
 * Safe upper bounds on the path's gradients {@code g_j = x_j . w / n} (x_j a standardized column, w the weighted
 * working residual) from a few residuals whose gradients were computed exactly, so the KKT check of the strong
 * rules computes exact gradients only where a bound cannot rule out a violation.
 * <p>
 * The residuals with exact gradients (the anchors) span a subspace; it is kept as an orthonormal basis {@code q_k}
 * together with the gradients {@code X'q_k / n} (gradients are linear in the residual, so they follow every step of
 * the Gram-Schmidt orthonormalization exactly up to rounding). A new residual splits into its projection
 * {@code sum_k c_k q_k} and a remainder {@code e}; then, by Cauchy-Schwarz,
 * <pre>  |g_j| &lt;= |sum_k c_k (x_j . q_k) / n| + |x_j| |e| / n.</pre>
 * Along a regularization path the residual moves smoothly, so a handful of anchors leave a small remainder and the
 * bound stays close to the true gradient (a bound from the distance to the last exact residual alone, the plain
 * Cauchy-Schwarz screen, is about sqrt(n) times looser for features unrelated to the change). The bound is only
 * a screen: every gradient it cannot rule out is computed exactly.
 */
final class GradientScreen {

    private final int m;
    private final double n;
    private final int p;
    /** |x_j| / n per column */
    private final double[] colNorm;
    private final double[][] basis;
    private final double[][] basisGrad;
    private int size;
    private final double[] coef;
    private final double[] remainder;
    private final double[] projected;
    private final double[] termScale;
    private final double[] bounds;
    private double remainderNorm;
    /** largest |coefficient| sum of the current projection, for the rounding margin */
    private double coefScale;

    /**
     * @param cols standardized columns (p arrays of at least m)
     * @param m number of (distinct) cases
     * @param n divisor of the gradients (total case weight)
     * @param capacity most anchors kept; when full, the basis restarts from the newest anchor
     */
    GradientScreen(double[][] cols, int m, double n, int capacity) {
        this.m = m;
        this.n = n;
        this.p = cols.length;
        this.colNorm = new double[p];
        for (int j = 0; j < p; j++) {
            colNorm[j] = Math.sqrt(VectorOps.dot(cols[j], cols[j], m)) / n;
        }
        this.basis = new double[capacity][m];
        this.basisGrad = new double[capacity][p];
        this.coef = new double[capacity];
        this.remainder = new double[m];
        this.projected = new double[p];
        this.termScale = new double[p];
        this.bounds = new double[p];
    }

    /** Number of anchors in the basis. */
    int size() {
        return size;
    }

    /**
     * Adds a residual with its exact gradients {@code grad[j] = x_j . w / n}; entries of {@code grad} for columns
     * that will never be bounded again (e.g. ever-active coefficients) may be stale, since every later bound of such a
     * column is never asked for. A residual (almost) inside the current span adds nothing.
     */
    void addAnchor(double[] w, double[] grad) {
        if (size == basis.length) {
            size = 0;
        }
        double[] q = basis[size];
        double[] gq = basisGrad[size];
        System.arraycopy(w, 0, q, 0, m);
        System.arraycopy(grad, 0, gq, 0, p);
        double before = Math.sqrt(VectorOps.dot(q, q, m));
        // two rounds of modified Gram-Schmidt keep the basis orthonormal to rounding
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < size; k++) {
                double c = VectorOps.dot(basis[k], q, m);
                axpy(-c, basis[k], q, m);
                axpy(-c, basisGrad[k], gq, p);
            }
        }
        double norm = Math.sqrt(VectorOps.dot(q, q, m));
        if (norm <= 1e-4 * before || norm == 0) {
            return;
        }
        scale(1 / norm, q, m);
        scale(1 / norm, gq, p);
        size++;
    }

    /** Projects the residual {@code w} on the basis; the bounds then refer to it. */
    void project(double[] w) {
        System.arraycopy(w, 0, remainder, 0, m);
        coefScale = 0;
        for (int k = 0; k < size; k++) {
            double c = VectorOps.dot(basis[k], remainder, m);
            axpy(-c, basis[k], remainder, m);
            coef[k] = c;
            coefScale += Math.abs(c);
        }
        remainderNorm = Math.sqrt(VectorOps.dot(remainder, remainder, m));
        // the projected gradients and the sizes of their terms, for all columns at once (contiguous sweeps)
        java.util.Arrays.fill(projected, 0);
        java.util.Arrays.fill(termScale, 0);
        for (int k = 0; k < size; k++) {
            double c = coef[k];
            double[] gq = basisGrad[k];
            for (int j = 0; j < p; j++) {
                double t = c * gq[j];
                projected[j] += t;
                termScale[j] += Math.abs(t);
            }
        }
        double remainderTerm = remainderNorm * (1 + 1e-9) + 1e-9 * coefScale;
        for (int j = 0; j < p; j++) {
            bounds[j] = Math.abs(projected[j]) + colNorm[j] * remainderTerm + 1e-9 * termScale[j];
        }
    }

    /**
     * An upper bound on |g_j| for the residual last {@link #project projected}. The margin covers the rounding of
     * the projection and of the anchors' gradients (relative 1e-9 of their scale, far above double rounding).
     */
    double bound(int j) {
        return bounds[j];
    }

    private static void axpy(double a, double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double a, double[] x, int len) {
        for (int i = 0; i < len; i++) {
            x[i] *= a;
        }
    }
}
