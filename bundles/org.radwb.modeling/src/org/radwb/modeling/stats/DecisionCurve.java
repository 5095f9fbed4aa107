package org.radwb.modeling.stats;

/**
 * Decision-curve analysis (Vickers and Elkin 2006): net benefit of treating the cases whose predicted
 * probability is at least the threshold probability {@code pt}:
 * {@code NB = TP/n - FP/n * pt / (1 - pt)}, compared with treating everybody and treating nobody (NB = 0).
 */
public final class DecisionCurve {

    private DecisionCurve() {
    }

    /** One point of the curve. */
    public record Point(double threshold, double netBenefit, double netBenefitTreatAll) {
    }

    /** Net benefit of the model at one threshold probability in (0, 1). */
    public static double netBenefit(double[] outcome, double[] probability, double threshold) {
        checkThreshold(threshold);
        Checks.sameLength(outcome, probability, "outcome", "probability");
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < outcome.length; i++) {
            Checks.binary(outcome[i], i);
            Checks.probability(probability[i], i);
            if (probability[i] >= threshold) {
                if (outcome[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        int n = outcome.length;
        return (double) tp / n - (double) fp / n * threshold / (1 - threshold);
    }

    /** Net benefit of treating everybody at one threshold probability. */
    public static double netBenefitTreatAll(double[] outcome, double threshold) {
        checkThreshold(threshold);
        double prevalence = 0;
        for (double y : outcome) {
            prevalence += y;
        }
        prevalence /= outcome.length;
        return prevalence - (1 - prevalence) * threshold / (1 - threshold);
    }

    /** The curve at each threshold. */
    public static Point[] curve(double[] outcome, double[] probability, double[] thresholds) {
        Point[] points = new Point[thresholds.length];
        for (int i = 0; i < thresholds.length; i++) {
            points[i] = new Point(thresholds[i], netBenefit(outcome, probability, thresholds[i]),
                    netBenefitTreatAll(outcome, thresholds[i]));
        }
        return points;
    }

    private static void checkThreshold(double t) {
        if (!(t > 0 && t < 1)) {
            throw new IllegalArgumentException("threshold probability " + t + " must lie strictly between 0 and 1");
        }
    }
}
