package org.radwb.extraction.texture;

/**
 * Distance of each ROI voxel to the ROI border (IBSI-1 GLDZM): 1 for voxels with a face neighbour outside the ROI
 * or outside the box, otherwise 1 + the smallest distance of a face neighbour (city-block metric: 6-connected in 3D,
 * 4-connected within the slice in 2D). Voxels outside the ROI get 0.
 */
public final class DistanceMap {

    private DistanceMap() {
    }

    /**
     * @param roi     discretised ROI
     * @param inSlice whether distances are measured within each slice (2D/2.5D) or in 3D
     * @return distance per voxel, indexed like {@link DiscretisedRoi#levels()}
     */
    public static int[] compute(DiscretisedRoi roi, boolean inSlice) {
        return compute(roi, null, inSlice);
    }

    /**
     * Distances measured against the morphological mask (IBSI: the GLDZM distance map uses the morphological mask,
     * which re-segmentation does not shrink), reported for the voxels of the intensity ROI.
     *
     * @param roi               discretised (intensity) ROI
     * @param morphologicalMask morphological mask in the same box, or null to use the intensity ROI itself
     * @param inSlice           whether distances are measured within each slice
     * @return distance per voxel (0 outside the morphological mask)
     */
    public static int[] compute(DiscretisedRoi roi, boolean[] morphologicalMask, boolean inSlice) {
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int[] levels = roi.levels();
        int[] lv = levels;
        if (morphologicalMask != null) {
            lv = new int[levels.length];
            for (int i = 0; i < lv.length; i++) {
                lv[i] = morphologicalMask[i] ? 1 : 0;
            }
        }
        int[] dist = new int[lv.length];
        int[] queue = new int[lv.length];
        int head = 0;
        int tail = 0;
        int[][] faces = inSlice ? new int[][] {{0, 0, 1}, {0, 0, -1}, {0, 1, 0}, {0, -1, 0}}
                : new int[][] {{0, 0, 1}, {0, 0, -1}, {0, 1, 0}, {0, -1, 0}, {1, 0, 0}, {-1, 0, 0}};
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = roi.index(x, y, z);
                    if (lv[i] == 0) {
                        continue;
                    }
                    for (int[] f : faces) {
                        int zz = z + f[0];
                        int yy = y + f[1];
                        int xx = x + f[2];
                        if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx
                                || lv[roi.index(xx, yy, zz)] == 0) {
                            dist[i] = 1;
                            queue[tail++] = i;
                            break;
                        }
                    }
                }
            }
        }
        int plane = nx * ny;
        while (head < tail) {
            int cur = queue[head++];
            int z = cur / plane;
            int rem = cur - z * plane;
            int y = rem / nx;
            int x = rem - y * nx;
            for (int[] f : faces) {
                int zz = z + f[0];
                int yy = y + f[1];
                int xx = x + f[2];
                if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                    continue;
                }
                int j = roi.index(xx, yy, zz);
                if (lv[j] > 0 && dist[j] == 0) {
                    dist[j] = dist[cur] + 1;
                    queue[tail++] = j;
                }
            }
        }
        return dist;
    }
}
