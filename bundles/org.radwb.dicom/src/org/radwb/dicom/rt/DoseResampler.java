package org.radwb.dicom.rt;

import org.radwb.imaging.Geometry;
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
        Geometry src = dose.geometry();
        float[] in = dose.voxels();
        float[] out = new float[target.size()];
        int nx = src.nx();
        int ny = src.ny();
        int nz = src.nz();
        for (int k = 0; k < target.nz(); k++) {
            for (int j = 0; j < target.ny(); j++) {
                for (int i = 0; i < target.nx(); i++) {
                    double[] w = target.indexToWorld(i, j, k);
                    double[] c = src.worldToIndex(w[0], w[1], w[2]);
                    out[target.index(i, j, k)] = sample(in, nx, ny, nz, c[0], c[1], c[2]);
                }
            }
        }
        return new Volume(target, out);
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
