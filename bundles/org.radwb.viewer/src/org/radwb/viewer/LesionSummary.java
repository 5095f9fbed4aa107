package org.radwb.viewer;

import java.util.Locale;

/**
 * One lesion of the segmentation (all voxels of one label) as shown in the lesion list.
 *
 * @param label              the label value in the mask
 * @param voxelCount         number of voxels with that label
 * @param volumeMm3          voxel count times the voxel volume, in mm³
 * @param largestDiameterMm  largest distance between the centres of two voxels of the lesion, in mm (0 for one voxel)
 * @param centroid           LPS world position (mm) of the mean voxel centre
 * @param boundsMin          smallest voxel index (i, j, k) of the lesion
 * @param boundsMax          largest voxel index (i, j, k) of the lesion
 */
public record LesionSummary(int label, long voxelCount, double volumeMm3, double largestDiameterMm, double[] centroid,
        int[] boundsMin, int[] boundsMax) {

    /** Volume in millilitres (cm³), the unit clinicians quote. */
    public double volumeMl() {
        return volumeMm3 / 1000.0;
    }

    /** One line for the lesion list. */
    public String describe() {
        return String.format(Locale.ROOT, "Label %d: %.3f ml, max diameter %.1f mm, centre (%.1f, %.1f, %.1f) mm LPS", label,
                volumeMl(), largestDiameterMm, centroid[0], centroid[1], centroid[2]);
    }
}
