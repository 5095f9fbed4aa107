package org.radwb.modeling.pipeline;

/** What a pipeline does with missing predictor values (NaN). */
public enum Imputation {
    /** refuse: fitting fails with the row and column of the first missing value */
    REFUSE,
    /** replace by the training rows' median of the column (fitted inside each fold) */
    MEDIAN
}
