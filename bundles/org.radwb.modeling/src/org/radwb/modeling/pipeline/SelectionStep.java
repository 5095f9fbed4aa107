package org.radwb.modeling.pipeline;

import org.radwb.modeling.api.Dataset;

/**
 * One feature-selection step of a pipeline. It sees only the training rows of the current fold or resample, so
 * choosing features never looks at the rows that are later used to evaluate them.
 */
public interface SelectionStep {

    /** Short description for reports, e.g. {@code mrmr(k=10)}. */
    String describe();

    /**
     * Chooses predictors.
     *
     * @param train training rows, no missing values
     * @param seed seed for any randomness (inner folds)
     * @return indices of the kept columns of {@code train}, ascending or in rank order
     */
    int[] select(Dataset train, long seed);
}
