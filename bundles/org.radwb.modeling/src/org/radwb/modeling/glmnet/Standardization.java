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
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (weights == null ? 1 : weights[i]) * x[i][j];
            }
            double m = s / total;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i][j] - m;
                ss += (weights == null ? 1 : weights[i]) * d * d;
            }
            double sd = Math.sqrt(ss / total);
            mean[j] = m;
            scale[j] = sd < 1e-12 * Math.max(1, Math.abs(m)) ? 0 : standardize ? sd : 1;
        }
        return new Standardization(mean, scale);
    }

    /** The standardized columns (column-major, p arrays of n); constant columns are all zero. */
    double[][] columns(double[][] x) {
        int n = x.length;
        int p = mean.length;
        double[][] cols = new double[p][n];
        for (int j = 0; j < p; j++) {
            if (scale[j] == 0) {
                continue;
            }
            double m = mean[j];
            double s = scale[j];
            double[] c = cols[j];
            for (int i = 0; i < n; i++) {
                c[i] = (x[i][j] - m) / s;
            }
        }
        return cols;
    }
}
