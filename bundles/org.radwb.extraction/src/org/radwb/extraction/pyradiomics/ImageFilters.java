package org.radwb.extraction.pyradiomics;

import org.radwb.imaging.Geometry;

/**
 * PyRadiomics' derived images (imageoperations.get*Image) on the whole image: Square, SquareRoot, Logarithm,
 * Exponential (each rescaled by max|x| as PyRadiomics does) and Gradient (SimpleITK GradientMagnitude: central
 * differences in mm, zero-flux boundary).
 */
public final class ImageFilters {

    private ImageFilters() {
    }

    static double maxAbs(float[] x) {
        double m = 0;
        for (float v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    public static float[] square(float[] x) {
        double c = 1 / Math.sqrt(maxAbs(x));
        float[] o = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = c * x[i];
            o[i] = (float) (v * v);
        }
        return o;
    }

    public static float[] squareRoot(float[] x) {
        double c = maxAbs(x);
        float[] o = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            o[i] = (float) (x[i] > 0 ? Math.sqrt(x[i] * c) : x[i] < 0 ? -Math.sqrt(-x[i] * c) : 0);
        }
        return o;
    }

    public static float[] logarithm(float[] x) {
        double max = maxAbs(x);
        double[] t = new double[x.length];
        double tmax = 0;
        for (int i = 0; i < x.length; i++) {
            t[i] = x[i] > 0 ? Math.log(x[i] + 1.0) : x[i] < 0 ? -Math.log(-(x[i] - 1.0)) : 0;
            tmax = Math.max(tmax, Math.abs(t[i]));
        }
        float[] o = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            o[i] = (float) (t[i] * (max / tmax));
        }
        return o;
    }

    public static float[] exponential(float[] x) {
        double max = maxAbs(x);
        double c = Math.log(max) / max;
        float[] o = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            o[i] = (float) Math.exp(c * x[i]);
        }
        return o;
    }

    public static float[] gradientMagnitude(float[] x, Geometry g) {
        int nx = g.nx(), ny = g.ny(), nz = g.nz();
        int[] n = { nx, ny, nz };
        int[] st = { 1, nx, nx * ny };
        float[] o = new float[x.length];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int p = i + nx * (j + ny * k);
                    int[] idx = { i, j, k };
                    double sum = 0;
                    for (int a = 0; a < 3; a++) {
                        if (n[a] == 1) {
                            continue;
                        }
                        int lo = idx[a] > 0 ? p - st[a] : p, hi = idx[a] < n[a] - 1 ? p + st[a] : p;
                        double d = (x[hi] - (double) x[lo]) / (2 * g.spacing(a));
                        sum += d * d;
                    }
                    o[p] = (float) Math.sqrt(sum);
                }
            }
        }
        return o;
    }
}
