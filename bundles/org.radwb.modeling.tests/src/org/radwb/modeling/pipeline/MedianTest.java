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

    @Test
    void aPipelineWithoutImputationStillImputesNewDataWithTheTrainingMedians() {
        // trained without missing values (REFUSE), its medians are computed only when first needed: a prediction with a
        // missing value must equal the prediction with that value replaced by the training column's median, and the
        // saved state must carry the same medians
        SplittableRandom rng = new SplittableRandom(9);
        int n = 41;
        int p = 3;
        double[][] x = new double[n][p];
        double[] y = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = rng.nextGaussian() + j;
            }
            y[i] = x[i][0] + rng.nextGaussian() > 0 ? 1 : 0;
            ids[i] = "L" + i;
        }
        org.radwb.modeling.api.Dataset d = org.radwb.modeling.api.Dataset.binary(ids, ids, new String[] {"a", "b", "c"}, x, y);
        org.radwb.modeling.models.LogisticType type = new org.radwb.modeling.models.LogisticType();
        PipelineSpec spec = new PipelineSpec(Imputation.REFUSE, java.util.List.of(), type,
                org.radwb.modeling.api.ModelParameters.of(type.parameters(), java.util.Map.of()));
        FittedPipeline fit = spec.fit(d, 1);
        double[] columnB = new double[n];
        for (int i = 0; i < n; i++) {
            columnB[i] = x[i][1];
        }
        double median = sortedMedian(columnB);
        double[] withMissing = {0.3, Double.NaN, 1.7};
        double[] withMedian = {0.3, median, 1.7};
        assertEquals(fit.predict(new double[][] {withMedian})[0], fit.predict(new double[][] {withMissing})[0], 0);
        assertEquals(median, org.radwb.modeling.api.ModelState.numbers(fit.state().one("pipeline", "medians"))[1], 0);
    }
}
