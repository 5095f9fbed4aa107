package org.radwb.modeling.glmnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/**
 * A learner needs only the cross-validated choice, so {@link CrossValidatedElasticNet#logisticChoice} computes the
 * path on all cases only up to lambda.min. It must choose the same lambdas and give the same coefficients, number for
 * number (tolerance 0), as the whole cross-validated path, also when glmnet's rule ends the path early; and it must
 * still agree with cv.glmnet.
 */
class CvChoiceTest {

    private static void assertSameChoice(CrossValidatedElasticNet whole, CrossValidatedElasticNet choice) {
        assertEquals(whole.indexMin(), choice.indexMin(), "lambda.min index");
        assertEquals(whole.index1se(), choice.index1se(), "lambda.1se index");
        for (CrossValidatedElasticNet.Rule rule : CrossValidatedElasticNet.Rule.values()) {
            int k = whole.index(rule);
            assertEquals(whole.lambda(rule), choice.lambda(rule), 0, rule + " lambda");
            assertEquals(whole.path().intercept()[k], choice.path().intercept()[k], 0, rule + " intercept");
            assertArrayEquals(whole.path().beta()[k], choice.path().beta()[k], 0, rule + " coefficients");
        }
        // the choice's path ends at lambda.min, or where glmnet's rule ended the whole path before the folds' minimum
        int size = choice.path().size();
        assertTrue(size == whole.indexMin() + 1 || size == whole.path().size(), "path of " + size + " lambdas");
        assertArrayEquals(Arrays.copyOf(whole.cvMean(), choice.path().size()), choice.cvMean(), 0, "cv means");
    }

    @Test
    void sameChoiceAsTheWholePathAndAsCvGlmnet() {
        List<Map<String, String>> rows = Fixtures.lesions();
        double[][] x = Fixtures.features(rows);
        double[] y = Fixtures.column(rows, "outcome");
        int[] folds = Arrays.stream(Fixtures.column(rows, "foldid")).mapToInt(d -> (int) d - 1).toArray();
        ElasticNetOptions options = ElasticNetOptions.defaults().withThreshold(1e-16).withLambdaCount(30);
        CrossValidatedElasticNet choice = CrossValidatedElasticNet.logisticChoice(x, y, folds, options);
        assertSameChoice(CrossValidatedElasticNet.logistic(x, y, folds, options), choice);
        Map<String, Double> glmnet = Fixtures.values("cv_glmnet_choice.csv");
        assertEquals(glmnet.get("lambda_min"), choice.lambda(CrossValidatedElasticNet.Rule.MIN), 1e-12);
        assertEquals(glmnet.get("lambda_1se"), choice.lambda(CrossValidatedElasticNet.Rule.ONE_SE), 1e-12);
    }

    @Test
    void sameChoiceOnResamplesWithRepeatedRows() {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 120;
        int p = 300;
        double[][] data = new double[n][p];
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = -0.2;
            for (int j = 0; j < p; j++) {
                data[i][j] = rng.nextGaussian();
                eta += j < 5 ? 0.6 * data[i][j] : 0;
            }
            outcome[i] = rng.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        for (int r = 0; r < 5; r++) {
            double[][] x = new double[n][];
            double[] y = new double[n];
            int[] folds = new int[n];
            for (int i = 0; i < n; i++) {
                int k = rng.nextInt(n);
                x[i] = data[k];
                y[i] = outcome[k];
                folds[i] = i % 10;
            }
            ElasticNetOptions options = ElasticNetOptions.defaults();
            assertSameChoice(CrossValidatedElasticNet.logistic(x, y, folds, options),
                    CrossValidatedElasticNet.logisticChoice(x, y, folds, options));
        }
    }

    @Test
    void sameChoiceWhenGlmnetsRuleEndsThePathEarly() {
        // one real effect and 300 cases: the deviance stops gaining (< 1e-5 per step) after 46 of the 100 lambdas and
        // glmnet's rule ends the path there, while the folds' held-out deviance is lowest at the 47th grid lambda
        // (seed 14), beyond the path's end: the choice must be made on the path's own, shorter range
        SplittableRandom rng = new SplittableRandom(14);
        int n = 300;
        double[][] x = new double[n][1];
        double[] y = new double[n];
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextGaussian();
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-x[i][0])) ? 1 : 0;
            folds[i] = i % 10;
        }
        ElasticNetOptions options = ElasticNetOptions.defaults();
        CrossValidatedElasticNet whole = CrossValidatedElasticNet.logistic(x, y, folds, options);
        assertEquals(46, whole.path().size(), "the rule ends the path early");
        assertSameChoice(whole, CrossValidatedElasticNet.logisticChoice(x, y, folds, options));
    }
}
