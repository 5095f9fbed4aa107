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
    private final double[] xv;
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
        this.wr = new double[n];
        this.setIndex = new int[cols.length];
        this.activeIndex = new int[cols.length];
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
        return VectorOps.weightedSquares(v, cols[j], n);
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
        double l1 = lambda * alpha;
        double l2 = lambda * (1 - alpha);
        for (int i = 0; i < n; i++) {
            wr[i] = v[i] * residual[i];
        }
        sumV = VectorOps.sum(v, n);
        // the coordinates of the set that can move (positive weighted variance), as an index list
        int size = 0;
        for (int j = 0; j < beta.length; j++) {
            if (set[j] && xv[j] != 0) {
                setIndex[size++] = j;
            }
        }
        while (true) {
            double change = pass(setIndex, size, l1, l2);
            if (++passes[0] > maxPasses) {
                throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
            }
            if (change < threshold) {
                return;
            }
            // iterate on the active set only until it converges, then do a full pass again
            int active = 0;
            for (int t = 0; t < size; t++) {
                int j = setIndex[t];
                if (beta[j] != 0) {
                    activeIndex[active++] = j;
                }
            }
            while (true) {
                double c = pass(activeIndex, active, l1, l2);
                if (++passes[0] > maxPasses) {
                    throw new IllegalStateException("coordinate descent did not converge in " + maxPasses + " passes");
                }
                if (c < threshold) {
                    break;
                }
            }
        }
    }

    private double pass(int[] index, int size, double l1, double l2) {
        double maxChange = 0;
        for (int t = 0; t < size; t++) {
            int j = index[t];
            double[] c = cols[j];
            double old = beta[j];
            double u = VectorOps.dot(c, wr, n) + xv[j] * old;
            double b = softThreshold(u, l1) / (xv[j] + l2);
            if (b != old) {
                double d = b - old;
                beta[j] = b;
                for (int i = 0; i < n; i++) {
                    wr[i] -= d * v[i] * c[i];
                }
                maxChange = Math.max(maxChange, xv[j] * d * d);
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

    static double softThreshold(double u, double t) {
        return u > t ? u - t : u < -t ? u + t : 0;
    }
}
