package org.radwb.extraction.pyradiomics;

import org.radwb.imaging.Geometry;

/**
 * PyRadiomics' derived images (imageoperations.get*Image) on the whole image: Square, SquareRoot, Logarithm,
 * Exponential (each rescaled by max|x| as PyRadiomics does), Gradient (SimpleITK GradientMagnitude: central
 * differences in mm, zero-flux boundary) and LoG (Laplacian of Gaussian in mm, normalised by sigma²).
 * <p>
 * LoG uses sampled Gaussian kernels (scipy.ndimage's definition: truncate 4 sigma, edge values extended), not
 * SimpleITK's recursive (IIR) approximation that PyRadiomics calls, so LoG values differ slightly from PyRadiomics'.
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
     * Laplacian of Gaussian with sigma in mm, times sigma² (scale normalisation), computed in the box
     * {@code lo..hi} (inclusive voxel bounds) plus the kernel radius; voxels outside the box are 0.
     */
    public static float[] laplacianOfGaussian(float[] x, Geometry g, double sigmaMm, int[] lo, int[] hi) {
        int[] n = g.dims();
        int[] radius = new int[3];
        double[][] k0 = new double[3][], k2 = new double[3][];
        for (int a = 0; a < 3; a++) {
            double sd = sigmaMm / g.spacing(a);
            radius[a] = (int) (4.0 * sd + 0.5);
            k0[a] = kernel(sd, radius[a], false);
            k2[a] = kernel(sd, radius[a], true);
        }
        int[] b0 = new int[3], bn = new int[3];
        for (int a = 0; a < 3; a++) {
            b0[a] = Math.max(0, lo[a] - radius[a]);
            bn[a] = Math.min(n[a] - 1, hi[a] + radius[a]) - b0[a] + 1;
        }
        int size = bn[0] * bn[1] * bn[2];
        double[] box = new double[size];
        for (int k = 0; k < bn[2]; k++) {
            for (int j = 0; j < bn[1]; j++) {
                for (int i = 0; i < bn[0]; i++) {
                    box[i + bn[0] * (j + bn[1] * k)] = x[g.index(i + b0[0], j + b0[1], k + b0[2])];
                }
            }
        }
        double[] sum = new double[size];
        for (int d = 0; d < 3; d++) {
            double[] t = box.clone();
            for (int a = 0; a < 3; a++) {
                t = convolve(t, bn, a, a == d ? k2[a] : k0[a], b0, n);
            }
            double s2 = g.spacing(d) * g.spacing(d);
            for (int q = 0; q < size; q++) {
                sum[q] += t[q] / s2;
            }
        }
        float[] out = new float[x.length];
        double norm = sigmaMm * sigmaMm;
        for (int k = 0; k < bn[2]; k++) {
            for (int j = 0; j < bn[1]; j++) {
                for (int i = 0; i < bn[0]; i++) {
                    out[g.index(i + b0[0], j + b0[1], k + b0[2])] = (float) (sum[i + bn[0] * (j + bn[1] * k)] * norm);
                }
            }
        }
        return out;
    }

    /** scipy.ndimage._gaussian_kernel1d for order 0 or 2: normalised samples, times (x² - sd²) / sd⁴ for order 2. */
    static double[] kernel(double sd, int radius, boolean second) {
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        for (int q = -radius; q <= radius; q++) {
            w[q + radius] = Math.exp(-0.5 * q * q / (sd * sd));
            sum += w[q + radius];
        }
        for (int q = -radius; q <= radius; q++) {
            w[q + radius] /= sum;
            if (second) {
                w[q + radius] *= (q * q - sd * sd) / (sd * sd * sd * sd);
            }
        }
        return w;
    }

    /**
     * 1D convolution along axis a of a box placed at {@code b0} in an image of size {@code n}; samples beyond the
     * image edge take the edge value (the box reaches the real edge whenever the kernel does).
     */
    private static double[] convolve(double[] in, int[] bn, int a, double[] w, int[] b0, int[] n) {
        int r = w.length / 2;
        int[] st = { 1, bn[0], bn[0] * bn[1] };
        double[] out = new double[in.length];
        int len = bn[a];
        for (int base = 0; base < in.length; base++) {
            if ((base / st[a]) % len != 0) {
                continue;
            }
            for (int q = 0; q < len; q++) {
                double acc = 0;
                for (int t = -r; t <= r; t++) {
                    int idx = q + t;
                    if (idx < 0) {
                        idx = 0; // image edge (box starts there when the kernel would leave the image) or box edge
                    } else if (idx >= len) {
                        idx = len - 1;
                    }
                    acc += w[t + r] * in[base + idx * st[a]];
                }
                out[base + q * st[a]] = acc;
            }
        }
        return out;
    }
}
