package org.radwb.modeling.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;
import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.pipeline.FittedPipeline;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.pipeline.PipelineSpec;
import org.radwb.modeling.pipeline.SelectionSteps;
import org.radwb.modeling.registry.ModelRegistry;

/** Grouping, stratification, the validation schemes and save/load round trips on the synthetic lesion table. */
class ValidationSchemesTest {

    private final List<Map<String, String>> rows = Fixtures.lesions();
    private final ModelRegistry registry = ModelRegistry.withBuiltIns();

    private Dataset binary() {
        String[] ids = rows.stream().map(r -> r.get("lesion")).toArray(String[]::new);
        String[] groups = rows.stream().map(r -> r.get("patient")).toArray(String[]::new);
        String[] names = new String[12];
        for (int j = 0; j < 12; j++) {
            names[j] = String.format("f%02d", j + 1);
        }
        return Dataset.binary(ids, groups, names, Fixtures.features(rows), Fixtures.column(rows, "outcome"));
    }

    private Dataset survival() {
        Dataset b = binary();
        return Dataset.survival(b.ids(), b.groups(), b.featureNames(), b.x(), Fixtures.column(rows, "time"),
                Fixtures.flags(rows, "event"));
    }

    private PipelineSpec spec(String model, Map<String, String> params, String selection) {
        ModelType t = registry.get(model);
        return new PipelineSpec(Imputation.MEDIAN, SelectionSteps.parse(selection, Map.of()), t, ModelParameters.of(t.parameters(), params));
    }

