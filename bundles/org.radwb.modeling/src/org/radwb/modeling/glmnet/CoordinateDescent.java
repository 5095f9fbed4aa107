package org.radwb.modeling.glmnet;

/**
 * Cyclic coordinate descent for the penalized weighted least-squares problem at the heart of glmnet
 * (Friedman, Hastie and Tibshirani, J Stat Softw 2010):
 * <pre>  minimise  1/2 sum_i v_i (z_i - b0 - x_i.b)^2 + lambda (alpha |b|_1 + (1 - alpha)/2 |b|^2)</pre>
 * on standardized columns. Keeps the weighted working residual {@code v (z - b0 - Xb)} up to date.
 */
final class CoordinateDescent {

    private final double[][] cols;
    private final int n;
    final double[] beta;
    double intercept;
    final double[] residual;
    final double[] v;
    /** weighted sums of squares v . c_j^2, valid where {@link #xvEpoch} equals {@link #epoch} */
    private final double[] xv;
    private final int[] xvEpoch;
    /** the weights when the epoch began */
    private final double[] vAtEpoch;
    /** incremented whenever the weights change */
    private int epoch = 1;
    /** the weighted residual v * residual, kept up to date by the passes */
    private final double[] wr;
    private final int[] setIndex;
    private final int[] activeIndex;
    private double sumV;
    private final boolean withIntercept;

    CoordinateDescent(double[][] cols, int n, boolean withIntercept) {
        this.cols = cols;
        this.n = n;
        this.beta = new double[cols.length];
        this.residual = new double[n];
        this.v = new double[n];
        this.xv = new double[cols.length];
        this.xvEpoch = new int[cols.length];
        this.vAtEpoch = new double[n];
        this.wr = new double[n];
        this.setIndex = new int[cols.length];
        this.activeIndex = new int[cols.length];
        this.withIntercept = withIntercept;
    }

    /**
     * Declares that the weights {@link #v} changed. The weighted sums of squares are recomputed lazily: a coordinate
     * that is zero and stays zero (its gradient within the L1 penalty) never needs its own, so only the columns that
     * move pay for it, fused with their first gradient. They are kept while no weight has moved by more than 1 % since
     * they were computed: a coordinate's curvature sets only its step length, not the solution (at a fixed point of the
     * update the KKT conditions hold whatever positive curvature was used), and a step within 1 % of the exact one
     * converges as fast.
     */
    void weightsChanged() {
        for (int i = 0; i < n; i++) {
            if (Math.abs(v[i] - vAtEpoch[i]) > 0.01 * vAtEpoch[i]) {
                epoch++;
                System.arraycopy(v, 0, vAtEpoch, 0, n);
                return;
            }
        }
    }

    /** The weighted working residual {@code v (z - b0 - Xb)} after the last {@link #solve}. */
    double[] weightedResidual() {
        return wr;
    }

    /** The weighted sum of squares of column j under the current weights. */
    double cachedSquares(int j) {
        if (xvEpoch[j] != epoch) {
            xv[j] = VectorOps.weightedSquares(v, cols[j], n);
            xvEpoch[j] = epoch;
        }
        return xv[j];
    }

    /**
     * Runs passes over {@code set} (then over the non-zero coefficients only, until they settle) until no
     * coordinate moves by more than {@code threshold} in weighted squared units. {@link #residual} and {@link #v}
     * are inputs; the solver works on the weighted residual {@code v * residual}, so each coordinate's gradient is
     * one two-array dot product.
     *
     * @throws IllegalStateException if {@code maxPasses} is exceeded
     */
    void solve(boolean[] set, double lambda, double alpha, double threshold, int maxPasses, int[] passes) {
        solve(set, lambda, alpha, threshold, maxPasses, passes, true);
    }

