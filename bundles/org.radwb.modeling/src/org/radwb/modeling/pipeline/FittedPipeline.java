package org.radwb.modeling.pipeline;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;

/**
 * A fitted pipeline: the training medians, the kept predictors and the fitted model. It predicts from the full
 * predictor set it was trained on (missing values replaced by the training medians).
 */
public final class FittedPipeline implements FittedModel {

    private final String[] inputNames;
    /** the training medians, computed on first use from {@link #medianSource} */
    private volatile double[] medians;
    private Supplier<double[]> medianSource;
    private final int[] kept;
    /** whether kept is 0..p-1 in order (no selection step): rows then go to the model as they are */
    private final boolean identity;
    private final FittedModel model;
    private final List<String> trace;

    FittedPipeline(String[] inputNames, Supplier<double[]> medians, int[] kept, FittedModel model, List<String> trace) {
        this.inputNames = inputNames.clone();
        this.medianSource = medians;
        this.kept = kept.clone();
        boolean same = kept.length == inputNames.length;
        for (int k = 0; same && k < kept.length; k++) {
            same = kept[k] == k;
        }
        this.identity = same;
        this.model = model;
        this.trace = List.copyOf(trace);
    }

    @Override
    public String typeId() {
        return model.typeId();
    }

    @Override
    public String[] featureNames() {
        return inputNames.clone();
    }

    /** The predictors the model uses after selection. */
    public String[] selectedNames() {
        String[] s = new String[kept.length];
        for (int k = 0; k < kept.length; k++) {
            s[k] = inputNames[kept[k]];
        }
        return s;
    }

    /**
     * The predictors that actually carry weight: non-zero coefficients of a linear model (a LASSO zeroes some of the
     * selected ones), or every selected predictor of a model reporting importances.
     */
    public String[] usedNames() {
        return model.weights().stream().filter(w -> !w.name().equals("(Intercept)"))
                .filter(w -> !w.kind().equals("coefficient") || w.value() != 0).map(Weight::name).toArray(String[]::new);
    }

    /** The fitted model behind the pipeline. */
    public FittedModel model() {
        return model;
    }

    /** What each selection step kept, for the report. */
    public List<String> selectionTrace() {
        return trace;
    }

    @Override
    public double[] predict(double[][] x) {
        double[][] sub = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != inputNames.length) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " predictors, the pipeline expects "
                        + inputNames.length);
            }
            if (identity && allFinite(x[i])) {
                sub[i] = x[i]; // nothing to select or impute: the row as it is (the model does not modify its input)
                continue;
            }
            sub[i] = new double[kept.length];
            for (int k = 0; k < kept.length; k++) {
                double v = x[i][kept[k]];
                sub[i][k] = Double.isFinite(v) ? v : medians()[kept[k]];
            }
        }
        return model.predict(sub);
    }

    private static boolean allFinite(double[] row) {
        for (double v : row) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The training medians (missing predictors are replaced by them). */
    private double[] medians() {
        double[] m = medians;
        if (m == null) {
            synchronized (this) {
                if (medians == null) {
                    medians = medianSource.get().clone();
                    medianSource = null; // let the training data go
                }
                m = medians;
            }
        }
        return m;
    }

    @Override
    public List<Weight> weights() {
        return model.weights();
    }

    @Override
    public ModelState state() {
        ModelState s = model.state();
        s.add("pipeline", "inputs", inputNames);
        s.addNumbers("pipeline", "medians", medians());
        s.addNumbers("pipeline", "kept", java.util.Arrays.stream(kept).asDoubleStream().toArray());
        for (String t : trace) {
            s.add("pipeline", "step", t);
        }
        return s;
    }

    /**
     * Rebuilds a pipeline saved by {@link #state()}.
     *
     * @param types resolves the model type id recorded in the file
     */
    public static FittedPipeline restore(ModelState s, Function<String, ModelType> types) {
        ModelType type = types.apply(s.typeId());
        if (type == null) {
            throw new IllegalArgumentException("saved model needs model type '" + s.typeId() + "', which is not installed");
        }
        String[] in = s.one("pipeline", "inputs");
        String[] names = java.util.Arrays.copyOfRange(in, 2, in.length);
        double[] med = ModelState.numbers(s.one("pipeline", "medians"));
        int[] kept = java.util.Arrays.stream(ModelState.numbers(s.one("pipeline", "kept"))).mapToInt(d -> (int) d).toArray();
        List<String> trace = s.all("pipeline").stream().filter(r -> r[1].equals("step")).map(r -> r[2]).toList();
        return new FittedPipeline(names, () -> med, kept, type.restore(s), trace);
    }
}
