package org.radwb.modeling.glmnet;

import java.util.Arrays;

/**
 * The Breslow partial likelihood of right-censored data, with its gradient and the diagonal of its Hessian
 * with respect to the linear predictor. The risk set of an event at time t is every case with time &gt;= t;
 * tied events share the same risk set (Breslow).
 */
public final class RiskSets {

    private final int n;
    private final int[] order; // ascending time
    private final double[] sortedTime;
    private final boolean[] sortedEvent;

    /** Prepares the risk sets of the given times and event flags. */
    public RiskSets(double[] time, boolean[] event) {
        this.n = time.length;
        Integer[] o = new Integer[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (a, b) -> Double.compare(time[a], time[b]));
        order = new int[n];
        sortedTime = new double[n];
        sortedEvent = new boolean[n];
        for (int k = 0; k < n; k++) {
            order[k] = o[k];
            sortedTime[k] = time[o[k]];
            sortedEvent[k] = event[o[k]];
        }
    }

    /**
     * Computes the log partial likelihood at {@code eta}, and fills {@code g} (gradient) and {@code h} (minus
     * the Hessian diagonal) per case.
     */
    public double derivatives(double[] eta, double[] g, double[] h) {
        double[] e = new double[n];
        double maxEta = Double.NEGATIVE_INFINITY;
        for (double v : eta) {
            maxEta = Math.max(maxEta, v);
        }
        for (int k = 0; k < n; k++) {
            e[k] = Math.exp(eta[order[k]] - maxEta); // shifted for stability; cancels in the ratios
        }
        // risk-set sums: S_k = sum over cases at or after position k; the first of a tied block holds the block's sum
        double[] riskSum = new double[n];
        double acc = 0;
        for (int k = n - 1; k >= 0; k--) {
            acc += e[k];
            riskSum[k] = acc;
        }
        double loglik = 0;
        double a = 0; // sum over events up to now of 1 / S
        double b = 0; // sum of 1 / S^2
        int k = 0;
        while (k < n) {
            int end = k;
            while (end < n && sortedTime[end] == sortedTime[k]) {
                end++;
            }
            double s = riskSum[k];
            for (int m = k; m < end; m++) {
                if (sortedEvent[m]) {
                    a += 1 / s;
                    b += 1 / (s * s);
                    loglik += eta[order[m]] - maxEta - Math.log(s);
                }
            }
            for (int m = k; m < end; m++) {
                int i = order[m];
                g[i] = (sortedEvent[m] ? 1 : 0) - e[m] * a;
                h[i] = e[m] * a - e[m] * e[m] * b;
            }
            k = end;
        }
        return loglik;
    }
}
