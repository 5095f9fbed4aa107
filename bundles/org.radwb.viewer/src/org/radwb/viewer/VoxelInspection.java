package org.radwb.viewer;

import java.util.Locale;

/**
 * What the user sees after clicking a voxel.
 *
 * @param index     voxel index (i, j, k) in the image grid
 * @param world     LPS world position (mm) of the voxel centre
 * @param intensity image intensity of the voxel (after the file's scaling)
 * @param label     segmentation label of the voxel, 0 when there is no mask or it is background
 */
public record VoxelInspection(int[] index, double[] world, double intensity, int label) {

    /** The status-line text, LPS and (for NIfTI users) RAS coordinates. */
    public String describe() {
        return String.format(Locale.ROOT,
                "voxel (%d, %d, %d)  LPS (%.2f, %.2f, %.2f) mm  RAS (%.2f, %.2f, %.2f) mm  intensity %s  label %d", index[0],
                index[1], index[2], world[0], world[1], world[2], -world[0], -world[1], world[2], formatIntensity(intensity), label);
    }

    /** Whole numbers as integers (most MR data), others with 6 significant digits. */
    static String formatIntensity(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
