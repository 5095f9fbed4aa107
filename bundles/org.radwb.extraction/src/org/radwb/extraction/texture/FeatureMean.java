package org.radwb.extraction.texture;

/** Running mean of feature vectors that skips absent vectors and NaN entries (like numpy.nanmean). */
final class FeatureMean {

    private final double[] sum;
    private final int[] n;

    FeatureMean(int size) {
        sum = new double[size];
        n = new int[size];
    }

    /** Adds a feature vector; null (empty matrix) is ignored. */
    void add(double[] f) {
        if (f == null) {
            return;
        }
        for (int i = 0; i < sum.length; i++) {
            if (!Double.isNaN(f[i])) {
                sum[i] += f[i];
                n[i]++;
            }
        }
    }

    /** @return the means (NaN where nothing was added) */
    double[] mean() {
        double[] m = new double[sum.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return m;
    }
}
