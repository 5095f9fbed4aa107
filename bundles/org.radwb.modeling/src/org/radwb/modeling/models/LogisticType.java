package org.radwb.modeling.models;

import java.util.List;

import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.Learner;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.glmnet.ElasticNetLogistic;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.glmnet.ElasticNetPath;

/** Built-in model {@code logistic}: ordinary (unpenalized) maximum-likelihood logistic regression. */
public final class LogisticType implements ModelType {

    /** The id. */
    public static final String ID = "logistic";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Logistic regression";
    }

    @Override
    public String description() {
        return "Unpenalized maximum-likelihood logistic regression (e.g. for clinical models with few predictors).";
    }

    @Override
    public Task task() {
        return Task.BINARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Learner learner(ModelParameters parameters) {
        return (train, seed) -> {
            LassoLogisticType.requireBinary(train);
            ElasticNetPath p = ElasticNetLogistic.fit(train.x(), train.outcome(),
                    ElasticNetOptions.defaults().withLambda(new double[] {0}).withThreshold(1e-10));
            return new LinearModel(ID, train.featureNames(), p.intercept()[0], p.beta()[0], true, 0);
        };
    }

    @Override
    public FittedModel restore(ModelState state) {
        return LinearModel.restore(state);
    }
}
