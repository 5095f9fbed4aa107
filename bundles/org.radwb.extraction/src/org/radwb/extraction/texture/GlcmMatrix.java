package org.radwb.extraction.texture;

/**
 * Grey level co-occurrence matrices. Element {@code (i-1)*ng + (j-1)} counts ROI voxels with level i whose neighbour
 * at the offset (also inside the ROI) has level j.
 */
public final class GlcmMatrix {

    private GlcmMatrix() {
    }

    /**
     * Co-occurrence counts for each offset over the whole ROI.
     *
     * @param roi       discretised ROI
     * @param offsets   offsets {dz, dy, dx}
     * @param symmetric whether each matrix is made symmetric (P + P^T), as IBSI and PyRadiomics do by default
     * @return one ng*ng count matrix per offset
     */
    public static double[][] compute(DiscretisedRoi roi, int[][] offsets, boolean symmetric) {
        double[][] m = counts(roi, offsets, 0, roi.nz());
        if (symmetric) {
            for (double[] a : m) {
                symmetrise(a, roi.ng());
            }
        }
        return m;
    }

    /** Raw (asymmetric) counts for centre voxels in slices zFrom (inclusive) to zTo (exclusive). */
    static double[][] counts(DiscretisedRoi roi, int[][] offsets, int zFrom, int zTo) {
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int ng = roi.ng();
        int[] lv = roi.levels();
        int na = offsets.length;
        double[][] m = new double[na][ng * ng];
        int[] step = new int[na];
        for (int a = 0; a < na; a++) {
            step[a] = offsets[a][2] + nx * (offsets[a][1] + ny * offsets[a][0]);
        }
        for (int z = zFrom; z < zTo; z++) {
            for (int y = 0; y < ny; y++) {
                int row = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    int l = lv[row + x];
                    if (l == 0) {
                        continue;
                    }
                    int base = (l - 1) * ng - 1;
                    for (int a = 0; a < na; a++) {
                        int[] o = offsets[a];
                        int zz = z + o[0];
                        int yy = y + o[1];
                        int xx = x + o[2];
                        if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                            continue;
                        }
                        int k = lv[row + x + step[a]];
                        if (k > 0) {
                            m[a][base + k]++;
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Adds the transpose in place. */
    static void symmetrise(double[] m, int ng) {
        for (int i = 0; i < ng; i++) {
            m[i * ng + i] *= 2;
            for (int j = i + 1; j < ng; j++) {
                double s = m[i * ng + j] + m[j * ng + i];
                m[i * ng + j] = s;
                m[j * ng + i] = s;
            }
        }
    }
}
