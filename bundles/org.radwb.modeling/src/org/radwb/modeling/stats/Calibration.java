package org.radwb.modeling.stats;

/**
 * Logistic recalibration of predicted probabilities (Cox 1958; Van Calster et al. 2016).
 * <ul>
 * <li>calibration-in-the-large: the intercept {@code a} of {@code logit P(y) = a + logit(p)} (slope fixed at 1),
 * 0 when ideal;</li>
 * <li>calibration slope: {@code b} of {@code logit P(y) = a' + b logit(p)}, 1 when ideal; {@code a'} is the
 * intercept rms's {@code val.prob} reports.</li>
 * </ul>
 * Probabilities are clipped to [1e-12, 1 - 1e-12] before the logit so that 0 and 1 do not give infinities.
 *
 * @param inTheLarge calibration-in-the-large (offset model intercept)
 * @param slope calibration slope
 * @param jointIntercept intercept of the two-parameter recalibration model
 */
public record Calibration(double inTheLarge, double slope, double jointIntercept) {

    /** Fits both recalibration models by Newton-Raphson. */
    public static Calibration of(double[] outcome, double[] probability) {
        Checks.sameLength(outcome, probability, "outcome", "probability");
        int n = outcome.length;
        double[] lp = new double[n];
        for (int i = 0; i < n; i++) {
            Checks.binary(outcome[i], i);
            Checks.probability(probability[i], i);
            double p = Math.min(1 - 1e-12, Math.max(1e-12, probability[i]));
            lp[i] = Math.log(p / (1 - p));
        }
        // offset model: one parameter
        double a = 0;
        for (int it = 0; it < 100; it++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-(a + lp[i])));
                g += outcome[i] - p;
                h += p * (1 - p);
            }
            double step = g / h;
            a += step;
            if (Math.abs(step) < 1e-12) {
                break;
            }
        }
        // two-parameter model
        double b0 = 0;
        double b1 = 1;
        for (int it = 0; it < 100; it++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-(b0 + b1 * lp[i])));
                double r = outcome[i] - p;
                double w = p * (1 - p);
                g0 += r;
                g1 += r * lp[i];
                h00 += w;
                h01 += w * lp[i];
                h11 += w * lp[i] * lp[i];
            }
            double det = h00 * h11 - h01 * h01;
            if (!(det > 0)) {
                throw new IllegalArgumentException("calibration slope is undefined: predictions are constant or separate the outcome");
            }
            double d0 = (h11 * g0 - h01 * g1) / det;
            double d1 = (h00 * g1 - h01 * g0) / det;
            b0 += d0;
            b1 += d1;
            if (Math.abs(d0) + Math.abs(d1) < 1e-12) {
                break;
            }
        }
        return new Calibration(a, b1, b0);
    }
}
