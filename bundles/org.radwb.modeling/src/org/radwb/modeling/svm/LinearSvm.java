package org.radwb.modeling.svm;

import java.util.SplittableRandom;

/**
 * Linear support vector machine with the hinge loss, solved in the dual by coordinate descent (Hsieh et al., ICML
 * 2008) exactly as liblinear's L1-loss SVC: minimise {@code 1/2 |w~|^2 + C sum_i max(0, 1 - y_i w~.x~_i)} where
 * {@code x~ = (x, 1)} so the bias is a penalized extra weight (liblinear / scikit-learn {@code intercept_scaling = 1}).
 * Features are standardized (mean, population SD) on the training rows first. Probabilities come from Platt's
 * sigmoid fitted on the training decision values with Platt's smoothed targets (Platt 1999), so they stay finite
 * when the training rows are separable.
 */
public final class LinearSvm {

    private final double[] mean;
    private final double[] scale;
    private final double[] w;
    private final double bias;
    private final double plattA;
    private final double plattB;

    /** A fitted SVM from its parts (for restoring saved models). */
    public LinearSvm(double[] mean, double[] scale, double[] w, double bias, double plattA, double plattB) {
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.w = w.clone();
        this.bias = bias;
        this.plattA = plattA;
        this.plattB = plattB;
    }

    /**
     * Fits the SVM.
     *
     * @param x predictors (rows = cases)
     * @param y 0/1 outcome (1 = positive class)
     * @param c the cost parameter C &gt; 0
     * @param tolerance stopping tolerance on the projected-gradient spread (liblinear's eps)
     * @param seed seed of the coordinate order
     */
    public static LinearSvm fit(double[][] x, double[] y, double c, double tolerance, long seed) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("SVM cost C must be > 0, got " + c);
        }
        int n = x.length;
        int p = x[0].length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("outcome at row " + i + " is " + y[i] + ", expected 0 or 1");
            }
            positives += (int) y[i];
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("the SVM needs both outcome classes in the training rows");
        }
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (double[] row : x) {
                s += row[j];
            }
            mean[j] = s / n;
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            scale[j] = ss > 0 ? Math.sqrt(ss / n) : 1;
        }
        double[][] z = new double[n][p + 1];
        double[] qd = new double[n];
        double[] sign = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = (x[i][j] - mean[j]) / scale[j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("feature " + j + " of row " + i + " is " + x[i][j]
                            + "; impute or remove missing values before fitting");
                }
                z[i][j] = v;
                qd[i] += v * v;
            }
            z[i][p] = 1;
            qd[i] += 1;
            sign[i] = y[i] == 1 ? 1 : -1;
        }
        double[] wa = new double[p + 1];
        double[] alpha = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int iter = 0; iter < 100_000; iter++) {
            for (int i = n - 1; i > 0; i--) { // random order each pass, as liblinear
                int k = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            double maxPg = Double.NEGATIVE_INFINITY;
            double minPg = Double.POSITIVE_INFINITY;
            for (int i : order) {
                double[] zi = z[i];
                double g = 0;
                for (int j = 0; j <= p; j++) {
                    g += wa[j] * zi[j];
                }
                g = sign[i] * g - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] == c ? Math.max(g, 0) : g;
                maxPg = Math.max(maxPg, pg);
                minPg = Math.min(minPg, pg);
                if (pg != 0) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(old - g / qd[i], 0), c);
                    double d = (alpha[i] - old) * sign[i];
                    for (int j = 0; j <= p; j++) {
                        wa[j] += d * zi[j];
                    }
                }
            }
            if (maxPg - minPg < tolerance) {
                break;
            }
        }
        double[] w = java.util.Arrays.copyOf(wa, p);
        double[] decision = new double[n];
        for (int i = 0; i < n; i++) {
            double f = wa[p];
            for (int j = 0; j < p; j++) {
                f += w[j] * z[i][j];
            }
            decision[i] = f;
        }
        double[] platt = platt(decision, y, positives);
        return new LinearSvm(mean, scale, w, wa[p], platt[0], platt[1]);
    }

    /** Platt's sigmoid {@code P(y=1|f) = 1 / (1 + exp(A f + B))} by Newton's method on smoothed targets. */
    static double[] platt(double[] f, double[] y, int positives) {
        int n = f.length;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        double a = 0;
        double b = Math.log((n - positives + 1.0) / (positives + 1.0));
        for (int it = 0; it < 100; it++) {
            double g1 = 0;
            double g2 = 0;
            double h11 = 1e-12;
            double h22 = 1e-12;
            double h21 = 0;
            for (int i = 0; i < n; i++) {
                double t = y[i] == 1 ? hi : lo;
                double p = 1 / (1 + Math.exp(a * f[i] + b));
                double d = t - p; // gradient of the negative log-likelihood w.r.t. (a f + b) is (t - p)
                g1 += f[i] * d;
                g2 += d;
                double q = p * (1 - p);
                h11 += f[i] * f[i] * q;
                h22 += q;
                h21 += f[i] * q;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** Signed distances {@code w.x~ + b} on the standardized scale. */
    public double[] decision(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double f = bias;
            for (int j = 0; j < w.length; j++) {
                f += w[j] * (x[i][j] - mean[j]) / scale[j];
            }
            out[i] = f;
        }
        return out;
    }

    /** Platt probabilities of the positive class. */
    public double[] probability(double[][] x) {
        double[] f = decision(x);
        for (int i = 0; i < f.length; i++) {
            f[i] = 1 / (1 + Math.exp(plattA * f[i] + plattB));
        }
        return f;
    }

    /** Weights on the standardized scale. */
    public double[] weights() {
        return w.clone();
    }

    /** The bias (penalized, as liblinear). */
    public double bias() {
        return bias;
    }

    double[] mean() {
        return mean;
    }

    double[] scale() {
        return scale;
    }

    double[] plattParameters() {
        return new double[] {plattA, plattB};
    }
}
