package org.radwb.modeling.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.data.DatasetColumns;
import org.radwb.modeling.pipeline.PipelineSpec;
import org.radwb.modeling.pipeline.SelectionStep;
import org.radwb.modeling.pipeline.SelectionSteps;
import org.radwb.modeling.plot.PerformancePlots;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.rqs.RqsDraft;
import org.radwb.modeling.rqs.RqsDrafter;
import org.radwb.modeling.validation.Metric;
import org.radwb.modeling.validation.Validation;
import org.radwb.modeling.validation.ValidationResult;

/**
 * Runs one training request end to end and writes its folder: {@code metrics.csv} (with CIs),
 * {@code predictions.csv}, {@code model.csv} (the fitted pipeline, reloadable), {@code weights.csv}
 * (coefficients or importances), the plots ({@code roc.svg}, {@code calibration.svg}, {@code decision-curve.svg}
 * or {@code kaplan-meier.svg}), {@code rqs-draft.csv} and {@code report.md} (TRIPOD+AI headings).
 */
public final class TrainingRun {

    /** Files written, and the validation result. */
    public record Outcome(ValidationResult result, List<Path> files, RqsDraft rqs) {
    }

    private TrainingRun() {
    }

    /** Runs the request. */
    public static Outcome run(TrainingRequest request, ModelRegistry registry, Progress progress) throws IOException {
        Dataset data = request.columns().load(CsvTable.read(request.data()));
        ModelType type = registry.get(request.modelId());
        if (type.task() != data.task()) {
            throw new IllegalArgumentException("model '" + type.id() + "' is for " + type.task().name().toLowerCase(Locale.ROOT)
                    + " outcomes but the data give " + (data.task() == Task.BINARY ? "a binary outcome (--outcome)" : "time to event (--time/--event)"));
        }
        List<SelectionStep> steps = SelectionSteps.parse(request.selection(), request.icc());
        List<PipelineSpec> candidates = candidates(request, type, steps);
        Validation validation = new Validation(request.threads(), progress);
        String v = request.validation();
        ValidationResult result;
        if (v.startsWith("cv:") || v.startsWith("nested:")) {
            String[] kr = v.substring(v.indexOf(':') + 1).split("x", -1);
            int k = integer(kr[0], v);
            int second = kr.length > 1 ? integer(kr[1], v) : v.startsWith("cv:") ? 1 : 5;
            if (v.startsWith("cv:")) {
                single(candidates, v);
                result = validation.crossValidation(candidates.get(0), data, k, second, request.seed());
            } else {
                result = validation.nestedCrossValidation(candidates, data, k, second, request.seed());
            }
        } else if (v.startsWith("bootstrap:")) {
            single(candidates, v);
            result = validation.bootstrap632Plus(candidates.get(0), data, integer(v.substring(10), v), request.seed());
        } else if (v.startsWith("split:")) {
            single(candidates, v);
            double f;
            try {
                f = Double.parseDouble(v.substring(6));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("validation '" + v + "': expected split:<test fraction>, e.g. split:0.3", e);
            }
            result = validation.heldOut(candidates.get(0), data, f, request.seed());
        } else if (v.startsWith("external:")) {
            single(candidates, v);
            Path ext = request.data().resolveSibling(v.substring(9));
            DatasetColumns c = request.columns();
            DatasetColumns same = new DatasetColumns(c.group(), c.id(), c.outcome(), c.time(), c.event(), List.of(data.featureNames()), List.of());
            Dataset external = same.load(CsvTable.read(Path.of(v.substring(9)).isAbsolute() ? Path.of(v.substring(9)) : ext));
            result = validation.external(candidates.get(0), data, external, request.seed());
        } else {
            throw new IllegalArgumentException("validation '" + v + "' is not one of cv:K[xR], nested:K[xI], bootstrap:B, split:F, external:<csv>");
        }
        return write(request, type, steps, data, result);
    }

    private static List<PipelineSpec> candidates(TrainingRequest r, ModelType type, List<SelectionStep> steps) {
        List<Map<String, String>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.parameters()).entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (String alt : e.getValue().split("\\|")) {
                for (Map<String, String> g : grid) {
                    Map<String, String> m = new LinkedHashMap<>(g);
                    m.put(e.getKey(), alt.strip());
                    next.add(m);
                }
            }
            grid = next;
        }
        List<PipelineSpec> specs = new ArrayList<>();
        for (Map<String, String> g : grid) {
            specs.add(new PipelineSpec(r.imputation(), steps, type, ModelParameters.of(type.parameters(), g)));
        }
        return specs;
    }

    private static void single(List<PipelineSpec> candidates, String v) {
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("parameter alternatives (a|b) need nested cross-validation (--validation nested:K), not " + v);
        }
    }

    private static int integer(String s, String v) {
        try {
            int k = Integer.parseInt(s.strip());
            if (k < 1) {
                throw new NumberFormatException();
            }
            return k;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("validation '" + v + "': '" + s + "' is not a positive whole number", e);
        }
    }

    private static Outcome write(TrainingRequest r, ModelType type, List<SelectionStep> steps, Dataset data, ValidationResult result)
            throws IOException {
        Path out = r.out();
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        StringBuilder m = new StringBuilder("metric,value,lower,upper,method\n");
        for (Metric x : result.metrics()) {
            m.append(x.name()).append(',').append(num(x.value())).append(',').append(num(x.lower())).append(',').append(num(x.upper()))
                    .append(',').append(csv(x.method())).append('\n');
        }
        files.add(write(out.resolve("metrics.csv"), m.toString()));
        Dataset e = result.evaluated();
        StringBuilder p = new StringBuilder(e.task() == Task.BINARY ? "lesion,patient,outcome,prediction\n" : "lesion,patient,time,event,risk\n");
        for (int i = 0; i < e.size(); i++) {
            p.append(csv(e.ids()[i])).append(',').append(csv(e.groups()[i])).append(',');
            if (e.task() == Task.BINARY) {
                p.append((int) e.outcome()[i]);
            } else {
                p.append(num(e.time()[i])).append(',').append(e.event()[i] ? 1 : 0);
            }
            p.append(',').append(num(result.predictions()[i])).append('\n');
        }
        files.add(write(out.resolve("predictions.csv"), p.toString()));
        StringWriter model = new StringWriter();
        result.finalModel().state().write(model);
        files.add(write(out.resolve("model.csv"), model.toString()));
        StringBuilder w = new StringBuilder("name,value,kind\n");
        for (FittedModel.Weight x : result.finalModel().weights()) {
            w.append(csv(x.name())).append(',').append(num(x.value())).append(',').append(x.kind()).append('\n');
        }
        files.add(write(out.resolve("weights.csv"), w.toString()));
        for (Map.Entry<String, String> plot : PerformancePlots.of(e, result.predictions()).entrySet()) {
            files.add(write(out.resolve(plot.getKey()), plot.getValue()));
        }
        boolean penalized = type.id().contains("lasso") || type.id().contains("elasticnet");
        RqsDraft rqs = RqsDrafter.draft(result, steps.stream().map(SelectionStep::describe).toList(), penalized, r.clinical(), r.open());
        StringWriter rw = new StringWriter();
        rqs.write(rw);
        files.add(write(out.resolve("rqs-draft.csv"), rw.toString()));
        files.add(write(out.resolve("report.md"), ModelReport.markdown(r, type, data, result, rqs)));
        return new Outcome(result, files, rqs);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static Path write(Path file, String content) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(content);
        }
        return file;
    }

    static String join(String[] names) {
        return Arrays.stream(names).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
