package org.radwb.modeling.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.rqs.RqsDraft;
import org.radwb.modeling.validation.Folds;
import org.radwb.modeling.validation.Metric;
import org.radwb.modeling.validation.ValidationResult;

/** The model report of a run as Markdown, under the TRIPOD+AI headings a reader looks for. */
final class ModelReport {

    private ModelReport() {
    }

    static String markdown(TrainingRequest r, ModelType type, Dataset data, ValidationResult result, RqsDraft rqs) {
        StringBuilder s = new StringBuilder();
        s.append("# Model report: ").append(type.name()).append("\n\n");
        s.append("Written by the Radiomics Workbench (`radwb model train`). Headings follow TRIPOD+AI (Collins et al., BMJ 2024).\n\n");
        s.append("## Source of data and participants\n\n");
        s.append("- data: `").append(r.data().getFileName()).append("`\n");
        s.append("- patients: ").append(Folds.patients(data).size()).append(", lesions: ").append(data.size()).append("\n\n");
        s.append("## Outcome\n\n");
        s.append(data.task() == Task.BINARY ? "- binary outcome `" + r.columns().outcome() + "`"
                : "- time to event `" + r.columns().time() + "`, event indicator `" + r.columns().event() + "`").append("\n\n");
        s.append("## Sample size\n\n");
        int events = data.events();
        s.append("- events: ").append(events).append(" of ").append(data.size()).append(" lesions; candidate predictors: ")
                .append(data.featureNames().length).append(String.format(Locale.ROOT, " (%.2f events per candidate predictor)",
                        (double) events / data.featureNames().length)).append("\n\n");
        s.append("## Missing data\n\n");
        long missing = Arrays.stream(data.x()).flatMapToDouble(Arrays::stream).filter(Double::isNaN).count();
        s.append("- missing predictor values: ").append(missing).append("; policy: ").append(r.imputation().name().toLowerCase(Locale.ROOT))
                .append(missing > 0 ? " (medians of the training rows, fitted inside each fold)" : "").append("\n\n");
        s.append("## Predictors\n\n");
        s.append("- candidates: ").append(TrainingRun.join(data.featureNames())).append("\n");
        s.append("- clinical (declared): ").append(r.clinical().isEmpty() ? "none" : String.join(", ", r.clinicalList())).append("\n\n");
        s.append("## Model development\n\n");
        s.append("- model: `").append(type.id()).append("` ").append(type.description()).append("\n");
        s.append("- parameters: ").append(r.parameters().isEmpty() ? "defaults" : r.parameters().toString()).append("\n");
        s.append("- feature selection (inside every training fold): ").append(r.selection() == null || r.selection().isBlank() ? "none" : "`" + r.selection() + "`")
                .append("\n- final model selection trace: ").append(String.join("; ", result.finalModel().selectionTrace())).append("\n\n");
        s.append("## Validation\n\n");
        s.append("- scheme: `").append(result.scheme()).append("`, seed ").append(r.seed()).append("\n");
        for (String note : result.notes()) {
            s.append("- ").append(note).append("\n");
        }
        s.append("\n## Performance (95 % confidence intervals)\n\n| metric | value | lower | upper | method |\n|---|---|---|---|---|\n");
        for (Metric m : result.metrics()) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", m.name(), fmt(m.value()), fmt(m.lower()), fmt(m.upper()), m.method()));
        }
        s.append("\n## Model specification\n\n| predictor | value | kind |\n|---|---|---|\n");
        for (FittedModel.Weight w : result.finalModel().weights()) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", w.name(), fmt(w.value()), w.kind()));
        }
        s.append("\nThe fitted model is in `model.csv`; predictions in `predictions.csv`; plots in the `.svg` files.\n\n");
        s.append("## Self-reported RQS (draft, to be reviewed)\n\n| item | options | evidence |\n|---|---|---|\n");
        for (Map.Entry<String, RqsDraft.Answer> a : rqs.answers().entrySet()) {
            s.append("| ").append(a.getKey()).append(" | ").append(String.join(", ", a.getValue().optionIds())).append(" | ")
                    .append(a.getValue().evidence().replace("|", "/")).append(" |\n");
        }
        return s.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }
}
