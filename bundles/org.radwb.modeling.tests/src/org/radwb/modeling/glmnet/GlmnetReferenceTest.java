package org.radwb.modeling.glmnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/** Compares the elastic-net logistic and Cox paths with glmnet 4.1-6 (thresh 1e-14) and glm / coxph. */
class GlmnetReferenceTest {

    private final List<Map<String, String>> rows = Fixtures.lesions();
    private final double[][] x = Fixtures.features(rows);
    private final double[] y = Fixtures.column(rows, "outcome");
    private final double[] time = Fixtures.column(rows, "time");
    private final boolean[] event = Fixtures.flags(rows, "event");
    private final ElasticNetOptions tight = ElasticNetOptions.defaults().withThreshold(1e-16);

    @ParameterizedTest
    @ValueSource(ints = {100, 50})
    void logisticPathMatchesGlmnet(int alphaPercent) {
        List<Map<String, String>> ref = Fixtures.rows("glmnet_logistic_alpha" + alphaPercent + ".csv");
        double alpha = alphaPercent / 100.0;
        // the computed path: same first lambda, same log spacing (nlambda = 30), same early end
        ElasticNetPath own = ElasticNetLogistic.fit(x, y, tight.withAlpha(alpha).withLambdaCount(30));
        assertEquals(Double.parseDouble(ref.get(0).get("lambda")), own.lambda()[0], 1e-12);
        assertEquals(Double.parseDouble(ref.get(1).get("lambda")), own.lambda()[1], 1e-12);
        assertEquals(ref.size(), own.size(), "path length after glmnet's early-stopping rule");
        // coefficients at glmnet's lambdas: tolerance 1e-6 absolute (both solvers converged to 1e-14 / 1e-16)
        own = ElasticNetLogistic.fit(x, y, tight.withAlpha(alpha).withLambda(Fixtures.column(ref, "lambda")));
        for (int k = 0; k < ref.size(); k++) {
            Map<String, String> r = ref.get(k);
            assertEquals(Double.parseDouble(r.get("(Intercept)")), own.intercept()[k], 1e-6, "intercept at k=" + k);
            for (int j = 0; j < 12; j++) {
                String name = String.format("f%02d", j + 1);
                assertEquals(Double.parseDouble(r.get(name)), own.beta()[k][j], 1e-6, name + " at k=" + k);
            }
        }
    }

    @Test
    void unpenalizedLogisticMatchesGlm() {
        Map<String, Double> ref = Fixtures.values("glm_logistic_unpenalized.csv");
        ElasticNetPath fit = ElasticNetLogistic.fit(x, y, tight.withLambda(new double[] {0}));
        assertEquals(ref.get("(Intercept)"), fit.intercept()[0], 1e-6);
        for (int j = 0; j < 12; j++) {
            assertEquals(ref.get(String.format("f%02d", j + 1)), fit.beta()[0][j], 1e-6);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 50})
    void coxPathMatchesGlmnet(int alphaPercent) {
        List<Map<String, String>> ref = Fixtures.rows("glmnet_cox_alpha" + alphaPercent + ".csv");
        double alpha = alphaPercent / 100.0;
        ElasticNetPath own = ElasticNetCox.fit(x, time, event, tight.withAlpha(alpha).withLambdaCount(20));
        // coxnet computes the log step with a single-precision exponent: lambdas agree to 1e-7 relative
        for (int k = 0; k < ref.size(); k++) {
            double l = Double.parseDouble(ref.get(k).get("lambda"));
            assertEquals(l, own.lambda()[k], 1e-7 * l);
        }
        assertEquals(ref.size(), own.size(), "path length after coxnet's early-stopping rule");
        own = ElasticNetCox.fit(x, time, event, tight.withAlpha(alpha).withLambda(Fixtures.column(ref, "lambda")));
        for (int k = 0; k < ref.size(); k++) {
            for (int j = 0; j < 12; j++) {
                String name = String.format("f%02d", j + 1);
                assertEquals(Double.parseDouble(ref.get(k).get(name)), own.beta()[k][j], 1e-6, name + " at k=" + k);
            }
        }
    }

    @Test
    void unpenalizedCoxMatchesCoxphBreslow() {
        Map<String, Double> ref = Fixtures.values("coxph_breslow_unpenalized.csv");
        ElasticNetPath fit = ElasticNetCox.fit(x, time, event, tight.withLambda(new double[] {0}));
        for (int j = 0; j < 12; j++) {
            assertEquals(ref.get(String.format("f%02d", j + 1)), fit.beta()[0][j], 1e-6);
        }
    }

    @Test
    void missingValuesAreRefused() {
        double[][] bad = {{1, 2}, {Double.NaN, 1}, {0, 0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElasticNetLogistic.fit(bad, new double[] {0, 1, 0}, ElasticNetOptions.defaults()));
        assertEquals("feature 0 of row 1 is NaN; impute or remove missing values before fitting", e.getMessage());
    }

    @Test
    void crossValidationMatchesCvGlmnetWithTheSameFolds() {
        List<Map<String, String>> ref = Fixtures.rows("cv_glmnet_logistic.csv");
        int[] folds = java.util.Arrays.stream(Fixtures.column(rows, "foldid")).mapToInt(d -> (int) d - 1).toArray();
        CrossValidatedElasticNet cv = CrossValidatedElasticNet.logistic(x, y, folds, tight.withLambdaCount(30));
        assertEquals(ref.size(), cv.path().size());
        for (int k = 0; k < ref.size(); k++) {
            assertEquals(Double.parseDouble(ref.get(k).get("cvm")), cv.cvMean()[k], 1e-6, "cvm at k=" + k);
            assertEquals(Double.parseDouble(ref.get(k).get("cvsd")), cv.cvSd()[k], 1e-6, "cvsd at k=" + k);
        }
        Map<String, Double> choice = Fixtures.values("cv_glmnet_choice.csv");
        assertEquals(choice.get("lambda_min"), cv.lambda(CrossValidatedElasticNet.Rule.MIN), 1e-12);
        assertEquals(choice.get("lambda_1se"), cv.lambda(CrossValidatedElasticNet.Rule.ONE_SE), 1e-12);
    }
}
