package org.radwb.examples.model;

import java.util.ArrayList;
import java.util.List;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.Learner;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;

/**
 * An example model from a "third party": a shrunken nearest-centroid classifier (Tibshirani et al., PNAS 2002, in
 * its simplest form). Features are standardized on the training rows; each class has a centroid, shrunk towards the
 * overall mean by {@code shrinkage}; the probability of the positive class is the posterior of a Gaussian model with
 * identity covariance: {@code logistic((|x - c0|^2 - |x - c1|^2) / 2 + log(n1 / n0))}.
 * The importance of a feature is the absolute distance between the two centroids along it.
 */
public final class NearestCentroidType implements ModelType {

    /** The id, as declared in plugin.xml. */
    public static final String ID = "example-nearest-centroid";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Nearest centroid (example)";
    }

    @Override
    public String description() {
        return "Scores a lesion by its distance to the mean of each outcome class.";
    }

    @Override
    public Task task() {
        return Task.BINARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("shrinkage", ParameterSpec.Type.DOUBLE, "0",
                "Pulls both centroids towards the overall mean, 0 (none) to 1 (all).", List.of()));
    }

    @Override
    public Learner learner(ModelParameters parameters) {
        double shrinkage = parameters.getDouble("shrinkage");
        if (shrinkage < 0 || shrinkage > 1) {
            throw new IllegalArgumentException("parameter 'shrinkage' is " + shrinkage + ", expected a value from 0 to 1");
        }
        return (Dataset train, long seed) -> fit(train, shrinkage);
    }

    private static FittedModel fit(Dataset d, double shrinkage) {
        if (d.task() != Task.BINARY) {
            throw new IllegalArgumentException("the nearest-centroid example needs a binary outcome");
        }
        int n = d.size();
        int p = d.featureNames().length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (double[] row : d.x()) {
                s += row[j];
            }
            mean[j] = s / n;
            double ss = 0;
            for (double[] row : d.x()) {
                ss += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            scale[j] = ss > 0 ? Math.sqrt(ss / n) : 1;
        }
        double[][] centroid = new double[2][p];
        int[] count = new int[2];
        for (int i = 0; i < n; i++) {
            int c = (int) d.outcome()[i];
            count[c]++;
            for (int j = 0; j < p; j++) {
                centroid[c][j] += (d.x()[i][j] - mean[j]) / scale[j];
            }
        }
        if (count[0] == 0 || count[1] == 0) {
            throw new IllegalArgumentException("the training rows contain only one outcome class");
        }
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < p; j++) {
                centroid[c][j] = (1 - shrinkage) * centroid[c][j] / count[c];
            }
        }
        return new Fitted(d.featureNames(), mean, scale, centroid[0], centroid[1], Math.log((double) count[1] / count[0]));
    }

    @Override
    public FittedModel restore(ModelState s) {
        List<String[]> f = s.all("feature");
        int p = f.size();
        String[] names = new String[p];
        double[] mean = new double[p];
        double[] scale = new double[p];
        double[] c0 = new double[p];
        double[] c1 = new double[p];
        for (int j = 0; j < p; j++) {
            names[j] = f.get(j)[1];
            double[] v = ModelState.numbers(f.get(j));
            mean[j] = v[0];
            scale[j] = v[1];
            c0[j] = v[2];
            c1[j] = v[3];
        }
        return new Fitted(names, mean, scale, c0, c1, Double.parseDouble(s.value("centroid", "prior-log-odds")));
    }

    private record Fitted(String[] names, double[] mean, double[] scale, double[] c0, double[] c1, double priorLogOdds)
            implements FittedModel {

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
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double d0 = 0;
                double d1 = 0;
                for (int j = 0; j < names.length; j++) {
                    double z = (x[i][j] - mean[j]) / scale[j];
                    d0 += (z - c0[j]) * (z - c0[j]);
                    d1 += (z - c1[j]) * (z - c1[j]);
                }
                out[i] = 1 / (1 + Math.exp(-((d0 - d1) / 2 + priorLogOdds)));
            }
            return out;
        }

        @Override
        public List<Weight> weights() {
            List<Weight> w = new ArrayList<>();
            for (int j = 0; j < names.length; j++) {
                w.add(new Weight(names[j], Math.abs(c1[j] - c0[j]), "importance"));
            }
            return w;
        }

        @Override
        public ModelState state() {
            ModelState s = ModelState.of(ID).addNumbers("centroid", "prior-log-odds", priorLogOdds);
            for (int j = 0; j < names.length; j++) {
                s.addNumbers("feature", names[j], mean[j], scale[j], c0[j], c1[j]);
            }
            return s;
        }
    }
}
