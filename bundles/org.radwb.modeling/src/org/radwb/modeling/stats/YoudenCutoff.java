package org.radwb.modeling.stats;

import java.util.Arrays;

/**
 * The cut-off that maximises Youden's J (sensitivity + specificity - 1), with the accuracy, sensitivity and
 * specificity there. Candidate thresholds are the midpoints between consecutive distinct scores, as in
 * pROC's {@code coords(..., "best", best.method = "youden")}; a case is called positive when
 * {@code score >= threshold}. Ties in J go to the lowest threshold.
 *
 * @param threshold the chosen cut-off
 * @param sensitivity true-positive rate at the cut-off
 * @param specificity true-negative rate at the cut-off
 * @param accuracy fraction correctly classified at the cut-off
 */
public record YoudenCutoff(double threshold, double sensitivity, double specificity, double accuracy) {

    /** Finds the Youden-optimal cut-off. */
    public static YoudenCutoff of(double[] outcome, double[] score) {
        RocAnalysis.of(outcome, score); // validates inputs and class counts
        double[] distinct = Arrays.stream(score).distinct().sorted().toArray();
        int n = outcome.length;
        int p = 0;
        for (double y : outcome) {
            p += (int) y;
        }
        int q = n - p;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(score[i], score[j]));
        // sweep thresholds upwards: everything below the threshold is called negative
        double bestJ = Double.NEGATIVE_INFINITY;
        YoudenCutoff best = null;
        int k = 0;
        int fn = 0;
        int tn = 0;
        for (int t = 0; t <= distinct.length; t++) {
            double threshold = t == 0 ? Double.NEGATIVE_INFINITY
                    : t == distinct.length ? Double.POSITIVE_INFINITY : (distinct[t - 1] + distinct[t]) / 2;
            while (k < n && score[order[k]] < threshold) {
                if (outcome[order[k]] == 1) {
                    fn++;
                } else {
                    tn++;
                }
                k++;
            }
            double sens = (double) (p - fn) / p;
            double spec = (double) tn / q;
            double j = sens + spec;
            if (j > bestJ + 1e-12) {
                bestJ = j;
                best = new YoudenCutoff(threshold, sens, spec, (double) (p - fn + tn) / n);
            }
        }
        return best;
    }
}
