package org.radwb.extraction.texture;

/**
 * Neighbourhood grey tone difference matrix: per grey level i, the number of voxels n_i and the sum s_i of
 * |i - mean level of the neighbours inside the ROI|.
 */
public final class NgtdmMatrix {

    private NgtdmMatrix() {
    }

    /**
     * @param roi                 discretised ROI
     * @param neighbours          neighbourhood offsets, both orientations
     * @param countIsolatedVoxels whether voxels without any neighbour in the ROI are counted in n_i (with s = 0):
     *                            PyRadiomics does, IBSI does not
     * @return {n, s}, each of length ng (index = level - 1)
     */
    public static double[][] compute(DiscretisedRoi roi, int[][] neighbours, boolean countIsolatedVoxels) {
        return compute(roi, neighbours, 0, roi.nz(), countIsolatedVoxels);
    }

    static double[][] compute(DiscretisedRoi roi, int[][] neighbours, int zFrom, int zTo, boolean countIsolated) {
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int ng = roi.ng();
        int[] lv = roi.levels();
        int na = neighbours.length;
        int[] step = new int[na];
        for (int a = 0; a < na; a++) {
            step[a] = neighbours[a][2] + nx * (neighbours[a][1] + ny * neighbours[a][0]);
        }
        double[] n = new double[ng];
        double[] s = new double[ng];
        for (int z = zFrom; z < zTo; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = roi.index(x, y, z);
                    int l = lv[i];
                    if (l == 0) {
                        continue;
                    }
                    int count = 0;
                    long sum = 0;
                    for (int a = 0; a < na; a++) {
                        int[] o = neighbours[a];
                        int zz = z + o[0];
                        int yy = y + o[1];
                        int xx = x + o[2];
                        if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                            continue;
                        }
                        int k = lv[i + step[a]];
                        if (k > 0) {
                            count++;
                            sum += k;
                        }
                    }
                    if (count == 0) {
                        if (countIsolated) {
                            n[l - 1]++;
                        }
                        continue;
                    }
                    n[l - 1]++;
                    s[l - 1] += Math.abs(l - (double) sum / count);
                }
            }
        }
        return new double[][] {n, s};
    }
}
