package org.radwb.modeling.models;

import java.util.ArrayList;
import java.util.List;

import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelState;

/**
 * A fitted linear model: logistic (probability = logistic of the linear predictor) or Cox (risk score = linear
 * predictor). Coefficients are on the original scale of the predictors.
 */
public final class LinearModel implements FittedModel {

    private final String typeId;
    private final String[] names;
    private final double intercept;
    private final double[] beta;
    /** indices of the non-zero coefficients, ascending (a lasso zeroes most) */
    private final int[] nonZero;
    private final boolean logistic;
    private final double lambda;

    /**
     * @param logistic true for a logistic model, false for a Cox model (no intercept, risk = linear predictor)
     * @param lambda the penalty the coefficients were fitted with (recorded for the report)
     */
    public LinearModel(String typeId, String[] names, double intercept, double[] beta, boolean logistic, double lambda) {
        if (names.length != beta.length) {
            throw new IllegalArgumentException(names.length + " names for " + beta.length + " coefficients");
        }
        this.typeId = typeId;
        this.names = names.clone();
        this.intercept = intercept;
        this.beta = beta.clone();
        this.nonZero = java.util.stream.IntStream.range(0, beta.length).filter(j -> beta[j] != 0).toArray();
        this.logistic = logistic;
        this.lambda = lambda;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    @Override
    public String[] featureNames() {
        return names.clone();
    }

    /** The penalty used. */
    public double lambda() {
        return lambda;
    }

    /** The linear predictor of each row. */
    public double[] linearPredictor(double[][] x) {
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != beta.length) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " predictors, the model expects " + beta.length);
            }
            double e = intercept;
            double[] xi = x[i];
            for (int j : nonZero) {
                e += beta[j] * xi[j];
            }
            eta[i] = e;
        }
        return eta;
    }

    @Override
    public double[] predict(double[][] x) {
        double[] eta = linearPredictor(x);
        if (logistic) {
            for (int i = 0; i < eta.length; i++) {
                eta[i] = 1 / (1 + Math.exp(-eta[i]));
            }
        }
        return eta;
    }

    @Override
    public List<Weight> weights() {
        List<Weight> w = new ArrayList<>();
        if (logistic) {
            w.add(new Weight("(Intercept)", intercept, "coefficient"));
        }
        for (int j = 0; j < beta.length; j++) {
            if (beta[j] != 0) {
                w.add(new Weight(names[j], beta[j], "coefficient"));
            }
        }
        return w;
    }

    @Override
    public ModelState state() {
        ModelState s = ModelState.of(typeId).add("linear", "link", logistic ? "logit" : "cox")
                .addNumbers("linear", "lambda", lambda).addNumbers("linear", "intercept", intercept);
        for (int j = 0; j < beta.length; j++) {
            s.addNumbers("coefficient", names[j], beta[j]);
        }
        return s;
    }

    /** Rebuilds a model saved by {@link #state()}. */
    public static LinearModel restore(ModelState s) {
        List<String[]> coef = s.all("coefficient");
        String[] names = new String[coef.size()];
        double[] beta = new double[coef.size()];
        for (int j = 0; j < names.length; j++) {
            names[j] = coef.get(j)[1];
            beta[j] = Double.parseDouble(coef.get(j)[2]);
        }
        return new LinearModel(s.typeId(), names, Double.parseDouble(s.value("linear", "intercept")), beta,
                s.value("linear", "link").equals("logit"), Double.parseDouble(s.value("linear", "lambda")));
    }
}
