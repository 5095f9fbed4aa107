package org.radwb.modeling.models;

import java.util.List;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.Learner;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.glmnet.CrossValidatedElasticNet;
import org.radwb.modeling.glmnet.ElasticNetLogistic;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.glmnet.ElasticNetPath;
import org.radwb.modeling.validation.Folds;

/**
 * Built-in model {@code lasso-logistic}: L1 / elastic-net logistic regression (glmnet-style) with lambda chosen by
 * an inner, patient-grouped, stratified cross-validation of the training rows only.
 */
public final class LassoLogisticType implements ModelType {

    /** The id. */
    public static final String ID = "lasso-logistic";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "LASSO / elastic-net logistic regression";
    }

    @Override
    public String description() {
        return "Penalized logistic regression by coordinate descent (glmnet-style); lambda by inner cross-validation.";
    }

    @Override
    public Task task() {
        return Task.BINARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("alpha", ParameterSpec.Type.DOUBLE, "1", "Elastic-net mixing: 1 = lasso, 0 = ridge.", List.of()),
                new ParameterSpec("lambda", ParameterSpec.Type.STRING, "cv-min",
                        "cv-min, cv-1se (inner cross-validation) or a fixed penalty.", List.of()),
                new ParameterSpec("folds", ParameterSpec.Type.INTEGER, "10", "Inner cross-validation folds.", List.of()),
                new ParameterSpec("nlambda", ParameterSpec.Type.INTEGER, "100", "Number of lambdas on the path.", List.of()));
    }

    @Override
    public Learner learner(ModelParameters p) {
        double alpha = p.getDouble("alpha");
        LambdaChoice lambda = LambdaChoice.parse(p.get("lambda"));
        int folds = p.getInt("folds");
        ElasticNetOptions options = ElasticNetOptions.defaults().withAlpha(alpha).withLambdaCount(p.getInt("nlambda"));
        return (Dataset train, long seed) -> fit(train, seed, options, lambda, folds);
    }

    private static FittedModel fit(Dataset train, long seed, ElasticNetOptions options, LambdaChoice lambda, int folds) {
        requireBinary(train);
        if (!lambda.crossValidated()) {
            ElasticNetPath path = ElasticNetLogistic.fit(train.x(), train.outcome(), options.withLambda(new double[] {lambda.fixed()}));
            return new LinearModel(ID, train.featureNames(), path.intercept()[0], path.beta()[0], true, lambda.fixed());
        }
        int[] foldOf = Folds.groupedStratified(train, folds, seed);
        CrossValidatedElasticNet cv = CrossValidatedElasticNet.logisticChoice(train.x(), train.outcome(), foldOf, options);
        int k = cv.index(lambda.rule());
        return new LinearModel(ID, train.featureNames(), cv.path().intercept()[k], cv.path().beta()[k], true,
                cv.path().lambda()[k]);
    }

    static void requireBinary(Dataset d) {
        if (d.task() != Task.BINARY) {
            throw new IllegalArgumentException("this model needs a binary outcome (--outcome), not time-to-event data");
        }
    }

    @Override
    public FittedModel restore(ModelState state) {
        return LinearModel.restore(state);
    }
}
