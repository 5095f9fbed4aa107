package org.radwb.modeling.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radwb.modeling.data.DatasetColumns;
import org.radwb.modeling.pipeline.Imputation;

/**
 * Everything a model training run needs; the command line and the model builder both fill one.
 *
 * @param data the lesion table (CSV)
 * @param columns which columns are group, outcome, time/event and predictors
 * @param modelId model type id
 * @param parameters model parameters; a value with alternatives {@code a|b} makes candidates for nested CV
 * @param selection selection steps, e.g. {@code corr:0.9;mrmr:10} (empty for none)
 * @param icc per-feature ICC values for an {@code icc:} step (may be empty)
 * @param imputation missing-value policy
 * @param validation {@code cv:K[xR]}, {@code nested:K[xI]}, {@code bootstrap:B}, {@code split:F} or {@code external:<csv>}
 * @param clinical predictors that are clinical variables (for the RQS draft, item 6)
 * @param open item-16 options the user declares open
 * @param seed random seed
 * @param threads worker threads
 * @param out output folder (created)
 */
public record TrainingRequest(Path data, DatasetColumns columns, String modelId, Map<String, String> parameters, String selection,
        Map<String, Double> icc, Imputation imputation, String validation, Set<String> clinical, Set<String> open, long seed,
        int threads, Path out) {

    /** Copies the collections. */
    public TrainingRequest {
        parameters = Map.copyOf(parameters);
        icc = Map.copyOf(icc);
        clinical = Set.copyOf(clinical);
        open = Set.copyOf(open);
    }

    /** The declared clinical variables as a list (for messages). */
    public List<String> clinicalList() {
        return clinical.stream().sorted().toList();
    }
}
