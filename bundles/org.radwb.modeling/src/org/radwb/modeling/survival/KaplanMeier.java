package org.radwb.modeling.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Kaplan-Meier estimate of the survival function with Greenwood's variance and a log-transformed confidence
 * band, as R's {@code survfit(conf.type = "log")}: one step per distinct time (event or censoring).
 */
public final class KaplanMeier {

    /** One row of the estimate: S(t) just after time t. */
    public record Step(double time, int atRisk, int events, int censored, double survival, double standardErrorLog,
            double lower, double upper) {
    }

    private final List<Step> steps;

    private KaplanMeier(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Fits the curve; {@code level} is the confidence level of the band (e.g. 0.95). */
    public static KaplanMeier fit(double[] time, boolean[] event, double level) {
        int n = time.length;
        if (event.length != n) {
            throw new IllegalArgumentException("time has " + n + " values but event has " + event.length);
        }
        if (n == 0) {
            throw new IllegalArgumentException("Kaplan-Meier needs at least one case");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (!(time[i] >= 0) || !Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time at index " + i + " is " + time[i] + ", expected a finite value >= 0");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        List<Step> steps = new ArrayList<>();
        double s = 1;
        double greenwood = 0;
        int atRisk = n;
        int k = 0;
        while (k < n) {
            double t = time[order[k]];
            int d = 0;
            int c = 0;
            while (k < n && time[order[k]] == t) {
                if (event[order[k]]) {
                    d++;
                } else {
                    c++;
                }
                k++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                // Greenwood term; undefined when everybody at risk fails (survival drops to 0)
                greenwood += atRisk > d ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
            }
            double se = Math.sqrt(greenwood);
            double lower = s > 0 && Double.isFinite(se) ? s * Math.exp(-z * se) : Double.NaN;
            double upper = s > 0 && Double.isFinite(se) ? Math.min(1, s * Math.exp(z * se)) : Double.NaN;
            steps.add(new Step(t, atRisk, d, c, s, se, lower, upper));
            atRisk -= d + c;
        }
        return new KaplanMeier(steps);
    }

    /** The steps in time order. */
    public List<Step> steps() {
        return steps;
    }

    /** S(t): the estimate at time t (1 before the first step). */
    public double survivalAt(double t) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** The median survival time (first time S drops to 0.5 or below), NaN if not reached. */
    public double median() {
        for (Step step : steps) {
            if (step.survival() <= 0.5) {
                return step.time();
            }
        }
        return Double.NaN;
    }
}
