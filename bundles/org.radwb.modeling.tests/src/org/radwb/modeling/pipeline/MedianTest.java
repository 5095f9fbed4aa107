package org.radwb.modeling.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The pipeline's training medians (stored with a fitted model and used to impute missing predictors) come from
 * selection, not sorting; they must equal the textbook median of the sorted values exactly (odd count: the middle
 * value; even count: the mean of the two middle values), ties and repeated bootstrap rows included.
 */
class MedianTest {

    private static double sortedMedian(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    @Test
    void selectionEqualsTheSortedMedian() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rng.nextInt(60);
            double[] v = new double[n];
            int distinct = 1 + rng.nextInt(n + 2);
            for (int i = 0; i < n; i++) {
                // few distinct values in some trials: many ties, as in resamples and discretized features
                v[i] = trial % 3 == 0 ? rng.nextInt(distinct) - distinct / 2.0 : rng.nextGaussian() * 1e3;
            }
            double expected = sortedMedian(v);
            assertEquals(expected, PipelineSpec.median(v.clone(), n), 0, "trial " + trial + " " + Arrays.toString(v));
        }
    }

    @Test
    void usesOnlyTheFirstCountEntries() {
        double[] v = {5, 1, 4, 2, 3, 100, -100};
        assertEquals(3, PipelineSpec.median(v, 5), 0);
        assertEquals(2.5, PipelineSpec.median(new double[] {4, 1, 3, 2, 99}, 4), 0);
        assertEquals(7, PipelineSpec.median(new double[] {7}, 1), 0);
    }
}
