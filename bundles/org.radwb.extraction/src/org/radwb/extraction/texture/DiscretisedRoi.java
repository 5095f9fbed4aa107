package org.radwb.extraction.texture;

import java.util.Objects;

/**
 * Discretised ROI cropped to its bounding box: {@code levels[x + nx*(y + ny*z)]} in {@code 1..ng} inside the ROI,
 * {@code 0} outside. {@code sx, sy, sz} are the voxel spacings in mm (only used by PyRadiomics' distance weighting).
 * Slices for 2D and 2.5D aggregation are the planes of constant {@code z}.
 *
 * @param nx     voxels along x (fastest index)
 * @param ny     voxels along y
 * @param nz     voxels along z (slice index)
 * @param sx     spacing along x in mm
 * @param sy     spacing along y in mm
 * @param sz     spacing along z in mm
 * @param levels discretised grey levels, 0 outside the ROI
 * @param ng     number of grey levels of the discretisation (IBSI N_g); every level is at most ng
 */
public record DiscretisedRoi(int nx, int ny, int nz, double sx, double sy, double sz, int[] levels, int ng) {

    /** Validates dimensions and levels, so that the matrix code never indexes out of range. */
    public DiscretisedRoi {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("ROI dimensions must be >= 1, got " + nx + " x " + ny + " x " + nz);
        }
        Objects.requireNonNull(levels, "levels");
        if ((long) nx * ny * nz != levels.length) {
            throw new IllegalArgumentException("levels has " + levels.length + " elements, expected nx*ny*nz = "
                    + ((long) nx * ny * nz));
        }
        if (ng < 1) {
            throw new IllegalArgumentException("ng (number of grey levels) must be >= 1, got " + ng);
        }
        if (!(sx > 0) || !(sy > 0) || !(sz > 0)) {
            throw new IllegalArgumentException("spacing must be positive, got " + sx + ", " + sy + ", " + sz);
        }
        for (int i = 0; i < levels.length; i++) {
            int v = levels[i];
            if (v < 0 || v > ng) {
                throw new IllegalArgumentException("levels[" + i + "] = " + v + " is outside 0.." + ng
                        + " (0 = outside the ROI, 1..ng = grey level)");
            }
        }
    }

    /** @return the linear index of voxel (x, y, z) */
    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    /** @return the number of voxels inside the ROI */
    public int voxelCount() {
        int n = 0;
        for (int v : levels) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** @return the highest grey level present in the ROI (0 for an empty ROI) */
    public int maxLevelPresent() {
        int m = 0;
        for (int v : levels) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }

    /** @return for each level 1..ng whether it occurs in the ROI (index 0 unused) */
    public boolean[] levelsPresent() {
        boolean[] present = new boolean[ng + 1];
        for (int v : levels) {
            present[v] = true;
        }
        present[0] = false;
        return present;
    }

    /** @return whether slice z holds at least one ROI voxel */
    boolean sliceHasRoi(int z) {
        int from = nx * ny * z;
        int to = from + nx * ny;
        for (int i = from; i < to; i++) {
            if (levels[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Throws a clear error for an ROI without voxels (IBSI: texture is undefined). */
    void requireNonEmpty() {
        if (voxelCount() == 0) {
            throw new IllegalArgumentException("the ROI contains no voxels: texture features are undefined");
        }
    }
}
