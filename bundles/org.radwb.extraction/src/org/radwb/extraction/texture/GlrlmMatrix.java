package org.radwb.extraction.texture;

/** Grey level run length matrices: runs of equal level along each offset, interrupted by voxels outside the ROI. */
public final class GlrlmMatrix {

    private GlrlmMatrix() {
    }

    /**
     * Run length matrices for each offset over the whole ROI; columns are run lengths 1..max(nx, ny, nz).
     *
     * @param roi     discretised ROI
     * @param offsets directions {dz, dy, dx}
     * @param dropSingleElementDirections PyRadiomics: a direction along which no line holds more than one ROI voxel is
     *                emptied (it is then left out of the averaging)
     * @return one matrix per offset
     */
    public static CountMatrix[] compute(DiscretisedRoi roi, int[][] offsets, boolean dropSingleElementDirections) {
        return compute(roi, offsets, 0, roi.nz(), dropSingleElementDirections);
    }

    static CountMatrix[] compute(DiscretisedRoi roi, int[][] offsets, int zFrom, int zTo, boolean dropSingle) {
        int nx = roi.nx();
        int ny = roi.ny();
        int ng = roi.ng();
        int[] lv = roi.levels();
        int maxRun = Math.max(nx, Math.max(ny, zTo - zFrom));
        CountMatrix[] out = new CountMatrix[offsets.length];
        for (int a = 0; a < offsets.length; a++) {
            int dz = offsets[a][0];
            int dy = offsets[a][1];
            int dx = offsets[a][2];
            int step = dx + nx * (dy + ny * dz);
            double[] m = new double[ng * maxRun];
            boolean multi = false;
            for (int z = zFrom; z < zTo; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        // a line starts where the previous voxel along the direction lies outside the box
                        int pz = z - dz;
                        int py = y - dy;
                        int px = x - dx;
                        if (pz >= zFrom && pz < zTo && py >= 0 && py < ny && px >= 0 && px < nx) {
                            continue;
                        }
                        int cz = z;
                        int cy = y;
                        int cx = x;
                        int idx = roi.index(x, y, z);
                        int gl = 0;
                        int rl = 0;
                        int elements = 0;
                        while (cz >= zFrom && cz < zTo && cy >= 0 && cy < ny && cx >= 0 && cx < nx) {
                            int l = lv[idx];
                            if (l > 0) {
                                elements++;
                                if (l == gl) {
                                    rl++;
                                } else {
                                    if (gl > 0) {
                                        m[(gl - 1) * maxRun + rl - 1]++;
                                    }
                                    gl = l;
                                    rl = 1;
                                }
                            } else if (gl > 0) {
                                m[(gl - 1) * maxRun + rl - 1]++;
                                gl = 0;
                            }
                            cz += dz;
                            cy += dy;
                            cx += dx;
                            idx += step;
                        }
                        if (gl > 0) {
                            m[(gl - 1) * maxRun + rl - 1]++;
                        }
                        if (elements > 1) {
                            multi = true;
                        }
                    }
                }
            }
            if (dropSingle && !multi) {
                java.util.Arrays.fill(m, 0);
            }
            out[a] = new CountMatrix(ng, maxRun, m);
        }
        return out;
    }
}
