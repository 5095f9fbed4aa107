package org.radwb.checklist.agreement;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979), with the
 * F test and the confidence interval as computed by R {@code psych::ICC} ("ICC2", "Single_random_raters").
 * Plain Java (commons-math3 only).
 *
 * @param value   ICC(2,1)
 * @param f       F = MS subjects / MS error
 * @param df1     numerator degrees of freedom (n - 1)
 * @param df2     denominator degrees of freedom ((n - 1)(k - 1))
 * @param p       p-value of the F test
 * @param lower   lower bound of the (1 - alpha) confidence interval
 * @param upper   upper bound of the (1 - alpha) confidence interval
 * @param subjects number of subjects n
 * @param raters  number of raters k
 * @since 0.1
 */
public record IntraclassCorrelation(double value, double f, double df1, double df2, double p, double lower,
        double upper, int subjects, int raters) {

    /**
     * Computes ICC(2,1) with a 95 % confidence interval.
     *
     * @param scores one row per subject, one column per rater, no missing values
     * @return the result
     */
    public static IntraclassCorrelation icc21(double[][] scores) {
        return icc21(scores, 0.05);
    }

    /**
     * Computes ICC(2,1) with a (1 - alpha) confidence interval.
     *
     * @param scores one row per subject (n &ge; 2), one column per rater (k &ge; 2), no NaN
     * @param alpha  e.g. 0.05 for a 95 % interval
     * @return the result
     */
    public static IntraclassCorrelation icc21(double[][] scores, double alpha) {
        int n = scores.length;
        if (n < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 subjects, got " + n);
        }
        int k = scores[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 raters, got " + k);
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            if (scores[i].length != k) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has " + scores[i].length
                        + " scores; expected " + k);
            }
            for (int j = 0; j < k; j++) {
                double x = scores[i][j];
                if (Double.isNaN(x)) {
                    throw new IllegalArgumentException("subject " + (i + 1) + ", rater " + (j + 1) + ": missing score");
                }
                rowMean[i] += x / k;
                colMean[j] += x / n;
                grand += x / (n * (double) k);
            }
        }
        double ssRows = 0;
        double ssCols = 0;
        double ssTotal = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * sq(rowMean[i] - grand);
            for (int j = 0; j < k; j++) {
                ssTotal += sq(scores[i][j] - grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssCols += n * sq(colMean[j] - grand);
        }
        double ssError = ssTotal - ssRows - ssCols;
        double msb = ssRows / (n - 1);
        double msj = ssCols / (k - 1);
        double mse = ssError / ((n - 1) * (double) (k - 1));
        double icc = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        double df1 = n - 1;
        double df2 = (n - 1) * (double) (k - 1);
        double f = msb / mse;
        double p = mse == 0 ? 0.0 : 1.0 - new FDistribution(null, df1, df2).cumulativeProbability(f);
        // Satterthwaite-type degrees of freedom of Shrout & Fleiss (1979), as in psych::ICC
        double fj = msj / mse;
        double vn = (k - 1) * (n - 1) * sq(k * icc * fj + n * (1 + (k - 1) * icc) - k * icc);
        double vd = (n - 1) * sq(k) * sq(icc) * sq(fj) + sq(n * (1 + (k - 1) * icc) - k * icc);
        double v = vn / vd;
        double fu = new FDistribution(null, n - 1, v).inverseCumulativeProbability(1 - alpha / 2);
        double fl = new FDistribution(null, v, n - 1).inverseCumulativeProbability(1 - alpha / 2);
        double lower = n * (msb - fu * mse) / (fu * (k * msj + (k * n - k - n) * mse) + n * msb);
        double upper = n * (fl * msb - mse) / (k * msj + (k * n - k - n) * mse + n * fl * msb);
        return new IntraclassCorrelation(icc, f, df1, df2, p, lower, upper, n, k);
    }

    private static double sq(double x) {
        return x * x;
    }
}
