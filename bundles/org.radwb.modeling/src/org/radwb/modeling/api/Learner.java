package org.radwb.modeling.api;

/** A configured model type, ready to be fitted on training rows. */
@FunctionalInterface
public interface Learner {

    /**
     * Fits the model on training data only.
     *
     * @param train the training rows (no missing values: pipelines impute before)
     * @param seed seed for any randomness (bootstrap samples, inner folds), so fits are reproducible
     */
    FittedModel fit(Dataset train, long seed);
}
