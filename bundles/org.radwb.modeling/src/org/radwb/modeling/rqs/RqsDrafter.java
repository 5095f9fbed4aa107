package org.radwb.modeling.rqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.radwb.modeling.api.Task;
import org.radwb.modeling.validation.Metric;
import org.radwb.modeling.validation.ValidationResult;

/**
 * Drafts RQS items 5, 6, 9, 10, 12 and 16 from a modelling run (what was selected, which predictors, which
 * statistics with which intervals, which validation, what the user declared open). The rules:
 * <ul>
 * <li>5 (feature reduction): {@code yes} if a selection step ran or the model is penalized (LASSO / elastic net);</li>
 * <li>6 (non-radiomics features): {@code yes} if a declared clinical variable is among the final model's predictors;</li>
 * <li>9 (discrimination): {@code statistic} (AUC with DeLong CI / C-index with CI), plus {@code resampling} for
 * cross-validation, nested CV or bootstrap;</li>
 * <li>10 (calibration): binary outcomes: {@code statistic} (calibration-in-the-large and slope with bootstrap CIs and
 * a calibration plot), plus {@code resampling} as for 9; survival runs compute no calibration: {@code none};</li>
 * <li>12 (validation): held-out split: {@code same-institute}; external cohort: {@code other-institute} (the
 * reviewer must confirm the cohort's origin); resampling only: {@code none}, because RQS asks for a separate data
 * set;</li>
 * <li>16 (open science): the options the user declared ({@code scans}, {@code segmentations}, {@code code},
 * {@code features}), else {@code none}.</li>
 * </ul>
 */
public final class RqsDrafter {

    /** Option ids of item 16 the user may declare. */
    public static final Set<String> OPEN_OPTIONS = Set.of("scans", "segmentations", "code", "features");

    private RqsDrafter() {
    }

    /**
     * Drafts the items.
     *
     * @param result the validation run
     * @param selectionSteps descriptions of the selection steps used (empty if none)
     * @param penalized true if the model itself selects features (LASSO / elastic net)
     * @param clinical predictor names the user declared as clinical (non-radiomics) variables
     * @param open item-16 options the user declared
     */
    public static RqsDraft draft(ValidationResult result, List<String> selectionSteps, boolean penalized, Set<String> clinical,
            Set<String> open) {
        Map<String, RqsDraft.Answer> a = new LinkedHashMap<>();
        List<String> reduction = new ArrayList<>(selectionSteps);
        if (penalized) {
            reduction.add("penalized model " + result.finalModel().typeId());
        }
        a.put("5", reduction.isEmpty()
                ? new RqsDraft.Answer(List.of("no"), "no selection step and an unpenalized model: " + result.finalModel().selectedNames().length
                        + " predictors entered the model without reduction")
                : new RqsDraft.Answer(List.of("yes"), "feature reduction inside every training fold: " + String.join(", ", reduction)
                        + "; final model uses " + result.finalModel().usedNames().length + " of "
                        + result.finalModel().featureNames().length + " candidate predictors"));
        List<String> usedClinical = new ArrayList<>();
        for (String name : result.finalModel().usedNames()) {
            if (clinical.contains(name)) {
                usedClinical.add(name);
            }
        }
        a.put("6", usedClinical.isEmpty()
                ? new RqsDraft.Answer(List.of("no"), clinical.isEmpty() ? "no predictor was declared clinical (--clinical)"
                        : "declared clinical variables " + clinical + " are not in the final model")
                : new RqsDraft.Answer(List.of("yes"), "multivariable model with clinical variables " + usedClinical));
        boolean resampling = result.scheme().startsWith("cv:") || result.scheme().startsWith("nested:")
                || result.scheme().startsWith("bootstrap:");
        boolean binary = result.evaluated().task() == Task.BINARY;
        Metric disc = binary ? firstOf(result, "auc", "auc_apparent") : firstOf(result, "c_index", "c_index_apparent");
        List<String> nine = new ArrayList<>(List.of("statistic"));
        if (resampling) {
            nine.add("resampling");
        }
        a.put("9", new RqsDraft.Answer(nine, String.format(Locale.ROOT, "%s %.3f (95%% CI %.3f-%.3f, %s)%s", disc.name(), disc.value(),
                disc.lower(), disc.upper(), disc.method(), resampling ? "; validation by " + result.scheme() : "")));
        if (binary) {
            Metric citl = result.metric("calibration_in_the_large");
            Metric slope = result.metric("calibration_slope");
            List<String> ten = new ArrayList<>(List.of("statistic"));
            if (resampling) {
                ten.add("resampling");
            }
            a.put("10", new RqsDraft.Answer(ten, String.format(Locale.ROOT,
                    "calibration-in-the-large %.3f (%.3f to %.3f), slope %.3f (%.3f to %.3f), %s; calibration.svg%s", citl.value(),
                    citl.lower(), citl.upper(), slope.value(), slope.lower(), slope.upper(), slope.method(),
                    resampling ? "; " + result.scheme() : "")));
        } else {
            a.put("10", new RqsDraft.Answer(List.of("none"), "survival run: no calibration statistic was computed"));
        }
        String scheme = result.scheme();
        if (scheme.startsWith("split:")) {
            a.put("12", new RqsDraft.Answer(List.of("same-institute"), "held-out split of the development data ("
                    + result.evaluated().size() + " test lesions)"));
        } else if (scheme.startsWith("external")) {
            a.put("12", new RqsDraft.Answer(List.of("other-institute"), "external cohort of " + result.evaluated().size()
                    + " lesions; confirm it comes from another institute, otherwise choose same-institute"));
        } else {
            a.put("12", new RqsDraft.Answer(List.of("none"), "internal resampling only (" + scheme
                    + "); RQS item 12 asks for validation on a separate data set"));
        }
        List<String> declared = open.stream().filter(OPEN_OPTIONS::contains).sorted().toList();
        a.put("16", declared.isEmpty() ? new RqsDraft.Answer(List.of("none"), "nothing declared open (--open)")
                : new RqsDraft.Answer(declared, "declared open by the user: " + String.join(", ", declared)));
        return new RqsDraft(RqsDraft.CHECKLIST_ID, RqsDraft.CHECKLIST_VERSION, a);
    }

    private static Metric firstOf(ValidationResult r, String... names) {
        for (String n : names) {
            Metric m = r.metric(n);
            if (m != null) {
                return m;
            }
        }
        throw new IllegalStateException("run has no discrimination metric");
    }
}
