package org.radwb.extraction.pyradiomics;

import org.radwb.imaging.Geometry;

/**
 * PyRadiomics' derived images (imageoperations.get*Image) on the whole image: Square, SquareRoot, Logarithm,
 * Exponential (each rescaled by max|x| as PyRadiomics does), Gradient (SimpleITK GradientMagnitude: central
 * differences in mm, zero-flux boundary) and LoG (Laplacian of Gaussian in mm, normalised by sigma²).
 * <p>
 * LoG is SimpleITK's LaplacianRecursiveGaussianImageFilter (what PyRadiomics calls): per axis d, the recursive
 * second derivative along d, recursive smoothing along the other axes, divided by the spacing² of d, summed.
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

    /**
     * Laplacian of Gaussian with sigma in mm, scale-normalised (times sigma²), as SimpleITK computes it. Computed in
     * the box {@code lo..hi} (inclusive voxel bounds) widened by 30 sigma (where the recursive filters' responses
     * have decayed below 1e-15) or to the image edge; voxels outside the computed box are 0.
     */
    public static float[] laplacianOfGaussian(float[] x, Geometry g, double sigmaMm, int[] lo, int[] hi) {
        int[] n = g.dims();
        for (int a = 0; a < 3; a++) {
            if (n[a] < 4) {
                throw new IllegalArgumentException("LoG needs at least 4 voxels along every axis (SimpleITK's recursive "
                        + "Gaussian); axis " + a + " has " + n[a]);
            }
        }
        int[] b0 = new int[3], bn = new int[3];
        for (int a = 0; a < 3; a++) {
            int m = (int) Math.ceil(30 * sigmaMm / g.spacing(a)) + 4;
            b0[a] = Math.max(0, lo[a] - m);
            bn[a] = Math.min(n[a] - 1, hi[a] + m) - b0[a] + 1;
            if (bn[a] < 4) { // keep SimpleITK's minimum line length
                b0[a] = Math.max(0, Math.min(b0[a], n[a] - 4));
                bn[a] = Math.min(n[a], 4);
            }
        }
        int size = bn[0] * bn[1] * bn[2];
        float[] box = new float[size];
        for (int k = 0; k < bn[2]; k++) {
            for (int j = 0; j < bn[1]; j++) {
                for (int i = 0; i < bn[0]; i++) {
                    box[i + bn[0] * (j + bn[1] * k)] = x[g.index(i + b0[0], j + b0[1], k + b0[2])];
                }
            }
        }
        float[] acc = new float[size];
        for (int d = 0; d < 3; d++) {
            float[] t = recursive(box, bn, d, new RecursiveGaussian(sigmaMm, g.spacing(d), 2));
            for (int a = 0; a < 3; a++) {
                if (a != d) {
                    t = recursive(t, bn, a, new RecursiveGaussian(sigmaMm, g.spacing(a), 0));
                }
            }
            double inv = 1.0 / (g.spacing(d) * g.spacing(d));
            for (int q = 0; q < size; q++) {
                acc[q] = (float) (acc[q] + t[q] * inv); // ITK accumulates in float images
            }
        }
        float[] out = new float[x.length];
        for (int k = 0; k < bn[2]; k++) {
            for (int j = 0; j < bn[1]; j++) {
                for (int i = 0; i < bn[0]; i++) {
                    out[g.index(i + b0[0], j + b0[1], k + b0[2])] = acc[i + bn[0] * (j + bn[1] * k)];
                }
            }
        }
        return out;
    }

    /** One recursive pass along axis a, computed in double per line, stored as float (SimpleITK's float images). */
    private static float[] recursive(float[] in, int[] bn, int a, RecursiveGaussian f) {
        int[] st = { 1, bn[0], bn[0] * bn[1] };
        int len = bn[a];
        double[] line = new double[len], res = new double[len], tmp = new double[len];
        float[] out = new float[in.length];
        for (int base = 0; base < in.length; base++) {
            if ((base / st[a]) % len != 0) {
                continue;
            }
            for (int q = 0; q < len; q++) {
                line[q] = in[base + q * st[a]];
            }
            f.filter(line, res, tmp, len);
            for (int q = 0; q < len; q++) {
                out[base + q * st[a]] = (float) res[q];
            }
        }
        return out;
    }

}
