package org.radwb.modeling.glmnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/**
 * A bootstrap resample repeats row arrays; the logistic path fits each distinct case once with its count as weight.
 * That must give the path of the repeated rows fitted one by one (rows copied into distinct arrays, which are not
 * merged and take the glmnet-verified unweighted route). Both solved to thresh 1e-16; tolerance 1e-7 absolute.
 */
class RepeatedCasesTest {

    private final List<Map<String, String>> rows = Fixtures.lesions();
    private final double[][] x = Fixtures.features(rows);
    private final double[] y = Fixtures.column(rows, "outcome");
    private final ElasticNetOptions tight = ElasticNetOptions.defaults().withThreshold(1e-16).withLambdaCount(30);

    @Test
    void repeatedRowsWeightedEqualRepeatedRowsCopied() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = x.length;
        double[][] shared = new double[n][];
        double[][] copied = new double[n][];
        double[] yb = new double[n];
        for (int i = 0; i < n; i++) {
            int r = rng.nextInt(n);
            shared[i] = x[r];
            copied[i] = x[r].clone();
            yb[i] = y[r];
        }
        assertEquals(true, UniqueCases.of(shared, yb).x.length < n, "the resample repeats rows");
        assertEquals(n, UniqueCases.of(copied, yb).x.length, "copied rows are not merged");
        for (double alpha : new double[] {1, 0.5}) {
            ElasticNetPath merged = ElasticNetLogistic.fit(shared, yb, tight.withAlpha(alpha));
            ElasticNetPath separate = ElasticNetLogistic.fit(copied, yb, tight.withAlpha(alpha));
            assertEquals(separate.size(), merged.size(), "path length");
            assertEquals(separate.nullDeviance(), merged.nullDeviance(), 1e-9);
            for (int k = 0; k < separate.size(); k++) {
                assertEquals(separate.lambda()[k], merged.lambda()[k], 1e-12 * separate.lambda()[0], "lambda at k=" + k);
                assertEquals(separate.intercept()[k], merged.intercept()[k], 1e-7, "intercept at k=" + k);
                assertEquals(separate.devianceRatio()[k], merged.devianceRatio()[k], 1e-7, "deviance ratio at k=" + k);
                for (int j = 0; j < separate.beta()[k].length; j++) {
                    assertEquals(separate.beta()[k][j], merged.beta()[k][j], 1e-7, "beta " + j + " at k=" + k);
                }
            }
        }
    }
}
