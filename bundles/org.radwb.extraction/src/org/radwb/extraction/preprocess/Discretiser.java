package org.radwb.extraction.preprocess;

/**
 * Grey-level discretisation (IBSI 2.7) in both conventions:
 * <ul>
 * <li>IBSI fixed bin number: {@code floor(ng (x - min) / (max - min)) + 1}, the maximum in bin ng;</li>
 * <li>IBSI fixed bin size: {@code floor((x - lower) / w) + 1}, lower = re-segmentation lower bound if set, else
 * the ROI minimum;</li>
 * <li>PyRadiomics binWidth: edges {@code lowBound + k w} with {@code lowBound = min - (min mod w)}, i.e. bins aligned
 * to multiples of w (numpy.digitize);</li>
 * <li>PyRadiomics binCount: numpy.histogram edges (linspace over [min, max], last edge + 1) and numpy.digitize.</li>
 * </ul>
 */
public final class Discretiser {

    /** The result: a grey level per value (1..ng) and ng. */
    public record Result(int[] levels, int ng) {
    }

    private Discretiser() {
    }

    public static Result ibsiFixedBinNumber(double[] x, int bins) {
        double min = min(x), max = max(x);
        int[] l = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            l[i] = max == min ? 1 : Math.min(bins, (int) Math.floor(bins * (x[i] - min) / (max - min)) + 1);
        }
        return new Result(l, bins);
    }

    /** @param lower the re-segmentation lower bound, or NaN to use the ROI minimum */
    public static Result ibsiFixedBinSize(double[] x, double width, double lower) {
        double lo = Double.isNaN(lower) ? min(x) : lower;
        int[] l = new int[x.length];
        int ng = 1;
        for (int i = 0; i < x.length; i++) {
            l[i] = (int) Math.floor((x[i] - lo) / width) + 1;
            if (l[i] < 1) {
                l[i] = 1; // below the range bound: cannot happen after re-segmentation, guard anyway
            }
            ng = Math.max(ng, l[i]);
        }
        return new Result(l, ng);
    }

    public static Result pyradiomicsBinWidth(double[] x, double width) {
        double min = min(x), max = max(x);
        double low = min - floorMod(min, width);
        double high = max + 2 * width;
        int nEdges = (int) Math.ceil((high - low) / width); // numpy.arange(low, high, width)
        double[] edges;
        if (nEdges == 1) {
            edges = new double[] { low - 0.5, low + 0.5 };
        } else {
            edges = new double[nEdges];
            for (int k = 0; k < nEdges; k++) {
                edges[k] = low + k * width;
            }
        }
        return digitize(x, edges);
    }

    public static Result pyradiomicsBinCount(double[] x, int bins) {
        double min = min(x), max = max(x);
        if (min == max) { // numpy.histogram widens a flat range to [min - 0.5, max + 0.5]
            min -= 0.5;
            max += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (max - min) / bins;
        for (int k = 0; k <= bins; k++) {
            edges[k] = min + k * step;
        }
        edges[bins] = max + 1;
        return digitize(x, edges);
    }

    /** numpy.digitize(x, edges) (right=False): the number of edges &lt;= x. */
    private static Result digitize(double[] x, double[] edges) {
        int[] l = new int[x.length];
        int ng = 1;
        for (int i = 0; i < x.length; i++) {
            int lo = 0, hi = edges.length; // first edge > x
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= x[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            l[i] = lo;
            ng = Math.max(ng, lo);
        }
        return new Result(l, ng);
    }

    /** Python's float modulo (result has the sign of the divisor). */
    static double floorMod(double a, double b) {
        double r = a % b;
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r;
    }

    static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
