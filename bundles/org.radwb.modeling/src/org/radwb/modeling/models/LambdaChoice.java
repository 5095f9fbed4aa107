package org.radwb.modeling.models;

import org.radwb.modeling.glmnet.CrossValidatedElasticNet;

/** The {@code lambda} parameter of the penalized models: {@code cv-min}, {@code cv-1se} or a fixed number. */
record LambdaChoice(CrossValidatedElasticNet.Rule rule, double fixed) {

    static LambdaChoice parse(String text) {
        return switch (text) {
            case "cv-min" -> new LambdaChoice(CrossValidatedElasticNet.Rule.MIN, Double.NaN);
            case "cv-1se" -> new LambdaChoice(CrossValidatedElasticNet.Rule.ONE_SE, Double.NaN);
            default -> {
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter 'lambda' is '" + text + "', expected cv-min, cv-1se or a number >= 0", e);
                }
                if (!(v >= 0)) {
                    throw new IllegalArgumentException("parameter 'lambda' is " + v + ", expected a number >= 0");
                }
                yield new LambdaChoice(null, v);
            }
        };
    }

    boolean crossValidated() {
        return rule != null;
    }
}
