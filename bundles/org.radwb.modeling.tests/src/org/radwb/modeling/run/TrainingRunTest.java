package org.radwb.modeling.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.data.DatasetColumns;
import org.radwb.modeling.pipeline.FittedPipeline;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.rqs.RqsDraft;

/** A training run end to end on the synthetic lesion table: the files, the saved model, the RQS draft, the errors. */
class TrainingRunTest {

    @TempDir
    static Path dir;
    static Path data;
    private static final List<String> NOT_PREDICTORS = List.of("lesion", "score_a", "score_b", "time", "event", "risk_group",
            "prob_a", "foldid", "outcome");
    private final ModelRegistry registry = ModelRegistry.withBuiltIns();

    @BeforeAll
    static void copyFixture() throws Exception {
        data = dir.resolve("lesions.csv");
        try (InputStream in = TrainingRunTest.class.getResourceAsStream("/fixtures/modeling/lesions.csv")) {
            Files.copy(in, data, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private TrainingRequest binary(String model, String validation, String selection, Path out) {
        DatasetColumns c = new DatasetColumns("patient", "lesion", "outcome", null, null, List.of(), NOT_PREDICTORS);
        return new TrainingRequest(data, c, model, model.equals("logistic") ? Map.of() : Map.of("folds", "5"), selection, Map.of(), Imputation.REFUSE, validation,
                Set.of("kps", "dose"), Set.of("code"), 42, 2, out);
    }

    @Test
    void crossValidatedRunWritesEverythingAndTheModelReloads() throws Exception {
        Path out = dir.resolve("cv");
        TrainingRun.Outcome o = TrainingRun.run(binary("lasso-logistic", "cv:5x2", "corr:0.9", out), registry, Progress.NONE);
        for (String f : List.of("metrics.csv", "predictions.csv", "model.csv", "weights.csv", "roc.svg", "calibration.svg",
                "decision-curve.svg", "rqs-draft.csv", "report.md")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        CsvTable metrics = CsvTable.read(out.resolve("metrics.csv"));
        assertEquals("auc", metrics.get(2, "metric"));
        double auc = Double.parseDouble(metrics.get(2, "value"));
        assertTrue(auc > 0.7 && Double.parseDouble(metrics.get(2, "lower")) < auc, "auc " + auc);
        assertTrue(Files.readString(out.resolve("roc.svg")).startsWith("<svg"));
        FittedPipeline back = FittedPipeline.restore(ModelState.load(out.resolve("model.csv")), registry::get);
        Dataset d = binary("lasso-logistic", "cv:5", "", out).columns().load(CsvTable.read(data));
        assertArrayEquals(o.result().finalModel().predict(d.x()), back.predict(d.x()), 0);
        RqsDraft rqs = o.rqs();
        assertEquals(List.of("yes"), rqs.answers().get("5").optionIds());
        assertEquals(List.of("statistic", "resampling"), rqs.answers().get("9").optionIds());
        assertEquals(List.of("statistic", "resampling"), rqs.answers().get("10").optionIds());
        assertEquals(List.of("none"), rqs.answers().get("12").optionIds());
        assertEquals(List.of("code"), rqs.answers().get("16").optionIds());
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Sample size"));
    }

    @Test
    void splitAndSurvivalRunsDraftTheirOwnAnswers() throws Exception {
        TrainingRun.Outcome split = TrainingRun.run(binary("logistic", "split:0.3", "mrmr:5", dir.resolve("split")), registry, Progress.NONE);
        assertEquals(List.of("same-institute"), split.rqs().answers().get("12").optionIds());
        assertEquals(List.of("statistic"), split.rqs().answers().get("9").optionIds());
        DatasetColumns c = new DatasetColumns("patient", "lesion", null, "time", "event", List.of("f01", "f02", "f03", "f06", "kps"), List.of());
        TrainingRequest surv = new TrainingRequest(data, c, "cox-elasticnet", Map.of("folds", "5"), "", Map.of(), Imputation.REFUSE,
                "cv:5", Set.of("kps"), Set.of(), 3, 2, dir.resolve("surv"));
        TrainingRun.Outcome o = TrainingRun.run(surv, registry, Progress.NONE);
        assertTrue(Files.exists(dir.resolve("surv/kaplan-meier.svg")));
        assertEquals(List.of("none"), o.rqs().answers().get("10").optionIds());
        assertTrue(o.result().metric("c_index").value() > 0.6);
    }

    @Test
    void mistakesAreReportedWithFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "patient,f1,outcome\nP1,1.0,1\nP2,abc,0\nP3,2.0,0\n");
        DatasetColumns c = new DatasetColumns("patient", null, "outcome", null, null, List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.load(CsvTable.read(bad)));
        assertEquals(bad + ": line 3, column 'f1': 'abc' is not a number", e.getMessage());
        Files.writeString(bad, "patient,f1,outcome\nP1,1.0,1\nP2,3,2\n");
        e = assertThrows(IllegalArgumentException.class, () -> c.load(CsvTable.read(bad)));
        assertEquals(bad + ": line 3, column 'outcome': '2' is not 0 or 1", e.getMessage());
        DatasetColumns wrong = new DatasetColumns("patient", null, "relapse", null, null, List.of(), List.of());
        e = assertThrows(IllegalArgumentException.class, () -> wrong.load(CsvTable.read(bad)));
        assertTrue(e.getMessage().contains("no column 'relapse'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingRun.run(binary("lasso-logistic", "cv:x", "", dir.resolve("x")), registry, Progress.NONE));
        assertEquals("validation 'cv:x': '' is not a positive whole number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingRun.run(binary("cox-elasticnet", "cv:5", "", dir.resolve("x")), registry, Progress.NONE));
        assertTrue(e.getMessage().startsWith("model 'cox-elasticnet' is for survival outcomes"), e.getMessage());
    }

    @Test
    void radiomicClinicalAndCombinedModelsSideBySide() throws Exception {
        DatasetColumns radiomic = new DatasetColumns("patient", "lesion", "outcome", null, null,
                List.of("f01", "f02", "f03", "f04", "f05", "f06"), List.of());
        DatasetColumns clinical = new DatasetColumns("patient", "lesion", "outcome", null, null, List.of("kps", "dose"), List.of());
        DatasetColumns combined = new DatasetColumns("patient", "lesion", "outcome", null, null,
                List.of("f01", "f02", "f03", "f04", "f05", "f06", "kps", "dose"), List.of());
        List<Path> runs = new java.util.ArrayList<>();
        for (Map.Entry<String, DatasetColumns> e : Map.of("radiomic", radiomic, "clinical", clinical, "combined", combined).entrySet()) {
            Path out = dir.resolve("cmp-" + e.getKey());
            TrainingRun.run(new TrainingRequest(data, e.getValue(), "logistic", Map.of(), "", Map.of(), Imputation.REFUSE, "cv:5",
                    Set.of("kps", "dose"), Set.of(), 42, 2, out), registry, Progress.NONE);
            runs.add(out);
        }
        List<RunComparison.Row> rows = RunComparison.compare(runs, dir.resolve("cmp"));
        assertEquals(3 + 3, rows.size(), "three AUCs and three pairwise DeLong tests");
        // the DeLong test in the comparison is the one checked against pROC: recompute one pair by hand
        CsvTable a = CsvTable.read(runs.get(0).resolve("predictions.csv"));
        CsvTable b = CsvTable.read(runs.get(1).resolve("predictions.csv"));
        org.radwb.modeling.stats.DeLongTest t = org.radwb.modeling.stats.DeLongTest.compare(a.numbers("outcome"), a.numbers("prediction"),
                b.numbers("prediction"));
        RunComparison.Row pair = rows.stream().filter(r -> r.statistic().equals("delong_z")).findFirst().orElseThrow();
        assertEquals(t.z(), pair.value(), 1e-12);
        assertTrue(Files.exists(dir.resolve("cmp/roc-comparison.svg")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunComparison.compare(List.of(runs.get(0)), dir));
        assertTrue(e.getMessage().startsWith("comparing needs at least two"));
    }

    @Test
    void externalCohortAndNestedAlternativesThroughTheRequest() throws Exception {
        List<String> lines = Files.readAllLines(data);
        StringBuilder dev = new StringBuilder(lines.get(0)).append('\n');
        StringBuilder ext = new StringBuilder(lines.get(0)).append('\n');
        int foldColumn = List.of(lines.get(0).split(",")).indexOf("\"foldid\"");
        for (String line : lines.subList(1, lines.size())) {
            (line.split(",")[foldColumn].replace("\"", "").equals("5") ? ext : dev).append(line).append('\n');
        }
        Path devFile = dir.resolve("development.csv");
        Files.writeString(devFile, dev.toString());
        Files.writeString(dir.resolve("external.csv"), ext.toString());
        DatasetColumns c = new DatasetColumns("patient", "lesion", "outcome", null, null, List.of(), NOT_PREDICTORS);
        TrainingRun.Outcome external = TrainingRun.run(new TrainingRequest(devFile, c, "lasso-logistic", Map.of("folds", "5"), "",
                Map.of(), Imputation.REFUSE, "external:external.csv", Set.of(), Set.of(), 1, 2, dir.resolve("ext")), registry, Progress.NONE);
        assertEquals(ext.toString().split("\n").length - 1, external.result().evaluated().size());
        assertEquals(List.of("other-institute"), external.rqs().answers().get("12").optionIds());
        assertEquals(List.of("statistic"), external.rqs().answers().get("9").optionIds());

        TrainingRun.Outcome nested = TrainingRun.run(new TrainingRequest(data, c, "lasso-logistic", Map.of("folds", "4", "alpha", "0.5|1"), "",
                Map.of(), Imputation.REFUSE, "nested:4x4", Set.of(), Set.of(), 1, 2, dir.resolve("nested")), registry, Progress.NONE);
        assertEquals("nested:4x4", nested.result().scheme());
        assertTrue(nested.result().notes().stream().anyMatch(n -> n.startsWith("final model: candidate")), nested.result().notes().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingRun.run(new TrainingRequest(data, c,
                "lasso-logistic", Map.of("alpha", "0.5|1"), "", Map.of(), Imputation.REFUSE, "cv:5", Set.of(), Set.of(), 1, 2, dir.resolve("y")),
                registry, Progress.NONE));
        assertTrue(e.getMessage().startsWith("parameter alternatives (a|b) need nested cross-validation"), e.getMessage());
    }
}
