package org.radwb.modeling.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Empirical ROC analysis of one score against a binary outcome: the AUC (Mann-Whitney), its DeLong
 * variance and 95 % confidence interval, and the DeLong structural components used for comparing two
 * correlated curves ({@link DeLongTest}).
 * <p>
 * Convention as pROC's {@code direction = "<"}: higher scores mean the positive class; ties count one half.
 * The variance follows DeLong, DeLong and Clarke-Pearson (Biometrics 1988); the CI is
 * {@code auc ± z * sqrt(var)} clipped to [0, 1], as pROC's {@code ci.auc(method = "delong")}.
 */
public final class RocAnalysis {

    private final double auc;
    private final double variance;
    private final double[] v10;
    private final double[] v01;
    private final int positives;
    private final int negatives;

    private RocAnalysis(double auc, double variance, double[] v10, double[] v01) {
        this.auc = auc;
        this.variance = variance;
        this.v10 = v10;
        this.v01 = v01;
        this.positives = v10.length;
        this.negatives = v01.length;
    }

    /**
     * Computes the ROC statistics.
     *
     * @param outcome 0/1 outcome per case
     * @param score score per case, higher means more likely positive
     * @throws IllegalArgumentException if lengths differ, outcomes are not 0/1, scores are not finite,
     *         or one class is missing
     */
    public static RocAnalysis of(double[] outcome, double[] score) {
        Checks.sameLength(outcome, score, "outcome", "score");
        int n1 = 0;
        for (int i = 0; i < outcome.length; i++) {
            Checks.binary(outcome[i], i);
            Checks.finite(score[i], "score", i);
            if (outcome[i] == 1) {
                n1++;
            }
        }
        int n0 = outcome.length - n1;
        if (n1 < 2 || n0 < 2) {
            throw new IllegalArgumentException("ROC analysis needs at least 2 positive and 2 negative cases, got "
                    + n1 + " positive and " + n0 + " negative");
        }
        double[] pos = new double[n1];
        double[] neg = new double[n0];
        for (int i = 0, a = 0, b = 0; i < outcome.length; i++) {
            if (outcome[i] == 1) {
                pos[a++] = score[i];
            } else {
                neg[b++] = score[i];
            }
        }
        double[] sortedPos = pos.clone();
        double[] sortedNeg = neg.clone();
        Arrays.sort(sortedPos);
        Arrays.sort(sortedNeg);
        // structural components: V10 = P(neg < pos_i) with ties 1/2, V01 = P(pos > neg_j) with ties 1/2
        double[] v10 = new double[n1];
        double[] v01 = new double[n0];
        for (int i = 0; i < n1; i++) {
            v10[i] = (lessThan(sortedNeg, pos[i]) + 0.5 * equalTo(sortedNeg, pos[i])) / n0;
        }
        for (int j = 0; j < n0; j++) {
            v01[j] = (n1 - lessThan(sortedPos, neg[j]) - equalTo(sortedPos, neg[j])
                    + 0.5 * equalTo(sortedPos, neg[j])) / n1;
        }
        double auc = mean(v10);
        double var = sampleVariance(v10) / n1 + sampleVariance(v01) / n0;
        return new RocAnalysis(auc, var, v10, v01);
    }

    /** The area under the empirical ROC curve. */
    public double auc() {
        return auc;
    }

    /** The DeLong variance of the AUC. */
    public double variance() {
        return variance;
    }

    /** The DeLong standard error of the AUC. */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /** The DeLong confidence interval {lower, upper} at the given level (e.g. 0.95), clipped to [0, 1]. */
    public double[] confidenceInterval(double level) {
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double half = z * standardError();
        return new double[] {Math.max(0, auc - half), Math.min(1, auc + half)};
    }

    /** Number of positive cases. */
    public int positives() {
        return positives;
    }

    /** Number of negative cases. */
    public int negatives() {
        return negatives;
    }

    double[] v10() {
        return v10;
    }

    double[] v01() {
        return v01;
    }

    /** The AUC alone, without the variance (faster for resampling loops). */
    public static double auc(double[] outcome, double[] score) {
        return of(outcome, score).auc();
    }

    private static int lessThan(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int equalTo(double[] sorted, double v) {
        int lo = lessThan(sorted, v);
        int hi = lo;
        while (hi < sorted.length && sorted[hi] == v) {
            hi++;
        }
        return hi - lo;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    static double sampleVariance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / (v.length - 1);
    }

    static double sampleCovariance(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
