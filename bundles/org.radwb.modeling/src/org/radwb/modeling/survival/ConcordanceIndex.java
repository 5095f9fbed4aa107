package org.radwb.modeling.survival;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Harrell's concordance index for a risk score (higher score = earlier event) against right-censored times,
 * with the infinitesimal-jackknife standard error that R's {@code survival::concordance} reports.
 * <p>
 * A pair is comparable when the shorter time is an event; when times are tied, the pair is comparable if one is
 * an event and the other censored (the censored case outlived it). Ties in the score count one half.
 * The variance is {@code sum_i d_i^2} with {@code d_i = (c_i + t_i/2 - C r_i) / N}, the derivative of C with
 * respect to case i's weight (c_i concordant, t_i tied, r_i comparable pairs involving i; N comparable pairs).
 *
 * @param cIndex the concordance index
 * @param standardError its standard error
 * @param comparablePairs number of comparable pairs
 */
public record ConcordanceIndex(double cIndex, double standardError, long comparablePairs) {

    /** Computes C and its standard error (O(n^2)). */
    public static ConcordanceIndex of(double[] time, boolean[] event, double[] risk) {
        int n = time.length;
        if (event.length != n || risk.length != n) {
            throw new IllegalArgumentException("time, event and risk must have the same length (" + n + ", "
                    + event.length + ", " + risk.length + ")");
        }
        for (int i = 0; i < n; i++) {
            if (!(time[i] >= 0) || !Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time at index " + i + " is " + time[i] + ", expected a finite value >= 0");
            }
            if (!Double.isFinite(risk[i])) {
                throw new IllegalArgumentException("risk score at index " + i + " is " + risk[i] + ", expected a finite number");
            }
        }
        double[] score = new double[n]; // concordant + tied/2 involving i
        double[] count = new double[n]; // comparable pairs involving i
        double total = 0;
        double concordant = 0;
        for (int i = 0; i < n; i++) {
            if (!event[i]) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                boolean comparable = time[i] < time[j] || (time[i] == time[j] && !event[j]);
                if (!comparable) {
                    continue;
                }
                double s = risk[i] > risk[j] ? 1 : risk[i] == risk[j] ? 0.5 : 0;
                total++;
                concordant += s;
                score[i] += s;
                score[j] += s;
                count[i]++;
                count[j]++;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("no comparable pairs: the C-index needs at least one event before another time");
        }
        double c = concordant / total;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double d = (score[i] - c * count[i]) / total;
            var += d * d;
        }
        return new ConcordanceIndex(c, Math.sqrt(var), (long) total);
    }

    /** Normal-approximation confidence interval {lower, upper} at the given level, clipped to [0, 1]. */
    public double[] confidenceInterval(double level) {
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        return new double[] {Math.max(0, cIndex - z * standardError), Math.min(1, cIndex + z * standardError)};
    }
}
