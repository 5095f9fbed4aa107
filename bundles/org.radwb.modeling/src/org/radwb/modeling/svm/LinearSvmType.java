package org.radwb.modeling.svm;

import java.util.ArrayList;
import java.util.List;

import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.Learner;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;

/** Built-in model {@code linear-svm}: a linear SVM (hinge loss, liblinear's formulation) with Platt probabilities. */
public final class LinearSvmType implements ModelType {

    /** The id. */
    public static final String ID = "linear-svm";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Linear support vector machine";
    }

    @Override
    public String description() {
        return "Hinge-loss linear SVM on standardized predictors (dual coordinate descent); Platt-scaled probabilities.";
    }

    @Override
    public Task task() {
        return Task.BINARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("C", ParameterSpec.Type.DOUBLE, "1", "Cost of margin violations; smaller = stronger regularization.",
                List.of()));
    }

    @Override
    public Learner learner(ModelParameters p) {
        double c = p.getDouble("C");
        return (train, seed) -> {
            if (train.task() != Task.BINARY) {
                throw new IllegalArgumentException("linear-svm needs a binary outcome (--outcome)");
            }
            return new Fitted(train.featureNames(), LinearSvm.fit(train.x(), train.outcome(), c, 1e-6, seed));
        };
    }

    @Override
    public FittedModel restore(ModelState s) {
        List<String[]> f = s.all("svm-feature");
        int p = f.size();
        String[] names = new String[p];
        double[] mean = new double[p];
        double[] scale = new double[p];
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            names[j] = f.get(j)[1];
            double[] v = ModelState.numbers(f.get(j));
            mean[j] = v[0];
            scale[j] = v[1];
            w[j] = v[2];
        }
        double[] platt = ModelState.numbers(s.one("svm", "platt"));
        return new Fitted(names, new LinearSvm(mean, scale, w, Double.parseDouble(s.value("svm", "bias")), platt[0], platt[1]));
    }

    private record Fitted(String[] names, LinearSvm svm) implements FittedModel {

        @Override
        public String typeId() {
            return ID;
        }

        @Override
        public String[] featureNames() {
            return names.clone();
        }

        @Override
        public double[] predict(double[][] x) {
            return svm.probability(x);
        }

        @Override
        public List<Weight> weights() {
            List<Weight> out = new ArrayList<>();
            double[] w = svm.weights();
            for (int j = 0; j < names.length; j++) {
                out.add(new Weight(names[j], w[j], "standardized weight"));
            }
            return out;
        }

        @Override
        public ModelState state() {
            ModelState s = ModelState.of(ID).addNumbers("svm", "bias", svm.bias()).addNumbers("svm", "platt", svm.plattParameters());
            double[] w = svm.weights();
            for (int j = 0; j < names.length; j++) {
                s.addNumbers("svm-feature", names[j], svm.mean()[j], svm.scale()[j], w[j]);
            }
            return s;
        }
    }
}
