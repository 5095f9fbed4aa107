package org.radwb.extraction.preprocess;

/**
 * Cubic B-spline interpolation: separable recursive prefilter (pole sqrt(3) - 2, mirror boundary as in Unser's
 * algorithm) followed by evaluation with the cubic B-spline kernel; samples outside use the nearest edge.
 */
final class BSpline {

    private static final double POLE = Math.sqrt(3) - 2;

    private BSpline() {
    }

    static float[] prefilter(int nx, int ny, int nz, float[] data) {
        double[] c = new double[data.length];
        for (int p = 0; p < data.length; p++) {
            c[p] = data[p];
        }
        int[] dims = { nx, ny, nz };
        int[] strides = { 1, nx, nx * ny };
        for (int axis = 0; axis < 3; axis++) {
            int n = dims[axis];
            if (n < 2) {
                continue;
            }
            double[] line = new double[n];
            int stride = strides[axis];
            for (int base = 0; base < data.length; base++) {
                if ((base / stride) % n != 0) {
                    continue; // only line starts
                }
                for (int q = 0; q < n; q++) {
                    line[q] = c[base + q * stride];
                }
                filterLine(line);
                for (int q = 0; q < n; q++) {
                    c[base + q * stride] = line[q];
                }
            }
        }
        float[] out = new float[c.length];
        for (int p = 0; p < c.length; p++) {
            out[p] = (float) c[p];
        }
        return out;
    }

    /** In-place conversion of samples to B-spline coefficients (gain 6, causal + anti-causal passes). */
    static void filterLine(double[] c) {
        int n = c.length;
        double z = POLE;
        double gain = (1 - z) * (1 - 1 / z);
        for (int i = 0; i < n; i++) {
            c[i] *= gain;
        }
        // causal initialisation, mirror-symmetric boundary (accelerated sum when the pole's powers die out, else exact)
        int horizon = (int) Math.ceil(Math.log(1e-10) / Math.log(Math.abs(z)));
        if (horizon < n) {
            double sum = c[0], zn = z;
            for (int i = 1; i < horizon; i++) {
                sum += zn * c[i];
                zn *= z;
            }
            c[0] = sum;
        } else {
            double zn = z, iz = 1 / z, z2n = Math.pow(z, n - 1);
            double sum = c[0] + z2n * c[n - 1];
            z2n *= z2n * iz;
            for (int i = 1; i <= n - 2; i++) {
                sum += (zn + z2n) * c[i];
                zn *= z;
                z2n *= iz;
            }
            c[0] = sum / (1 - zn * zn);
        }
        for (int i = 1; i < n; i++) {
            c[i] += z * c[i - 1];
        }
        c[n - 1] = (z / (z * z - 1)) * (z * c[n - 2] + c[n - 1]);
        for (int i = n - 2; i >= 0; i--) {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }

    private static double kernel(double x) {
        x = Math.abs(x);
        if (x < 1) {
            return 2.0 / 3 - x * x + x * x * x / 2;
        }
        if (x < 2) {
            double t = 2 - x;
            return t * t * t / 6;
        }
        return 0;
    }

    static double interpolate(float[] c, int nx, int ny, int nz, double x, double y, double z) {
        // "nearest" mode: positions outside are clamped to the edge
        x = Math.max(0, Math.min(nx - 1, x));
        y = Math.max(0, Math.min(ny - 1, y));
        z = Math.max(0, Math.min(nz - 1, z));
        return evaluate(c, nx, ny, nz, x, y, z);
    }

    /** B-spline value at a continuous index, mirror boundary for the support (ITK's BSplineInterpolateImageFunction). */
    static double evaluate(float[] c, int nx, int ny, int nz, double x, double y, double z) {
        int i0 = (int) Math.floor(x) - 1, j0 = (int) Math.floor(y) - 1, k0 = (int) Math.floor(z) - 1;
        double[] wx = new double[4], wy = new double[4], wz = new double[4];
        for (int q = 0; q < 4; q++) {
            wx[q] = kernel(x - (i0 + q));
            wy[q] = kernel(y - (j0 + q));
            wz[q] = kernel(z - (k0 + q));
        }
        double v = 0;
        for (int c3 = 0; c3 < 4; c3++) {
            int k = mirror(k0 + c3, nz);
            for (int b = 0; b < 4; b++) {
                int j = mirror(j0 + b, ny);
                double wyz = wy[b] * wz[c3];
                if (wyz == 0) {
                    continue;
                }
                for (int a = 0; a < 4; a++) {
                    if (wx[a] != 0) {
                        v += wx[a] * wyz * c[mirror(i0 + a, nx) + nx * (j + ny * k)];
                    }
                }
            }
        }
        return v;
    }

    /** Mirror (whole-sample symmetric) index extension, consistent with the prefilter boundary. */
    private static int mirror(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        i = Math.floorMod(i, period);
        return i < n ? i : period - i;
    }
}