    @Test
    void foldsKeepPatientsTogetherAndBalanceEvents() {
        Dataset d = binary();
        int[] fold = Folds.groupedStratified(d, 5, 3);
        Map<String, Integer> foldOfPatient = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Integer prev = foldOfPatient.putIfAbsent(d.groups()[i], fold[i]);
            assertTrue(prev == null || prev == fold[i], "patient " + d.groups()[i] + " split across folds");
        }
        double overall = (double) d.events() / d.size();
        for (int f = 0; f < 5; f++) {
            int[] test = Folds.rows(fold, f, true);
            double rate = java.util.Arrays.stream(test).mapToDouble(i -> d.outcome()[i]).average().orElseThrow();
            assertEquals(overall, rate, 0.12, "event rate of fold " + f);
        }
    }

    @Test
    void crossValidatedLassoFindsTheSignalAndIsBelowApparent() {
        Dataset d = binary();
        Validation v = new Validation(2, Progress.NONE);
        ValidationResult cv = v.crossValidation(spec("lasso-logistic", Map.of("folds", "5"), ""), d, 5, 2, 11);
        double auc = cv.metric("auc").value();
        double apparent = PerformanceMetrics.discrimination(d, cv.finalModel().predict(d.x()));
        assertTrue(auc > 0.7 && auc < apparent, "cv AUC " + auc + ", apparent " + apparent);
        Metric brier = cv.metric("brier");
        assertTrue(brier.lower() <= brier.value() && brier.value() <= brier.upper());
        assertNotNull(cv.metric("auc_per_repeat_mean"));
        // the coefficients of the final model point the way the data were generated: f01 positive, f03 negative
        Map<String, Double> coef = new HashMap<>();
        cv.finalModel().weights().forEach(w -> coef.put(w.name(), w.value()));
        assertTrue(coef.get("f01") > 0 && coef.get("f03") < 0, coef.toString());
    }

    @Test
    void bootstrap632PlusIsNearHalfOnNoiseDespiteAPerfectApparentFit() {
        Random rng = new Random(5);
        int n = 80;
        double[][] x = new double[n][20];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] names = new String[20];
        for (int j = 0; j < 20; j++) {
            names[j] = "z" + j;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 20; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = rng.nextBoolean() ? 1 : 0;
            ids[i] = "L" + i;
        }
        Dataset noise = Dataset.binary(ids, ids, names, x, y);
        ValidationResult r = new Validation(2, Progress.NONE)
                .bootstrap632Plus(spec("random-forest", Map.of("trees", "100"), ""), noise, 50, 9);
        assertTrue(r.metric("auc_apparent").value() > 0.95, "forest memorises noise: " + r.metrics());
        assertEquals(0.5, r.metric("auc_632plus").value(), 0.1);
        // Harrell's optimism correction is known to stay optimistic for learners that memorise (in-bag rows of the
        // original sample are predicted perfectly); .632+ is the estimate to use for them
        assertTrue(r.metric("auc_optimism_corrected").value() > r.metric("auc_632plus").value());
    }

    @Test
    void heldOutExternalAndNestedSchemesRun() {
        Dataset d = binary();
        Validation v = new Validation(2, Progress.NONE);
        ValidationResult split = v.heldOut(spec("logistic", Map.of(), "corr:0.8"), d, 0.3, 4);
        Set<String> trainPatients = new HashSet<>();
        Set<String> testPatients = new HashSet<>(List.of(split.evaluated().groups()));
        for (String g : d.groups()) {
            if (!testPatients.contains(g)) {
                trainPatients.add(g);
            }
        }
        assertTrue(split.evaluated().size() > 50 && split.evaluated().size() < 90, "about 30 % of lesions in the test set");
        assertTrue(split.metric("auc").value() > 0.65);
        assertTrue(!trainPatients.isEmpty());
        // external: development = fold 1-4, external = fold 5 of the fixture
        double[] fold = Fixtures.column(rows, "foldid");
        int[] dev = java.util.stream.IntStream.range(0, d.size()).filter(i -> fold[i] != 5).toArray();
        int[] ext = java.util.stream.IntStream.range(0, d.size()).filter(i -> fold[i] == 5).toArray();
        ValidationResult external = v.external(spec("lasso-logistic", Map.of("folds", "5"), "mrmr:6"), d.rows(dev), d.rows(ext), 2);
        assertEquals(ext.length, external.predictions().length);
        assertTrue(external.metric("auc").value() > 0.65);
        ValidationResult nested = v.nestedCrossValidation(List.of(
                spec("lasso-logistic", Map.of("folds", "5", "alpha", "1"), ""),
                spec("lasso-logistic", Map.of("folds", "5", "alpha", "0.5"), "")), d, 4, 4, 3);
        assertTrue(nested.metric("auc").value() > 0.7);
        assertEquals(6, nested.notes().size());
    }

    @Test
    void coxPipelineCrossValidates() {
        ValidationResult r = new Validation(2, Progress.NONE).crossValidation(spec("cox-elasticnet", Map.of("folds", "5"), ""),
                survival(), 5, 1, 8);
        Metric c = r.metric("c_index");
        assertTrue(c.value() > 0.6 && c.lower() < c.value() && c.upper() > c.value(), c.toString());
        assertNotNull(r.metric("logrank_p"));
    }

    @Test
    void savedModelsPredictIdenticallyAfterLoading() throws Exception {
        Dataset d = binary();
        for (String model : List.of("lasso-logistic", "random-forest", "logistic", "linear-svm")) {
            FittedPipeline fit = spec(model, Map.of(), "corr:0.95").fit(d, 1);
            StringWriter w = new StringWriter();
            fit.state().write(w);
            FittedPipeline back = FittedPipeline.restore(ModelState.parse(w.toString(), "memory"), registry::get);
            assertArrayEquals(fit.predict(d.x()), back.predict(d.x()), 0, model);
            assertArrayEquals(fit.selectedNames(), back.selectedNames());
        }
        FittedPipeline cox = spec("cox-elasticnet", Map.of("lambda", "0.05"), "").fit(survival(), 1);
        StringWriter w = new StringWriter();
        cox.state().write(w);
        assertArrayEquals(cox.predict(d.x()), FittedPipeline.restore(ModelState.parse(w.toString(), "m"), registry::get).predict(d.x()), 0);
    }

    @Test
    void badInputsGiveClearErrors() {
        Dataset d = binary();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("svm"));
        assertTrue(e.getMessage().contains("unknown model 'svm'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> spec("lasso-logistic", Map.of("alpha", "x"), ""));
        assertEquals("parameter 'alpha' is 'x', expected a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> spec("lasso-logistic", Map.of("beta", "1"), ""));
        assertTrue(e.getMessage().startsWith("unknown parameter 'beta'"));
        e = assertThrows(IllegalArgumentException.class, () -> spec("cox-elasticnet", Map.of(), "").fit(d, 1));
        assertTrue(e.getMessage().contains("SURVIVAL"), e.getMessage());
        double[][] x = d.x().clone();
        x[3] = x[3].clone();
        x[3][2] = Double.NaN;
        Dataset missing = d.withPredictors(d.featureNames(), x);
        ModelType t = registry.get("logistic");
        PipelineSpec refuse = new PipelineSpec(Imputation.REFUSE, List.of(), t, ModelParameters.of(t.parameters(), Map.of()));
        e = assertThrows(IllegalArgumentException.class, () -> refuse.fit(missing, 1));
        assertEquals("missing value in row 'L004', predictor 'f03'; impute (--missing median) or remove it", e.getMessage());
        // with median imputation the same data fit
        assertEquals(d.size(), spec("logistic", Map.of(), "").fit(missing, 1).predict(missing.x()).length);
    }
}
