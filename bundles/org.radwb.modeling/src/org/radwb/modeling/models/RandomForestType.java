package org.radwb.modeling.models;

import java.util.ArrayList;
import java.util.List;

import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.Learner;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.forest.RandomForest;

/** Built-in model {@code random-forest}: Breiman's random forest of CART trees for a binary outcome. */
public final class RandomForestType implements ModelType {

    /** The id. */
    public static final String ID = "random-forest";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Random forest";
    }

    @Override
    public String description() {
        return "Bootstrap-aggregated CART trees with random predictor subsets; Gini importances.";
    }

    @Override
    public Task task() {
        return Task.BINARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("trees", ParameterSpec.Type.INTEGER, "500", "Number of trees.", List.of()),
                new ParameterSpec("mtry", ParameterSpec.Type.INTEGER, "0", "Predictors tried per split; 0 = sqrt(p).", List.of()),
                new ParameterSpec("minLeaf", ParameterSpec.Type.INTEGER, "1", "Minimum cases per leaf.", List.of()),
                new ParameterSpec("maxDepth", ParameterSpec.Type.INTEGER, "0", "Maximum tree depth; 0 = unlimited.", List.of()));
    }

    @Override
    public Learner learner(ModelParameters p) {
        RandomForest.Options o = new RandomForest.Options(p.getInt("trees"), p.getInt("mtry"), p.getInt("minLeaf"), p.getInt("maxDepth"));
        return (train, seed) -> {
            LassoLogisticType.requireBinary(train);
            return new Fitted(train.featureNames(), RandomForest.fit(train.x(), train.outcome(), o, seed));
        };
    }

    @Override
    public FittedModel restore(ModelState state) {
        List<String[]> names = state.all("predictor");
        String[] featureNames = names.stream().map(r -> r[1]).toArray(String[]::new);
        double[] importance = names.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
        List<RandomForest.Tree> trees = new ArrayList<>();
        for (String[] t : state.all("tree")) {
            double[] v = ModelState.numbers(t);
            int m = v.length / 5;
            int[] f = new int[m];
            double[] th = new double[m];
            int[] l = new int[m];
            int[] r = new int[m];
            double[] val = new double[m];
            for (int k = 0; k < m; k++) {
                f[k] = (int) v[5 * k];
                th[k] = v[5 * k + 1];
                l[k] = (int) v[5 * k + 2];
                r[k] = (int) v[5 * k + 3];
                val[k] = v[5 * k + 4];
            }
            trees.add(new RandomForest.Tree(f, th, l, r, val));
        }
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("saved random forest has no trees");
        }
        return new Fitted(featureNames, RandomForest.of(trees, importance));
    }

    private record Fitted(String[] names, RandomForest forest) implements FittedModel {

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
            return forest.predict(x);
        }

        @Override
        public List<Weight> weights() {
            double[] imp = forest.importance();
            List<Weight> w = new ArrayList<>();
            for (int j = 0; j < names.length; j++) {
                w.add(new Weight(names[j], imp[j], "importance"));
            }
            return w;
        }

        @Override
        public ModelState state() {
            ModelState s = ModelState.of(ID);
            double[] imp = forest.importance();
            for (int j = 0; j < names.length; j++) {
                s.addNumbers("predictor", names[j], imp[j]);
            }
            int t = 0;
            for (RandomForest.Tree tree : forest.trees()) {
                int m = tree.feature().length;
                double[] v = new double[5 * m];
                for (int k = 0; k < m; k++) {
                    v[5 * k] = tree.feature()[k];
                    v[5 * k + 1] = tree.threshold()[k];
                    v[5 * k + 2] = tree.left()[k];
                    v[5 * k + 3] = tree.right()[k];
                    v[5 * k + 4] = tree.value()[k];
                }
                s.addNumbers("tree", Integer.toString(t++), v);
            }
            return s;
        }
    }
}
