package org.radwb.modeling.api;

/** What a model predicts. */
public enum Task {
    /** a 0/1 outcome (e.g. local failure yes/no); predictions are probabilities */
    BINARY,
    /** right-censored time to event; predictions are risk scores (higher = earlier event) */
    SURVIVAL
}
