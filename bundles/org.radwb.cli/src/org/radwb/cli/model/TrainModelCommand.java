package org.radwb.cli.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.data.DatasetColumns;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.run.TrainingRequest;
import org.radwb.modeling.run.TrainingRun;
import org.radwb.modeling.validation.Metric;

/**
 * {@code radwb model train}: fits a pipeline on a lesion table, validates it without leakage and writes the run folder
 * (metrics with CIs, predictions, the fitted model, plots, RQS draft, report); with {@code --review} and
 * {@code --study} it also records the run and the draft RQS in the review. A thin wrapper around {@link TrainingRun},
 * which the model builder uses too.
 */
public final class TrainModelCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path data = ctx.path(a.required("--data"));
        String outcome = a.optional("--outcome");
        String time = a.optional("--time");
        String event = a.optional("--event");
        String group = a.required("--group");
        String id = a.optional("--id");
        String model = a.required("--model");
        String params = a.optional("--params", "");
        String validation = a.required("--validation");
        if (validation.startsWith("external:")) {
            validation = "external:" + ctx.path(validation.substring("external:".length())); // relative to the working directory
        }
        Path out = ctx.path(a.required("--out"));
        List<String> features = list(a.optional("--features"));
        List<String> exclude = list(a.optional("--exclude"));
        String selection = a.optional("--select", "");
        String missing = a.optional("--missing", "refuse");
        Set<String> clinical = new LinkedHashSet<>(list(a.optional("--clinical")));
        Set<String> open = new LinkedHashSet<>(list(a.optional("--open")));
        String iccFile = a.optional("--icc");
        long seed = a.intOr("--seed", 1);
        int threads = a.intOr("--threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        String review = a.optional("--review");
        String study = a.optional("--study");
        a.checkAllUsed();
        if ((review == null) != (study == null)) {
            throw new UsageException("--review <folder> and --study <id> go together (the run is recorded in that study)");
        }
        if ((outcome == null) == (time == null || event == null)) {
            throw new UsageException("give either --outcome <column> or both --time <column> and --event <column>");
        }
        if (outcome != null && (time != null || event != null)) {
            throw new UsageException("--outcome cannot be combined with --time/--event");
        }
        Imputation imputation = switch (missing) {
            case "refuse" -> Imputation.REFUSE;
            case "median" -> Imputation.MEDIAN;
            default -> throw new UsageException("--missing must be refuse or median, got '" + missing + "'");
        };
        for (String o : open) {
            if (!Set.of("scans", "segmentations", "code", "features").contains(o)) {
                throw new UsageException("--open takes scans, segmentations, code, features; got '" + o + "'");
            }
        }
        Map<String, Double> icc = iccFile == null ? Map.of() : readIcc(ctx.path(iccFile));
        Map<String, String> parameters;
        try {
            parameters = ModelParameters.parse(params);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--params: " + e.getMessage());
        }
        TrainingRequest request = new TrainingRequest(data, new DatasetColumns(group, id, outcome, time, event, features, exclude),
                model, parameters, selection, icc, imputation, validation, clinical, open, seed, threads, out);
        ctx.err().println("training " + model + " on " + data + " (" + validation + ", " + threads + " threads)");
        Progress progress = new Progress() {
            private int lastPercent = -1;

            @Override
            public synchronized void worked(int done, int total) {
                int percent = 100 * done / total;
                if (percent / 10 != lastPercent / 10) {
                    lastPercent = percent;
                    ctx.err().println("  " + percent + " %");
                }
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        TrainingRun.Outcome o = TrainingRun.run(request, ModelRegistry.getDefault(), progress);
        for (Metric m : o.result().metrics()) {
            ctx.out().println(Double.isNaN(m.lower()) ? String.format(Locale.ROOT, "%s: %.4f", m.name(), m.value())
                    : String.format(Locale.ROOT, "%s: %.4f (%.4f to %.4f, %s)", m.name(), m.value(), m.lower(), m.upper(), m.method()));
        }
        ctx.out().println("predictors in the final model: " + String.join(", ", o.result().finalModel().usedNames()));
        ctx.out().println("written: " + o.files().size() + " files in " + out);
        if (review != null) {
            String runId = ReviewRecorder.record(ctx.path(review), study, request, o);
            ctx.out().println("recorded: model run " + runId + " and a draft self-reported RQS assessment in study " + study);
        }
        return 0;
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads a {@code feature,icc} CSV (e.g. written from repeated segmentations). */
    private static Map<String, Double> readIcc(Path file) throws Exception {
        CsvTable t = CsvTable.read(file);
        String[] names = t.strings("feature");
        double[] values = t.numbers("icc");
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(file + ": line " + t.line(i) + ": ICC of '" + names[i] + "' is missing");
            }
            m.put(names[i], values[i]);
        }
        return m;
    }
}
