package org.radwb.modeling.survival;

import java.util.Arrays;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The log-rank test of equal survival across groups (Mantel 1966), as R's {@code survdiff(rho = 0)}:
 * chi-square on {@code groups - 1} degrees of freedom from observed minus expected events and the
 * hypergeometric variance.
 *
 * @param chiSquare the test statistic
 * @param degreesOfFreedom number of groups minus one
 * @param pValue upper-tail p-value
 * @param observed observed events per group (groups in ascending label order)
 * @param expected expected events per group
 */
public record LogRankTest(double chiSquare, int degreesOfFreedom, double pValue, double[] observed, double[] expected) {

    /** Compares the groups labelled by {@code group} (any integer labels, at least two distinct). */
    public static LogRankTest of(double[] time, boolean[] event, int[] group) {
        int n = time.length;
        if (event.length != n || group.length != n) {
            throw new IllegalArgumentException("time, event and group must have the same length");
        }
        int[] labels = new TreeSet<>(Arrays.stream(group).boxed().toList()).stream().mapToInt(Integer::intValue).toArray();
        int g = labels.length;
        if (g < 2) {
            throw new IllegalArgumentException("the log-rank test needs at least two groups, got " + g);
        }
        int[] gi = new int[n];
        for (int i = 0; i < n; i++) {
            gi[i] = Arrays.binarySearch(labels, group[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));
        double[] atRisk = new double[g];
        for (int i = 0; i < n; i++) {
            atRisk[gi[i]]++;
        }
        double[] obs = new double[g];
        double[] exp = new double[g];
        double[][] v = new double[g][g];
        int k = 0;
        while (k < n) {
            double t = time[order[k]];
            double[] d = new double[g];
            double[] leaving = new double[g];
            while (k < n && time[order[k]] == t) {
                int idx = order[k];
                if (event[idx]) {
                    d[gi[idx]]++;
                }
                leaving[gi[idx]]++;
                k++;
            }
            double dTotal = Arrays.stream(d).sum();
            double nTotal = Arrays.stream(atRisk).sum();
            if (dTotal > 0 && nTotal > 1) {
                double factor = dTotal * (nTotal - dTotal) / (nTotal - 1);
                for (int a = 0; a < g; a++) {
                    obs[a] += d[a];
                    exp[a] += dTotal * atRisk[a] / nTotal;
                    for (int b = 0; b < g; b++) {
                        double delta = a == b ? 1 : 0;
                        v[a][b] += factor * atRisk[a] / nTotal * (delta - atRisk[b] / nTotal);
                    }
                }
            } else if (dTotal > 0) {
                for (int a = 0; a < g; a++) {
                    obs[a] += d[a];
                    exp[a] += dTotal * atRisk[a] / nTotal;
                }
            }
            for (int a = 0; a < g; a++) {
                atRisk[a] -= leaving[a];
            }
        }
        // drop the last group: the full variance matrix is singular
        RealMatrix vm = new Array2DRowRealMatrix(g - 1, g - 1);
        double[] diff = new double[g - 1];
        for (int a = 0; a < g - 1; a++) {
            diff[a] = obs[a] - exp[a];
            for (int b = 0; b < g - 1; b++) {
                vm.setEntry(a, b, v[a][b]);
            }
        }
        double chi = new ArrayRealVector(diff)
                .dotProduct(new LUDecomposition(vm).getSolver().solve(new ArrayRealVector(diff)));
        double p = 1 - new ChiSquaredDistribution(g - 1).cumulativeProbability(chi);
        return new LogRankTest(chi, g - 1, p, obs, exp);
    }
}
