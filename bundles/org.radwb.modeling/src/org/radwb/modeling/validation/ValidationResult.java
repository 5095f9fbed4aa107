package org.radwb.modeling.validation;

import java.util.List;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.pipeline.FittedPipeline;

/**
 * The outcome of a validation run.
 *
 * @param scheme the scheme as given, e.g. {@code cv:10x5}
 * @param metrics performance with confidence intervals
 * @param evaluated the rows the predictions are for (all rows for CV, the test rows for a split, the external cohort)
 * @param predictions one prediction per evaluated row (out-of-fold for CV, averaged over repeats)
 * @param finalModel the pipeline fitted on all development rows (what is saved and applied to new patients)
 * @param notes what happened, for the report (fold sizes, selected features per fold, optimism)
 */
public record ValidationResult(String scheme, List<Metric> metrics, Dataset evaluated, double[] predictions,
        FittedPipeline finalModel, List<String> notes) {

    /** The metric of that name, or null. */
    public Metric metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
