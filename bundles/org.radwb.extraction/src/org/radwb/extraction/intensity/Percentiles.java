package org.radwb.extraction.intensity;

/** Percentiles of sorted data with linear interpolation between order statistics (R type 7, numpy's default). */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param sorted ascending data; @param p in [0, 100] */
    public static double of(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
