package org.radwb.modeling.api;

import java.util.List;

/**
 * A kind of predictive model, contributed through the extension point {@code org.radwb.modeling.models} or
 * registered programmatically with {@code ModelRegistry.register}. Implementations must have a public
 * no-argument constructor when contributed by extension.
 */
public interface ModelType {

    /** Stable id used on the command line and in saved models, e.g. {@code lasso-logistic}. */
    String id();

    /** Name shown to users. */
    String name();

    /** One sentence on what the model is. */
    String description();

    /** The task it solves. */
    Task task();

    /** The parameters it accepts, with defaults. */
    List<ParameterSpec> parameters();

    /** A learner for validated parameter values. */
    Learner learner(ModelParameters parameters);

    /** Rebuilds a fitted model from its saved state. */
    FittedModel restore(ModelState state);
}
