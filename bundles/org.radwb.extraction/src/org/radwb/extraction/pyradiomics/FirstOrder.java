package org.radwb.extraction.pyradiomics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.radwb.extraction.intensity.Percentiles;

/** PyRadiomics 3.1 {@code firstorder} class (its names, definitions and edge cases). */
public final class FirstOrder {

    /** The 18 features enabled by default, in PyRadiomics' (alphabetical) order. */
    public static final String[] DEFAULT_FEATURES = { "10Percentile", "90Percentile", "Energy", "Entropy",
            "InterquartileRange", "Kurtosis", "Maximum", "Mean", "MeanAbsoluteDeviation", "Median", "Minimum", "Range",
            "RobustMeanAbsoluteDeviation", "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity", "Variance" };

    private FirstOrder() {
    }

    /**
     * @param x         intensities of the ROI voxels
     * @param levels    their discretised grey levels (binWidth/binCount as PyRadiomics bins)
     * @param ng        highest grey level
     * @param shift     voxelArrayShift
     * @param voxelVolume mm³ per voxel
     */
    public static Map<String, Double> compute(double[] x, int[] levels, int ng, double shift, double voxelVolume) {
        int n = x.length;
        double[] s = x.clone();
        Arrays.sort(s);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double energy = 0, m2 = 0, m3 = 0, m4 = 0, mad = 0;
        for (double v : x) {
            energy += (v + shift) * (v + shift);
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double[] p = new double[ng + 1];
        for (int l : levels) {
            p[l]++;
        }
        double entropy = 0, uniformity = 0;
        double eps = Math.ulp(1.0); // numpy.spacing(1)
        for (int i = 1; i <= ng; i++) {
            double pi = p[i] / n;
            entropy -= pi * Math.log(pi + eps) / Math.log(2);
            uniformity += pi * pi;
        }
        double p10 = Percentiles.of(s, 10), p90 = Percentiles.of(s, 90);
        double rmean = 0;
        int rn = 0;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rmean += v;
                rn++;
            }
        }
        rmean /= rn;
        double rmad = 0;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rmad += Math.abs(v - rmean);
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("10Percentile", p10);
        f.put("90Percentile", p90);
        f.put("Energy", energy);
        f.put("Entropy", entropy);
        f.put("InterquartileRange", Percentiles.of(s, 75) - Percentiles.of(s, 25));
        f.put("Kurtosis", m2 == 0 ? 0 : m4 / (m2 * m2));
        f.put("Maximum", s[n - 1]);
        f.put("Mean", mean);
        f.put("MeanAbsoluteDeviation", mad / n);
        f.put("Median", Percentiles.of(s, 50));
        f.put("Minimum", s[0]);
        f.put("Range", s[n - 1] - s[0]);
        f.put("RobustMeanAbsoluteDeviation", rmad / rn);
        f.put("RootMeanSquared", Math.sqrt(energy / n));
        f.put("Skewness", m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5));
        f.put("StandardDeviation", Math.sqrt(m2));
        f.put("TotalEnergy", voxelVolume * energy);
        f.put("Uniformity", uniformity);
        f.put("Variance", m2);
        return f;
    }
}
