package org.radwb.modeling.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimum-redundancy maximum-relevance ranking (Ding and Peng 2005) in its F-test correlation quotient form
 * (FCQ): the first feature has the largest ANOVA F statistic against the binary outcome; each next feature
 * maximises {@code F_j / mean_{s in selected} |r_js|}. Continuous features need no discretisation in this form.
 */
public final class Mrmr {

    private Mrmr() {
    }

    /**
     * Ranks up to {@code k} features.
     *
     * @return column indices in selection order
     */
    public static int[] select(double[][] x, double[] y, int k) {
        int p = x[0].length;
        int m = Math.min(k, p);
        double[] f = new double[p];
        for (int j = 0; j < p; j++) {
            f[j] = Correlations.fStatistic(x, y, j);
        }
        List<Integer> selected = new ArrayList<>();
        double[] redundancy = new double[p]; // running sum of |r| with the selected features
        boolean[] taken = new boolean[p];
        for (int step = 0; step < m; step++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < p; j++) {
                if (taken[j]) {
                    continue;
                }
                double score = step == 0 ? f[j] : f[j] / Math.max(redundancy[j] / step, 1e-12);
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            taken[best] = true;
            selected.add(best);
            for (int j = 0; j < p; j++) {
                if (!taken[j]) {
                    redundancy[j] += Math.abs(Correlations.pearson(x, j, best));
                }
            }
        }
        return selected.stream().mapToInt(Integer::intValue).toArray();
    }
}
