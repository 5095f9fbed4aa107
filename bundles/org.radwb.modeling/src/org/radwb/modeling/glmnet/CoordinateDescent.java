package org.radwb.modeling.glmnet;

/**
 * Cyclic coordinate descent for the penalized weighted least-squares problem at the heart of glmnet
 * (Friedman, Hastie and Tibshirani, J Stat Softw 2010):
 * <pre>  minimise  1/2 sum_i v_i (z_i - b0 - x_i.b)^2 + lambda (alpha |b|_1 + (1 - alpha)/2 |b|^2)</pre>
 * on standardized columns. Keeps the working residual {@code r = z - b0 - Xb} up to date.
 */
final class CoordinateDescent {

    private final double[][] cols;
    private final int n;
    final double[] beta;
    double intercept;
    final double[] residual;
    final double[] v;
    private final double[] xv;
    private final boolean withIntercept;

    CoordinateDescent(double[][] cols, int n, boolean withIntercept) {
        this.cols = cols;
        this.n = n;
        this.beta = new double[cols.length];
        this.residual = new double[n];
        this.v = new double[n];
        this.xv = new double[cols.length];
        this.withIntercept = withIntercept;
    }

    /** Recomputes the weighted sums of squares of the given columns after the weights changed. */
    void updateWeights(boolean[] inSet) {
        for (int j = 0; j < cols.length; j++) {
            if (inSet[j]) {
                xv[j] = weightedSquares(j);
            }
        }
    }

    /** The weighted sum of squares of column j as of the last {@link #updateWeights} (0 outside the set). */
    double cachedSquares(int j) {
        return xv[j];
    }

    double weightedSquares(int j) {
        double[] c = cols[j];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i] * c[i] * c[i];
        }
        return s;
    }

    /** The weighted inner product of column j with the residual (the negative gradient). */
    double gradient(int j) {
        double[] c = cols[j];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i] * c[i] * residual[i];
        }
        return s;
    }

    /**
     * Runs passes over {@code set} (then over the non-zero coefficients only, until they settle) until no
     * coordinate moves by more than {@code threshold} in weighted squared units.
     *
     * @return the largest weighted squared change of the last full pass
     * @throws IllegalStateException if {@code maxPasses} is exceeded
     */
    void solve(boolean[] set, double lambda, double alpha, double threshold, int maxPasses, int[] passes) {
        double l1 = lambda * alpha;
        double l2 = lambda * (1 - alpha);
        while (true) {
            double change = pass(set, l1, l2);
            if (++passes[0] > maxPasses) {
                throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
            }
            if (change < threshold) {
                return;
            }
            // iterate on the active set only until it converges, then do a full pass again
            boolean[] active = new boolean[beta.length];
            for (int j = 0; j < beta.length; j++) {
                active[j] = set[j] && beta[j] != 0;
            }
            while (true) {
                double c = pass(active, l1, l2);
                if (++passes[0] > maxPasses) {
                    throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
                }
                if (c < threshold) {
                    break;
                }
            }
        }
    }

    private double pass(boolean[] set, double l1, double l2) {
        double maxChange = 0;
        for (int j = 0; j < beta.length; j++) {
            if (!set[j] || xv[j] == 0) {
                continue;
            }
            double old = beta[j];
            double u = gradient(j) + xv[j] * old;
            double b = softThreshold(u, l1) / (xv[j] + l2);
            if (b != old) {
                double d = b - old;
                beta[j] = b;
                double[] c = cols[j];
                for (int i = 0; i < n; i++) {
                    residual[i] -= d * c[i];
                }
                maxChange = Math.max(maxChange, xv[j] * d * d);
            }
        }
        if (withIntercept) {
            double sw = 0;
            double sr = 0;
            for (int i = 0; i < n; i++) {
                sw += v[i];
                sr += v[i] * residual[i];
            }
            if (sw > 0) {
                double d = sr / sw;
                intercept += d;
                for (int i = 0; i < n; i++) {
                    residual[i] -= d;
                }
                maxChange = Math.max(maxChange, sw * d * d);
            }
        }
        return maxChange;
    }

    static double softThreshold(double u, double t) {
        return u > t ? u - t : u < -t ? u + t : 0;
    }
}
