package org.radwb.extraction.pyradiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.imaging.Geometry;

/**
 * PyRadiomics' Wavelet image type: one level of the undecimated (stationary) wavelet transform with the 'coif1'
 * filters, as PyRadiomics calls PyWavelets: odd axes padded by one voxel (wrap), periodic convolution
 * {@code out[i] = sum_j h[j] x[(i + F/2 - j) mod N]} along x, then y, then z, padding cropped. Sub-band names: one
 * letter per axis in the order x, y, z (L = low-pass, H = high-pass), e.g. {@code LLH}; {@code LLL} is the
 * approximation. Computed only in a box around the ROI (exact: the filter reaches 3 voxels, and an axis whose box
 * would reach the image edge is taken whole so the wrap-around is the image's).
 */
public final class Wavelet {

    /** PyWavelets 1.1.1 coif1 decomposition low-pass filter (pywt.Wavelet('coif1').dec_lo). */
    static final double[] COIF1_LO = { -0.015655728135791993, -0.07273261951252645, 0.3848648468648578, 0.8525720202116004,
            0.3378976624574818, -0.07273261951252645 };
    /** The matching high-pass filter, dec_hi[i] = (-1)^(i+1) dec_lo[F-1-i]. */
    static final double[] COIF1_HI = { 0.07273261951252645, 0.3378976624574818, -0.8525720202116004, 0.3848648468648578,
            0.07273261951252645, -0.015655728135791993 };

    /** The 8 sub-band names in PyRadiomics' output order (details, then the approximation). */
    public static final List<String> BANDS = List.of("LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL");

    private Wavelet() {
    }

    /**
     * @param lo, hi inclusive voxel bounds of the ROI; values outside the computed box are 0
     * @return sub-band name to image (full grid, x fastest)
     */
    public static Map<String, float[]> transform(float[] x, Geometry g, int[] lo, int[] hi) {
        int[] n = g.dims();
        int reach = COIF1_LO.length; // a margin longer than the filter
        int[] b0 = new int[3], bn = new int[3];
        boolean[] whole = new boolean[3];
        for (int a = 0; a < 3; a++) {
            int s = lo[a] - reach, e = hi[a] + reach;
            whole[a] = s <= 0 || e >= n[a] - 1;
            b0[a] = whole[a] ? 0 : s;
            int len = whole[a] ? n[a] : e - s + 1;
            bn[a] = whole[a] && n[a] % 2 == 1 ? len + 1 : len; // PyRadiomics pads odd axes with the first voxel
        }
        int size = bn[0] * bn[1] * bn[2];
        double[] box = new double[size];
        for (int k = 0; k < bn[2]; k++) {
            int kk = src(k, b0[2], n[2]);
            for (int j = 0; j < bn[1]; j++) {
                int jj = src(j, b0[1], n[1]);
                for (int i = 0; i < bn[0]; i++) {
                    box[i + bn[0] * (j + bn[1] * k)] = x[g.index(src(i, b0[0], n[0]), jj, kk)];
                }
            }
        }
        Map<String, double[]> bands = new LinkedHashMap<>();
        bands.put("", box);
        for (int a = 0; a < 3; a++) {
            Map<String, double[]> next = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : bands.entrySet()) {
                next.put(e.getKey() + "L", filter(e.getValue(), bn, a, COIF1_LO));
                next.put(e.getKey() + "H", filter(e.getValue(), bn, a, COIF1_HI));
            }
            bands = next;
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String name : BANDS) {
            double[] b = bands.get(name);
            float[] img = new float[x.length];
            for (int k = 0; k < bn[2]; k++) {
                for (int j = 0; j < bn[1]; j++) {
                    for (int i = 0; i < bn[0]; i++) {
                        int ii = i + b0[0], jj = j + b0[1], kk = k + b0[2];
                        if (ii < n[0] && jj < n[1] && kk < n[2]) { // drop the padding voxel
                            img[g.index(ii, jj, kk)] = (float) b[i + bn[0] * (j + bn[1] * k)];
                        }
                    }
                }
            }
            out.put(name, img);
        }
        return out;
    }

    /** Source index of box position q along an axis (the padding voxel wraps to the first one). */
    private static int src(int q, int b0, int n) {
        int v = q + b0;
        return v >= n ? v - n : v;
    }

    /** Periodic convolution along axis a: out[i] = sum_j h[j] in[(i + F/2 - j) mod N]. */
    private static double[] filter(double[] in, int[] bn, int a, double[] h) {
        int[] st = { 1, bn[0], bn[0] * bn[1] };
        int len = bn[a], half = h.length / 2;
        double[] out = new double[in.length];
        for (int base = 0; base < in.length; base++) {
            if ((base / st[a]) % len != 0) {
                continue;
            }
            for (int i = 0; i < len; i++) {
                double acc = 0;
                for (int j = 0; j < h.length; j++) {
                    acc += h[j] * in[base + Math.floorMod(i + half - j, len) * st[a]];
                }
                out[base + i * st[a]] = acc;
            }
        }
        return out;
    }
}
