package org.radwb.modeling.glmnet;

/**
 * Column centring and scaling as glmnet does it: mean and the population standard deviation (divisor n).
 * Constant columns get scale 0 and are left out of the fit (their coefficient stays 0).
 */
public final class Standardization {

    final double[] mean;
    final double[] scale;

    private Standardization(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Computes the column means and scales of {@code x} (rows = cases); {@code standardize = false} keeps scale 1. */
    public static Standardization of(double[][] x, boolean standardize) {
        return of(x, null, standardize);
    }

    /**
     * Weighted means and population standard deviations: a case of weight w counts as w identical cases (so a row
     * repeated by a bootstrap resample may be passed once with its count); {@code weights == null} means all 1.
     */
    static Standardization of(double[][] x, double[] weights, boolean standardize) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights == null ? 1 : weights[i];
        }
        // row by row (contiguous, vectorizable); each column's sums still run over the cases in order
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            double[] row = x[i];
            for (int j = 0; j < p; j++) {
                mean[j] += w * row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= total;
        }
        double[] ss = new double[p];
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            double[] row = x[i];
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                ss[j] += w * d * d;
            }
        }
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(ss[j] / total);
            scale[j] = sd < 1e-12 * Math.max(1, Math.abs(mean[j])) ? 0 : standardize ? sd : 1;
        }
        return new Standardization(mean, scale);
    }

    /** The standardized columns (column-major, p arrays of n); constant columns are all zero. */
    double[][] columns(double[][] x) {
        int n = x.length;
        int p = mean.length;
        double[][] cols = new double[p][n];
        // column by column: each row is read at one index per column, the column is written contiguously
        for (int j = 0; j < p; j++) {
            if (scale[j] == 0) {
                continue;
            }
            double[] c = cols[j];
            double m = mean[j];
            double inv = 1 / scale[j];
            for (int i = 0; i < n; i++) {
                c[i] = (x[i][j] - m) * inv;
            }
        }
        return cols;
    }
}
