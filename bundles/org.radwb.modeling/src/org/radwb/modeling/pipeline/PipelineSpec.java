package org.radwb.modeling.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
        // with imputation the medians are needed now; otherwise only if a prediction meets a missing value or the model
        // is saved, so they are computed then (a bootstrap refits the pipeline a thousand times and never needs them)
        double[] medians = imputation == Imputation.MEDIAN ? medians(train) : null;
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
        Supplier<double[]> trainingMedians = medians != null ? () -> medians : () -> medians(train);
        return new FittedPipeline(train.featureNames(), trainingMedians, kept, m, trace);
    }

    private double[] medians(Dataset d) {
        int p = d.featureNames().length;
        double[][] x = d.x();
        double[] med = new double[p];
        // columns gathered in blocks, reading each row once per block (not once per column)
        int block = 32;
        double[][] values = new double[block][x.length];
        int[] counts = new int[block];
        for (int start = 0; start < p; start += block) {
            int width = Math.min(block, p - start);
            java.util.Arrays.fill(counts, 0);
            for (double[] row : x) {
                for (int b = 0; b < width; b++) {
                    double value = row[start + b];
                    if (Double.isFinite(value)) {
                        values[b][counts[b]++] = value;
                    }
                }
            }
            for (int b = 0; b < width; b++) {
                int j = start + b;
                if (counts[b] == 0) {
                    if (imputation == Imputation.MEDIAN) {
                        throw new IllegalArgumentException("predictor '" + d.featureNames()[j] + "' has no values in the training rows");
                    }
                    med[j] = Double.NaN;
                } else {
                    med[j] = median(values[b], counts[b]);
                }
            }
        }
        return med;
    }

    /**
     * The median of the first {@code count} entries of {@code v} (reordered), the mean of the two middle values for an
     * even count: the same order statistics as sorting, found by selection in linear expected time.
     */
    static double median(double[] v, int count) {
        int half = count / 2;
        double upper = select(v, count, half);
        if (count % 2 == 1) {
            return upper;
        }
        // after selecting the upper middle, the lower middle is the largest value to its left
        double lower = v[0];
        for (int i = 1; i < half; i++) {
            lower = Math.max(lower, v[i]);
        }
        return (lower + upper) / 2;
    }

    /** Hoare's selection: places the k-th smallest of v[0..count) at v[k], smaller-or-equal values to its left. */
    private static double select(double[] v, int count, int k) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            double pivot = median3(v[lo], v[(lo + hi) >>> 1], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return v[k];
            }
        }
        return v[k];
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private double[][] impute(double[][] x, double[] medians, String[] ids, String[] names) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
            for (int j = 0; j < names.length; j++) {
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
