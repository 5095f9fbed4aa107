package org.radwb.modeling.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Redundancy removal: features are visited from the most to the least relevant (ANOVA F against a binary
 * outcome, or the given relevance order) and a feature is dropped when its absolute Pearson correlation with an
 * already kept feature exceeds the threshold, so of each correlated pair the more relevant one stays.
 */
public final class CorrelationPruning {

    private CorrelationPruning() {
    }

    /**
     * Prunes the columns of {@code x}.
     *
     * @param relevance a score per column, higher is kept first (e.g. F statistics); ties keep column order
     * @param threshold absolute correlation above which the less relevant feature is dropped, in (0, 1]
     * @return kept column indices in ascending order
     */
    public static int[] prune(double[][] x, double[] relevance, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("correlation threshold must lie in (0, 1], got " + threshold);
        }
        int p = relevance.length;
        Integer[] order = new Integer[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -relevance[j]).thenComparingInt(j -> j));
        List<Integer> kept = new ArrayList<>();
        for (int j : order) {
            boolean redundant = false;
            for (int k : kept) {
                if (Math.abs(Correlations.pearson(x, j, k)) > threshold) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                kept.add(j);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
