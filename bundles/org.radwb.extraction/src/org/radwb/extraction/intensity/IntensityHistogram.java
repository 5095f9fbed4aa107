package org.radwb.extraction.intensity;

import java.util.Map;

/** IBSI-1 intensity histogram features (family ZVCW, tags {@code ih.*}) of discretised grey levels 1..ng. */
public final class IntensityHistogram {

    private IntensityHistogram() {
    }

    public static Map<String, Double> compute(int[] levels, int ng) {
        double[] x = new double[levels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = levels[i];
        }
        Map<String, Double> f = IntensityStatistics.compute(x, "ih");
        double[] p = new double[ng + 1];
        for (int l : levels) {
            p[l]++;
        }
        double entropy = 0, uniformity = 0;
        for (int i = 1; i <= ng; i++) {
            p[i] /= levels.length;
            if (p[i] > 0) {
                entropy -= p[i] * Math.log(p[i]) / Math.log(2);
            }
            uniformity += p[i] * p[i];
        }
        f.put("ih.entropy", entropy);
        f.put("ih.uniformity", uniformity);
        // histogram gradient over grey levels 1..ng (counts), central differences inside, one-sided at the ends
        double[] h = new double[ng + 2];
        for (int l : levels) {
            h[l]++;
        }
        double maxG = Double.NEGATIVE_INFINITY, minG = Double.POSITIVE_INFINITY;
        int maxL = 1, minL = 1;
        for (int i = 1; i <= ng; i++) {
            double g;
            if (ng == 1) {
                g = 0;
            } else if (i == 1) {
                g = h[2] - h[1];
            } else if (i == ng) {
                g = h[ng] - h[ng - 1];
            } else {
                g = (h[i + 1] - h[i - 1]) / 2;
            }
            if (g > maxG) {
                maxG = g;
                maxL = i;
            }
            if (g < minG) {
                minG = g;
                minL = i;
            }
        }
        f.put("ih.max.grad", maxG);
        f.put("ih.max.grad.gl", (double) maxL);
        f.put("ih.min.grad", minG);
        f.put("ih.min.grad.gl", (double) minL);
        return f;
    }
}
