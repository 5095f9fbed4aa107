package org.radwb.extraction.preprocess;

/**
 * Resampling with IBSI grid alignment (IBSI 2.4, "align grid centers"): along each axis with n voxels of spacing s
 * the new grid has {@code n' = ceil(n s / s')} voxels of spacing s' and shares the original grid's centre, so new
 * voxel m sits at original continuous index {@code (s (n - 1) - s' (n' - 1)) / (2 s) + m s' / s}. Outside the
 * image the nearest edge value is used (as scipy's mode "nearest").
 */
public final class Resampler {

    private final int nx, ny, nz;
    private final float[] data;

    /** A grid of samples, x fastest. */
    public Resampler(int nx, int ny, int nz, float[] data) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.data = data;
    }

    /** New number of voxels along an axis. */
    public static int newSize(int n, double s, double s2) {
        return (int) Math.ceil(n * s / s2 - 1e-9);
    }

    /** Original continuous index of new voxel 0 along an axis. */
    public static double start(int n, double s, int n2, double s2) {
        return (s * (n - 1) - s2 * (n2 - 1)) / (2 * s);
    }

    /**
     * Samples the grid at the new positions: index along axis a of new voxel m is {@code start[a] + m * step[a]}.
     */
    public float[] resample(int[] newDims, double[] start, double[] step, Interpolation method) {
        float[] coeff = method == Interpolation.BSPLINE ? BSpline.prefilter(nx, ny, nz, data) : data;
        int mx = newDims[0], my = newDims[1], mz = newDims[2];
        float[] out = new float[mx * my * mz];
        java.util.stream.IntStream.range(0, mz).parallel().forEach(k -> {
            double z = start[2] + k * step[2];
            int p = k * mx * my;
            for (int j = 0; j < my; j++) {
                double y = start[1] + j * step[1];
                for (int i = 0; i < mx; i++, p++) {
                    double x = start[0] + i * step[0];
                    switch (method) {
                    case NEAREST:
                        out[p] = at(clamp((int) Math.round(x), nx), clamp((int) Math.round(y), ny), clamp((int) Math.round(z), nz));
                        break;
                    case LINEAR:
                        out[p] = (float) linear(x, y, z);
                        break;
                    default:
                        out[p] = (float) BSpline.interpolate(coeff, nx, ny, nz, x, y, z);
                    }
                }
            }
        });
        return out;
    }

    private float at(int i, int j, int k) {
        return data[i + nx * (j + ny * k)];
    }

    static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }

    private double linear(double x, double y, double z) {
        int i0 = (int) Math.floor(x), j0 = (int) Math.floor(y), k0 = (int) Math.floor(z);
        double fx = x - i0, fy = y - j0, fz = z - k0;
        double v = 0;
        for (int c = 0; c < 8; c++) {
            int di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
            double w = (di == 1 ? fx : 1 - fx) * (dj == 1 ? fy : 1 - fy) * (dk == 1 ? fz : 1 - fz);
            if (w != 0) {
                v += w * at(clamp(i0 + di, nx), clamp(j0 + dj, ny), clamp(k0 + dk, nz));
            }
        }
        return v;
    }
}