    /**
     * As {@link #solve(boolean[], double, double, double, int, int[])}; with {@code confirm = false} it stops once
     * the active set has converged, without the final pass over the whole set, and returns false if it did so (the
     * caller then owes a confirmed solve, e.g. the next IRLS step, which starts with a pass over the whole set).
     *
     * @return whether the solution was confirmed by a pass over the whole set
     */
    boolean solve(boolean[] set, double lambda, double alpha, double threshold, int maxPasses, int[] passes,
            boolean confirm) {
        double l1 = lambda * alpha;
        double l2 = lambda * (1 - alpha);
        for (int i = 0; i < n; i++) {
            wr[i] = v[i] * residual[i];
        }
        sumV = VectorOps.sum(v, n);
        // the coordinates of the set as an index list (a column without weighted variance never moves: its gradient is 0)
        int size = 0;
        for (int j = 0; j < beta.length; j++) {
            if (set[j]) {
                setIndex[size++] = j;
            }
        }
        while (true) {
            double change = pass(setIndex, size, l1, l2);
            if (++passes[0] > maxPasses) {
                throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
            }
            if (change < threshold) {
                return true;
            }
            // iterate on the active set only until it converges, then do a full pass again
            int active = 0;
            for (int t = 0; t < size; t++) {
                int j = setIndex[t];
                if (beta[j] != 0) {
                    activeIndex[active++] = j;
                }
            }
            double activeThreshold = confirm ? threshold : threshold * LOOSE;
            while (true) {
                double c = pass(activeIndex, active, l1, l2);
                if (++passes[0] > maxPasses) {
                    throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
                }
                if (c < activeThreshold) {
                    break;
                }
            }
            if (!confirm) {
                return false;
            }
        }
    }

    private double pass(int[] index, int size, double l1, double l2) {
        double maxChange = 0;
        for (int t = 0; t < size; t++) {
            int j = index[t];
            double[] c = cols[j];
            double old = beta[j];
            double g;
            double x;
            if (xvEpoch[j] == epoch) {
                g = VectorOps.dot(c, wr, n);
                x = xv[j];
            } else if (old == 0) {
                g = VectorOps.dot(c, wr, n);
                if (Math.abs(g) <= l1) {
                    continue; // stays at zero whatever its curvature
                }
                x = cachedSquares(j);
            } else {
                g = dotAndSquares(j);
                x = xv[j];
            }
            if (x == 0) {
                continue; // no weighted variance: the coordinate cannot move
            }
            double b = softThreshold(g + x * old, l1) / (x + l2);
            if (b != old) {
                double d = b - old;
                beta[j] = b;
                for (int i = 0; i < n; i++) {
                    wr[i] -= d * v[i] * c[i];
                }
                maxChange = Math.max(maxChange, x * d * d);
            }
        }
        if (withIntercept && sumV > 0) {
            double d = VectorOps.sum(wr, n) / sumV;
            intercept += d;
            for (int i = 0; i < n; i++) {
                wr[i] -= d * v[i];
            }
            maxChange = Math.max(maxChange, sumV * d * d);
        }
        return maxChange;
    }

    /** The gradient c_j . wr, computing the weighted sum of squares of column j in the same sweep. */
    private double dotAndSquares(int j) {
        double[] c = cols[j];
        double g0 = 0;
        double g1 = 0;
        double q0 = 0;
        double q1 = 0;
        int i = 0;
        for (int end = n - 1; i < end; i += 2) {
            double c0 = c[i];
            double c1 = c[i + 1];
            g0 += c0 * wr[i];
            g1 += c1 * wr[i + 1];
            q0 += v[i] * c0 * c0;
            q1 += v[i + 1] * c1 * c1;
        }
        for (; i < n; i++) {
            g0 += c[i] * wr[i];
            q0 += v[i] * c[i] * c[i];
        }
        xv[j] = q0 + q1;
        xvEpoch[j] = epoch;
        return g0 + g1;
    }

    /**
     * Unconfirmed solves (an IRLS step whose weights are about to change) stop the active-set passes at 10 x the
     * threshold: polishing under stale weights is wasted (inexact Newton). The final solution is still held to the
     * threshold by the confirming pass over the whole set.
     */
    static final double LOOSE = 10;

    static double softThreshold(double u, double t) {
        return u > t ? u - t : u < -t ? u + t : 0;
    }
}
