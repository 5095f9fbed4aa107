package org.radwb.extraction.morphology;

/** In-place 3D complex FFT (radix 2, sizes powers of two), split re/im arrays, x fastest. */
final class Fft3 {

    private Fft3() {
    }

    static int pow2AtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** Transforms along all three axes; {@code inverse} includes the 1/N scaling. */
    static void transform(double[] re, double[] im, int px, int py, int pz, boolean inverse) {
        int[] dims = { px, py, pz };
        int[] strides = { 1, px, px * py };
        for (int axis = 0; axis < 3; axis++) {
            int n = dims[axis];
            if (n == 1) {
                continue;
            }
            int stride = strides[axis];
            double[] lr = new double[n], li = new double[n];
            int total = re.length;
            for (int base = 0; base < total; base++) {
                if ((base / stride) % n != 0) {
                    continue;
                }
                for (int q = 0; q < n; q++) {
                    lr[q] = re[base + q * stride];
                    li[q] = im[base + q * stride];
                }
                fft1(lr, li, inverse);
                for (int q = 0; q < n; q++) {
                    re[base + q * stride] = lr[q];
                    im[base + q * stride] = li[q];
                }
            }
        }
        if (inverse) {
            double s = 1.0 / re.length;
            for (int i = 0; i < re.length; i++) {
                re[i] *= s;
                im[i] *= s;
            }
        }
    }

    private static void fft1(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(ang), wi = Math.sin(ang);
            for (int i = 0; i < n; i += len) {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k, b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double t = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = t;
                }
            }
        }
    }
}
