package org.radwb.modeling.api;

import java.util.List;

/** A fitted model: predicts, explains itself and can be saved. */
public interface FittedModel {

    /** The id of the model type that produced it. */
    String typeId();

    /** The predictor names, in the column order {@link #predict(double[][])} expects. */
    String[] featureNames();

    /**
     * Predictions for new rows: probabilities of the positive outcome for {@link Task#BINARY}, risk scores
     * (higher = earlier event) for {@link Task#SURVIVAL}. The rows are read-only: callers may pass their own arrays
     * (the pipeline passes the caller's rows through when it has nothing to select or impute).
     */
    double[] predict(double[][] x);

    /** Coefficients (linear models) or importances (forests), one per predictor that matters. */
    List<Weight> weights();

    /** Everything needed to rebuild the model with {@link ModelType#restore(ModelState)}. */
    ModelState state();

    /**
     * One explained predictor.
     *
     * @param name predictor name (or "(Intercept)")
     * @param value coefficient on the original scale, or importance
     * @param kind "coefficient" or "importance"
     */
    record Weight(String name, double value, String kind) {
    }
}
