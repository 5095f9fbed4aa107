package org.radwb.modeling.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelType;

/**
 * A modelling pipeline: imputation, feature-selection steps and a model. {@link #fit} runs every step on the rows
 * it is given and nothing else; validation schemes call it once per training fold or resample, so that no
 * statistic of a test row influences imputation, selection or the model (no leakage).
 *
 * @param imputation missing-value policy
 * @param selection selection steps, applied in order
 * @param model the model type
 * @param parameters its validated parameters
 */
public record PipelineSpec(Imputation imputation, List<SelectionStep> selection, ModelType model, ModelParameters parameters) {

    /** Copies the step list. */
    public PipelineSpec {
        selection = List.copyOf(selection);
    }

    /** Fits imputation, selection and model on {@code train}. */
    public FittedPipeline fit(Dataset train, long seed) {
        if (train.task() != model.task()) {
            throw new IllegalArgumentException("model '" + model.id() + "' is for " + model.task() + " outcomes but the data are "
                    + train.task());
        }
        double[] medians = medians(train);
        Dataset current = train.withPredictors(train.featureNames(), impute(train.x(), medians, train.ids(), train.featureNames()));
        int[] kept = java.util.stream.IntStream.range(0, train.featureNames().length).toArray();
        List<String> trace = new ArrayList<>();
        for (SelectionStep step : selection) {
            int[] chosen = step.select(current, seed);
            if (chosen.length == 0) {
                throw new IllegalArgumentException("selection step " + step.describe() + " kept no features");
            }
            kept = SelectionSteps.compose(kept, chosen);
            current = current.columns(chosen);
            trace.add(step.describe() + " -> " + chosen.length);
        }
        FittedModel m = model.learner(parameters).fit(current, seed);
        return new FittedPipeline(train.featureNames(), medians, kept, m, trace);
    }

    private double[] medians(Dataset d) {
        int p = d.featureNames().length;
        double[] med = new double[p];
        for (int j = 0; j < p; j++) {
            int col = j;
            double[] v = Arrays.stream(d.x()).mapToDouble(r -> r[col]).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                if (imputation == Imputation.MEDIAN) {
                    throw new IllegalArgumentException("predictor '" + d.featureNames()[j] + "' has no values in the training rows");
                }
                med[j] = Double.NaN;
            } else {
                med[j] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            }
        }
        return med;
    }

    private double[][] impute(double[][] x, double[] medians, String[] ids, String[] names) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
            for (int j = 0; j < medians.length; j++) {
                if (!Double.isFinite(x[i][j])) {
                    if (imputation == Imputation.REFUSE) {
                        throw new IllegalArgumentException("missing value in row '" + ids[i] + "', predictor '" + names[j]
                                + "'; impute (--missing median) or remove it");
                    }
                    if (out[i] == x[i]) {
                        out[i] = x[i].clone();
                    }
                    out[i][j] = medians[j];
                }
            }
        }
        return out;
    }
}
