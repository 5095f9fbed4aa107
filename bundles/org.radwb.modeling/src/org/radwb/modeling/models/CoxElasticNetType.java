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
import org.radwb.modeling.glmnet.ElasticNetCox;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.glmnet.ElasticNetPath;
import org.radwb.modeling.validation.Folds;

/**
 * Built-in model {@code cox-elasticnet}: Cox proportional hazards with an elastic-net penalty (Breslow ties), lambda
 * chosen by the inner cross-validated C-index; {@code lambda=0} gives the ordinary Cox model.
 */
public final class CoxElasticNetType implements ModelType {

    /** The id. */
    public static final String ID = "cox-elasticnet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Cox proportional hazards (elastic net)";
    }

    @Override
    public String description() {
        return "Penalized Cox regression for time to event (Breslow ties); lambda by inner cross-validated C-index.";
    }

    @Override
    public Task task() {
        return Task.SURVIVAL;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("alpha", ParameterSpec.Type.DOUBLE, "1", "Elastic-net mixing: 1 = lasso, 0 = ridge.", List.of()),
                new ParameterSpec("lambda", ParameterSpec.Type.STRING, "cv-min",
                        "cv-min, cv-1se (inner cross-validated C-index) or a fixed penalty (0 = ordinary Cox).", List.of()),
                new ParameterSpec("folds", ParameterSpec.Type.INTEGER, "10", "Inner cross-validation folds.", List.of()),
                new ParameterSpec("nlambda", ParameterSpec.Type.INTEGER, "100", "Number of lambdas on the path.", List.of()));
    }

    @Override
    public Learner learner(ModelParameters p) {
        LambdaChoice lambda = LambdaChoice.parse(p.get("lambda"));
        int folds = p.getInt("folds");
        ElasticNetOptions options = ElasticNetOptions.defaults().withAlpha(p.getDouble("alpha")).withLambdaCount(p.getInt("nlambda"));
        return (Dataset train, long seed) -> {
            if (train.task() != Task.SURVIVAL) {
                throw new IllegalArgumentException("cox-elasticnet needs time-to-event data (--time and --event)");
            }
            if (!lambda.crossValidated()) {
                ElasticNetPath path = ElasticNetCox.fit(train.x(), train.time(), train.event(),
                        options.withLambda(new double[] {lambda.fixed()}));
                return new LinearModel(ID, train.featureNames(), 0, path.beta()[0], false, lambda.fixed());
            }
            int[] foldOf = Folds.groupedStratified(train, folds, seed);
            CrossValidatedElasticNet cv = CrossValidatedElasticNet.cox(train.x(), train.time(), train.event(), foldOf, options);
            int k = cv.index(lambda.rule());
            return new LinearModel(ID, train.featureNames(), 0, cv.path().beta()[k], false, cv.path().lambda()[k]);
        };
    }

    @Override
    public FittedModel restore(ModelState state) {
        return LinearModel.restore(state);
    }
}
