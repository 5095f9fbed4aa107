package org.radwb.extraction.texture;

/**
 * Neighbouring grey level dependence matrix (IBSI NGLDM, PyRadiomics GLDM): per voxel, the number k of neighbours in
 * the ROI whose level differs by at most alpha; counted in column j = k + 1 of the voxel's grey level row.
 */
public final class NgldmMatrix {

    private NgldmMatrix() {
    }

    /**
     * @param roi        discretised ROI
     * @param neighbours neighbourhood offsets, both orientations
     * @param alpha      coarseness: largest grey level difference still counted as dependent
     * @return grey level x (1 + dependent neighbours) counts, offsets.length + 1 columns
     */
    public static CountMatrix compute(DiscretisedRoi roi, int[][] neighbours, int alpha) {
        return compute(roi, neighbours, 0, roi.nz(), alpha);
    }

    static CountMatrix compute(DiscretisedRoi roi, int[][] neighbours, int zFrom, int zTo, int alpha) {
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int ng = roi.ng();
        int[] lv = roi.levels();
        int na = neighbours.length;
        int nj = na + 1;
        int[] step = new int[na];
        for (int a = 0; a < na; a++) {
            step[a] = neighbours[a][2] + nx * (neighbours[a][1] + ny * neighbours[a][0]);
        }
        double[] m = new double[ng * nj];
        for (int z = zFrom; z < zTo; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = roi.index(x, y, z);
                    int l = lv[i];
                    if (l == 0) {
                        continue;
                    }
                    int dep = 0;
                    for (int a = 0; a < na; a++) {
                        int[] o = neighbours[a];
                        int zz = z + o[0];
                        int yy = y + o[1];
                        int xx = x + o[2];
                        if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                            continue;
                        }
                        int k = lv[i + step[a]];
                        if (k > 0 && Math.abs(k - l) <= alpha) {
                            dep++;
                        }
                    }
                    m[(l - 1) * nj + dep]++;
                }
            }
        }
        return new CountMatrix(ng, nj, m);
    }
}
