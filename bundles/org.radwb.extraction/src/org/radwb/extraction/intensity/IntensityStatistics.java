package org.radwb.extraction.intensity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IBSI-1 intensity-based statistical features (family UHIW, tags {@code stat.*}) and, applied to discretised grey
 * levels, the shared part of the intensity histogram features (ZVCW, {@code ih.*}).
 */
public final class IntensityStatistics {

    private IntensityStatistics() {
    }

    /** @param x the intensities of the intensity mask; @param prefix "stat" or "ih" */
    public static Map<String, Double> compute(double[] x, String prefix) {
        Map<String, Double> f = new LinkedHashMap<>();
        int n = x.length;
        double[] s = x.clone();
        Arrays.sort(s);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0, energy = 0, mad = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
            energy += v * v;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double median = Percentiles.of(s, 50);
        double p10 = Percentiles.of(s, 10), p90 = Percentiles.of(s, 90), p25 = Percentiles.of(s, 25),
                p75 = Percentiles.of(s, 75);
        f.put(prefix + ".mean", mean);
        f.put(prefix + ".var", m2);
        // IBSI: a flat region has skewness and kurtosis 0 (0/0 defined as 0)
        f.put(prefix + ".skew", m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5));
        f.put(prefix + ".kurt", m2 == 0 ? 0 : m4 / (m2 * m2) - 3);
        f.put(prefix + ".median", median);
        f.put(prefix + ".min", s[0]);
        f.put(prefix + ".p10", p10);
        f.put(prefix + ".p90", p90);
        f.put(prefix + ".max", s[n - 1]);
        if (prefix.equals("ih")) {
            f.put("ih.mode", mode(s));
        }
        f.put(prefix + ".iqr", p75 - p25);
        f.put(prefix + ".range", s[n - 1] - s[0]);
        f.put(prefix + ".mad", mad / n);
        double rsum = 0, rmean = 0;
        int rn = 0;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rmean += v;
                rn++;
            }
        }
        rmean /= rn;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rsum += Math.abs(v - rmean);
            }
        }
        f.put(prefix + ".rmad", rsum / rn);
        double medad = 0;
        for (double v : x) {
            medad += Math.abs(v - median);
        }
        f.put(prefix + ".medad", medad / n);
        f.put(prefix + ".cov", Math.sqrt(m2) / mean);
        f.put(prefix + ".qcod", (p75 - p25) / (p75 + p25));
        if (prefix.equals("stat")) {
            f.put("stat.energy", energy);
            f.put("stat.rms", Math.sqrt(energy / n));
        }
        return f;
    }

    /** Most frequent value; the lowest one on ties. */
    private static double mode(double[] sorted) {
        double best = sorted[0];
        int bestCount = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }
}
