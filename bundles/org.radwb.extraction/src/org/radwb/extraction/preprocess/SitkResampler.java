package org.radwb.extraction.preprocess;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * PyRadiomics' resampling (imageoperations.resampleImage with SimpleITK's ResampleImageFilter): a grid of the new
 * spacing over the mask's bounding box plus {@code padDistance} new voxels, its first voxel centred half a new voxel
 * inside the old grid's corner; axes with spacing 0 or a one-voxel mask extent keep their spacing. The image is
 * interpolated (B-spline of order 3 with mirror boundary, linear or nearest), points outside the image (beyond half
 * a voxel) get 0, and values are cast back to the input pixel type (clamped, truncated toward zero) as SimpleITK does;
 * the mask by nearest neighbour.
 */
public final class SitkResampler {

    /** The resampled image and mask. */
    public record Result(Volume image, Mask mask) {
    }

    private SitkResampler() {
    }

    /**
     * @param spacing  resampledPixelSpacing (0 = keep)
     * @param typeMin  the input pixel type's range for the cast; NaN = floating point (no cast)
     */
    public static Result resample(Volume image, Mask mask, double[] spacing, Interpolation method, int padDistance,
            double typeMin, double typeMax, boolean integerType) {
        Geometry g = image.geometry();
        int[] bb = mask.boundingBox();
        int[] n = g.dims();
        double[] old = g.spacing();
        double[] sp = new double[3], ratio = new double[3], c0 = new double[3];
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            sp[a] = spacing[a] == 0 ? old[a] : spacing[a];
            int extent = bb[a + 3] - bb[a] + 1;
            if (extent == 1) {
                sp[a] = old[a]; // no resampling across a one-slice mask
            }
            ratio[a] = old[a] / sp[a];
            double lo = Math.floor((bb[a] - 0.5) * ratio[a] - padDistance);
            double hi = Math.ceil((bb[a] + extent - 0.5) * ratio[a] + padDistance);
            double maxHi = Math.ceil(n[a] * ratio[a]) - 1;
            lo = Math.max(lo, 0);
            hi = Math.min(hi, maxHi);
            size[a] = (int) (hi - lo + 1);
            c0[a] = 0.5 * (sp[a] - old[a]) / old[a] + lo / ratio[a];
        }
        Geometry out = new Geometry(size, sp, g.indexToWorld(c0[0], c0[1], c0[2]), g.direction());
        double[] coeff = method == Interpolation.BSPLINE ? prefilter(n, image.voxels()) : null;
        float[] src = image.voxels();
        float[] img = new float[out.size()];
        boolean[] msk = new boolean[out.size()];
        int p = 0;
        for (int k = 0; k < size[2]; k++) {
            double z = c0[2] + k / ratio[2];
            for (int j = 0; j < size[1]; j++) {
                double y = c0[1] + j / ratio[1];
                for (int i = 0; i < size[0]; i++, p++) {
                    double x = c0[0] + i / ratio[0];
                    if (x < -0.5 || y < -0.5 || z < -0.5 || x >= n[0] - 0.5 || y >= n[1] - 0.5 || z >= n[2] - 0.5) {
                        continue; // outside the input buffer: default value 0
                    }
                    int ni = (int) Math.floor(x + 0.5), nj = (int) Math.floor(y + 0.5), nk = (int) Math.floor(z + 0.5);
                    msk[p] = mask.get(ni, nj, nk);
                    double v;
                    switch (method) {
                    case NEAREST:
                        v = src[g.index(ni, nj, nk)];
                        break;
                    case LINEAR:
                        v = linear(src, n, x, y, z);
                        break;
                    default:
                        v = evaluate(coeff, n, x, y, z);
                    }
                    if (integerType) {
                        v = Math.max(typeMin, Math.min(typeMax, v));
                        v = v < 0 ? Math.ceil(v) : Math.floor(v); // static_cast truncates toward zero
                    }
                    img[p] = (float) v;
                }
            }
        }
        return new Result(new Volume(out, img), new Mask(out, msk));
    }

    private static double[] prefilter(int[] n, float[] data) {
        double[] c = new double[data.length];
        for (int p = 0; p < data.length; p++) {
            c[p] = data[p];
        }
        int[] strides = { 1, n[0], n[0] * n[1] };
        for (int axis = 0; axis < 3; axis++) {
            int len = n[axis];
            if (len < 2) {
                continue;
            }
            double[] line = new double[len];
            int stride = strides[axis];
            for (int base = 0; base < data.length; base++) {
                if ((base / stride) % len != 0) {
                    continue;
                }
                for (int q = 0; q < len; q++) {
                    line[q] = c[base + q * stride];
                }
                BSpline.filterLine(line);
                for (int q = 0; q < len; q++) {
                    c[base + q * stride] = line[q];
                }
            }
        }
        return c;
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

    private static int mirror(int i, int len) {
        if (len == 1) {
            return 0;
        }
        if (i < 0) {
            i = -i;
        }
        if (i >= len) {
            i = 2 * (len - 1) - i;
        }
        return Math.max(0, Math.min(len - 1, i));
    }

    private static double evaluate(double[] c, int[] n, double x, double y, double z) {
        int i0 = (int) Math.floor(x) - 1, j0 = (int) Math.floor(y) - 1, k0 = (int) Math.floor(z) - 1;
        double v = 0;
        for (int cz = 0; cz < 4; cz++) {
            double wz = kernel(z - (k0 + cz));
            int kk = mirror(k0 + cz, n[2]);
            for (int cy = 0; cy < 4; cy++) {
                double wyz = kernel(y - (j0 + cy)) * wz;
                int jj = mirror(j0 + cy, n[1]);
                for (int cx = 0; cx < 4; cx++) {
                    v += kernel(x - (i0 + cx)) * wyz * c[mirror(i0 + cx, n[0]) + n[0] * (jj + n[1] * kk)];
                }
            }
        }
        return v;
    }

    private static double linear(float[] src, int[] n, double x, double y, double z) {
        int i0 = (int) Math.floor(x), j0 = (int) Math.floor(y), k0 = (int) Math.floor(z);
        double fx = x - i0, fy = y - j0, fz = z - k0;
        double v = 0;
        for (int c = 0; c < 8; c++) {
            int di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
            double w = (di == 1 ? fx : 1 - fx) * (dj == 1 ? fy : 1 - fy) * (dk == 1 ? fz : 1 - fz);
            if (w != 0) {
                int a = Math.max(0, Math.min(n[0] - 1, i0 + di)), b = Math.max(0, Math.min(n[1] - 1, j0 + dj)),
                        d = Math.max(0, Math.min(n[2] - 1, k0 + dk));
                v += w * src[a + n[0] * (b + n[1] * d)];
            }
        }
        return v;
    }
}
