package org.radwb.extraction.intensity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IBSI-1 intensity-volume histogram features (family P88C). The IVH runs over the discrete intensities
 * {@code xmin, xmin + step, ..., xmax}; {@code xmin}/{@code xmax} are the re-segmentation range when one is set,
 * otherwise the ROI's minimum and maximum.
 */
public final class IntensityVolumeHistogram {

    private IntensityVolumeHistogram() {
    }

    /**
     * @param values discretised intensities of the intensity mask (multiples of {@code step} from {@code xmin})
     */
    public static Map<String, Double> compute(double[] values, double xmin, double xmax, double step) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        int levels = (int) Math.round((xmax - xmin) / step) + 1;
        Map<String, Double> f = new LinkedHashMap<>();
        // nu(i): fraction of voxels with intensity >= X_i; gamma(i) = (X_i - xmin) / (xmax - xmin)
        double[] x = new double[levels], nu = new double[levels], gamma = new double[levels];
        int below = 0;
        for (int i = 0; i < levels; i++) {
            x[i] = xmin + i * step;
            while (below < n && s[below] < x[i] - step * 1e-6) {
                below++;
            }
            nu[i] = 1 - (double) below / n;
            gamma[i] = levels == 1 ? 0 : (x[i] - xmin) / (xmax - xmin);
        }
        f.put("ivh.V10", volumeAt(gamma, nu, 0.10));
        f.put("ivh.V90", volumeAt(gamma, nu, 0.90));
        f.put("ivh.I10", intensityAt(x, nu, 0.10));
        f.put("ivh.I90", intensityAt(x, nu, 0.90));
        f.put("ivh.V10minusV90", f.get("ivh.V10") - f.get("ivh.V90"));
        f.put("ivh.I10minusI90", f.get("ivh.I10") - f.get("ivh.I90"));
        return f;
    }

    /** Volume fraction at the first intensity whose fraction gamma is at least g. */
    private static double volumeAt(double[] gamma, double[] nu, double g) {
        for (int i = 0; i < gamma.length; i++) {
            if (gamma[i] >= g - 1e-12) {
                return nu[i];
            }
        }
        return 0;
    }

    /** Lowest intensity whose volume fraction is at most v. */
    private static double intensityAt(double[] x, double[] nu, double v) {
        for (int i = 0; i < x.length; i++) {
            if (nu[i] <= v + 1e-12) {
                return x[i];
            }
        }
        return x[x.length - 1] + (x.length > 1 ? x[1] - x[0] : 1);
    }
}
