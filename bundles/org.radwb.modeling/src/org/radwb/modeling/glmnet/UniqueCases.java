package org.radwb.modeling.glmnet;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The distinct cases of a training set with their multiplicities. A case repeats when the same row array appears
 * again with the same outcome, as in a bootstrap resample (which draws rows by reference); fitting each distinct case
 * once with its count as weight gives the same penalized likelihood with fewer rows to sweep.
 */
final class UniqueCases {

    final double[][] x;
    final double[] y;
    final double[] weight;

    private UniqueCases(double[][] x, double[] y, double[] weight) {
        this.x = x;
        this.y = y;
        this.weight = weight;
    }

    /** Groups identical (row array, outcome) pairs, keeping the order of first appearance. */
    static UniqueCases of(double[][] x, double[] y) {
        int n = x.length;
        Map<double[], Integer> zeros = new IdentityHashMap<>();
        Map<double[], Integer> ones = new IdentityHashMap<>();
        double[][] ux = new double[n][];
        double[] uy = new double[n];
        double[] w = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Map<double[], Integer> seen = y[i] == 1 ? ones : zeros;
            Integer u = seen.get(x[i]);
            if (u == null) {
                seen.put(x[i], m);
                ux[m] = x[i];
                uy[m] = y[i];
                w[m++] = 1;
            } else {
                w[u]++;
            }
        }
        if (m == n) {
            return new UniqueCases(x, y, w);
        }
        return new UniqueCases(java.util.Arrays.copyOf(ux, m), java.util.Arrays.copyOf(uy, m), java.util.Arrays.copyOf(w, m));
    }
}
