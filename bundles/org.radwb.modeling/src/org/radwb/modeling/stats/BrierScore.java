package org.radwb.modeling.stats;

/** The Brier score: mean squared difference between predicted probability and the 0/1 outcome. */
public final class BrierScore {

    private BrierScore() {
    }

    /** Computes the Brier score. */
    public static double of(double[] outcome, double[] probability) {
        Checks.sameLength(outcome, probability, "outcome", "probability");
        double s = 0;
        for (int i = 0; i < outcome.length; i++) {
            Checks.binary(outcome[i], i);
            Checks.probability(probability[i], i);
            double d = probability[i] - outcome[i];
            s += d * d;
        }
        return s / outcome.length;
    }
}
