package org.radwb.dicom.rt;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * Trilinear resampling of a dose volume onto another grid (usually the MR's), so dose can be read per image
 * voxel and per lesion mask. Target voxels whose centre falls outside the dose grid get NaN: "no dose computed"
 * differs from zero dose and statistics report them.
 */
public final class DoseResampler {
    private DoseResampler() {
    }

    public static Volume resample(Volume dose, Geometry target) {
        return resample(dose, target, null);
    }

    /**
     * Resamples only where {@code region} is set (elsewhere NaN) — all a lesion's dose statistics need, and far
     * cheaper than the whole image grid. {@code region} null means everywhere.
     */
    public static Volume resample(Volume dose, Geometry target, Mask region) {
        return resample(dose, target, region, region == null ? null : region.boundingBox());
    }

    /** As {@link #resample(Volume, Geometry, Mask)} with the region's bounding box already known. */
    public static Volume resample(Volume dose, Geometry target, Mask region, int[] regionBox) {
        Geometry src = dose.geometry();
        float[] in = dose.voxels();
        float[] out = new float[target.size()];
        java.util.Arrays.fill(out, Float.NaN);
        // target index -> source index is affine: precompute its origin and per-axis steps
        double[] o = toSource(src, target, 0, 0, 0);
        double[] di = sub(toSource(src, target, 1, 0, 0), o);
        double[] dj = sub(toSource(src, target, 0, 1, 0), o);
        double[] dk = sub(toSource(src, target, 0, 0, 1), o);
        int[] box = region == null ? new int[] { 0, 0, 0, target.nx() - 1, target.ny() - 1, target.nz() - 1 }
                : regionBox;
        if (box == null) {
            return new Volume(target, out);
        }
        boolean[] inside = region == null ? null : region.inside();
        for (int k = box[2]; k <= box[5]; k++) {
            for (int j = box[1]; j <= box[4]; j++) {
                for (int i = box[0]; i <= box[3]; i++) {
                    int idx = target.index(i, j, k);
                    if (inside != null && !inside[idx]) {
                        continue;
                    }
                    out[idx] = sample(in, src.nx(), src.ny(), src.nz(), o[0] + i * di[0] + j * dj[0] + k * dk[0],
                            o[1] + i * di[1] + j * dj[1] + k * dk[1], o[2] + i * di[2] + j * dj[2] + k * dk[2]);
                }
            }
        }
        return new Volume(target, out);
    }

    private static double[] toSource(Geometry src, Geometry target, int i, int j, int k) {
        double[] w = target.indexToWorld(i, j, k);
        return src.worldToIndex(w[0], w[1], w[2]);
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    /** Trilinear value at continuous index (x, y, z); NaN more than half a voxel outside the grid. */
    static float sample(float[] v, int nx, int ny, int nz, double x, double y, double z) {
        // a grid covers half a voxel beyond its outer centres; there the edge value is used
        if (!(x >= -0.5 && y >= -0.5 && z >= -0.5 && x <= nx - 0.5 && y <= ny - 0.5 && z <= nz - 0.5)) {
            return Float.NaN;
        }
        x = clamp(x, nx);
        y = clamp(y, ny);
        z = clamp(z, nz);
        int x0 = Math.min((int) Math.floor(x), Math.max(0, nx - 2));
        int y0 = Math.min((int) Math.floor(y), Math.max(0, ny - 2));
        int z0 = Math.min((int) Math.floor(z), Math.max(0, nz - 2));
        int x1 = Math.min(x0 + 1, nx - 1);
        int y1 = Math.min(y0 + 1, ny - 1);
        int z1 = Math.min(z0 + 1, nz - 1);
        double fx = x - x0;
        double fy = y - y0;
        double fz = z - z0;
        double c00 = v[x0 + nx * (y0 + ny * z0)] * (1 - fx) + v[x1 + nx * (y0 + ny * z0)] * fx;
        double c10 = v[x0 + nx * (y1 + ny * z0)] * (1 - fx) + v[x1 + nx * (y1 + ny * z0)] * fx;
        double c01 = v[x0 + nx * (y0 + ny * z1)] * (1 - fx) + v[x1 + nx * (y0 + ny * z1)] * fx;
        double c11 = v[x0 + nx * (y1 + ny * z1)] * (1 - fx) + v[x1 + nx * (y1 + ny * z1)] * fx;
        double c0 = c00 * (1 - fy) + c10 * fy;
        double c1 = c01 * (1 - fy) + c11 * fy;
        return (float) (c0 * (1 - fz) + c1 * fz);
    }

    private static double clamp(double v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
