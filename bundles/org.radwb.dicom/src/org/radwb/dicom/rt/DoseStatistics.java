package org.radwb.dicom.rt;

import java.util.Arrays;

import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * Dose-volume statistics of one lesion, from a dose volume on the mask's grid. Dx is the highest dose that at
 * least x % of the lesion volume receives (voxel-based: sort the n voxel doses ascending, take element
 * floor((1 - x/100) n)); Vx is the fraction of the volume receiving at least x % of the prescription.
 *
 * @param voxels            voxels of the mask with a dose value
 * @param voxelsWithoutDose mask voxels outside the dose grid (excluded from all statistics)
 * @param v100              fraction (0..1) of the volume receiving at least the prescription dose
 * @param prescriptionIsodosePercent the prescription as a percentage of the lesion's maximum dose (the
 *                          "isodose line" of Gamma Knife plans); NaN without a prescription
 */
public record DoseStatistics(int voxels, int voxelsWithoutDose, double volumeCc, double min, double mean, double max,
        double d98, double d95, double d50, double d2, double prescriptionGy, double v100,
        double prescriptionIsodosePercent) {

    /** Statistics of {@code dose} inside {@code mask} (same grid required); prescription may be NaN. */
    public static DoseStatistics of(Volume dose, Mask mask, double prescriptionGy) {
        return of(dose, mask, prescriptionGy, mask.boundingBox());
    }

    /** As {@link #of(Volume, Mask, double)} with the mask's bounding box already known (null if empty). */
    public static DoseStatistics of(Volume dose, Mask mask, double prescriptionGy, int[] box) {
        if (!dose.geometry().sameGrid(mask.geometry(), 1e-4)) {
            throw new IllegalArgumentException("dose and mask are on different grids: resample the dose first ("
                    + dose.geometry() + " vs " + mask.geometry() + ")");
        }
        boolean[] in = mask.inside();
        float[] d = dose.voxels();
        double[] values = new double[64];
        int n = 0;
        int missing = 0;
        var g = mask.geometry();
        if (box != null) {
            for (int k = box[2]; k <= box[5]; k++) {
                for (int j = box[1]; j <= box[4]; j++) {
                    for (int i = box[0]; i <= box[3]; i++) {
                        int idx = g.index(i, j, k);
                        if (!in[idx]) {
                            continue;
                        }
                        if (Float.isNaN(d[idx])) {
                            missing++;
                        } else {
                            if (n == values.length) {
                                values = Arrays.copyOf(values, 2 * n);
                            }
                            values[n++] = d[idx];
                        }
                    }
                }
            }
        }
        values = Arrays.copyOf(values, n);
        if (n == 0) {
            throw new IllegalArgumentException("the mask has no voxel with a dose value (" + missing
                    + " mask voxels lie outside the dose grid)");
        }
        Arrays.sort(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double v100 = Double.NaN;
        double iso = Double.NaN;
        if (!Double.isNaN(prescriptionGy)) {
            int covered = 0;
            for (double v : values) {
                if (v >= prescriptionGy) {
                    covered++;
                }
            }
            v100 = covered / (double) n;
            iso = 100 * prescriptionGy / values[n - 1];
        }
        return new DoseStatistics(n, missing, n * dose.geometry().voxelVolume() / 1000.0, values[0], sum / n,
                values[n - 1], dx(values, 98), dx(values, 95), dx(values, 50), dx(values, 2), prescriptionGy, v100, iso);
    }

    /** The highest dose received by at least x % of the sorted voxel doses. */
    static double dx(double[] sortedAscending, double x) {
        int n = sortedAscending.length;
        int idx = (int) Math.floor((1 - x / 100.0) * n + 1e-9);
        return sortedAscending[Math.min(n - 1, Math.max(0, idx))];
    }
}
