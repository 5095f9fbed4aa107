package org.radwb.extraction.texture;

/** Connected zones of equal grey level (the basis of GLSZM and GLDZM). */
final class Zones {

    final int count;
    final int[] level;
    final int[] size;
    final int[] minDistance;

    private Zones(int count, int[] level, int[] size, int[] minDistance) {
        this.count = count;
        this.level = level;
        this.size = size;
        this.minDistance = minDistance;
    }

    /**
     * Labels zones among ROI voxels in slices zFrom..zTo-1.
     *
     * @param neighbours  connectivity offsets (both orientations)
     * @param distanceMap per-voxel distance to the ROI border, or null (then minDistance is all 0)
     */
    static Zones find(DiscretisedRoi roi, int[][] neighbours, int zFrom, int zTo, int[] distanceMap) {
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int[] lv = roi.levels();
        int na = neighbours.length;
        int[] step = new int[na];
        for (int a = 0; a < na; a++) {
            step[a] = neighbours[a][2] + nx * (neighbours[a][1] + ny * neighbours[a][0]);
        }
        int plane = nx * ny;
        int base = zFrom * plane;
        // work arrays cover only the slices searched, so per-slice 2D labelling stays O(slice)
        boolean[] done = new boolean[(zTo - zFrom) * plane];
        int[] stack = new int[done.length];
        int cap = 64;
        int[] level = new int[cap];
        int[] size = new int[cap];
        int[] minDist = new int[cap];
        int n = 0;
        for (int start = zFrom * plane; start < zTo * plane; start++) {
            int gl = lv[start];
            if (gl == 0 || done[start - base]) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            done[start - base] = true;
            int voxels = 0;
            int dmin = Integer.MAX_VALUE;
            while (top > 0) {
                int cur = stack[--top];
                voxels++;
                if (distanceMap != null && distanceMap[cur] < dmin) {
                    dmin = distanceMap[cur];
                }
                int cz = cur / plane;
                int rem = cur - cz * plane;
                int cy = rem / nx;
                int cx = rem - cy * nx;
                for (int a = 0; a < na; a++) {
                    int[] o = neighbours[a];
                    int zz = cz + o[0];
                    int yy = cy + o[1];
                    int xx = cx + o[2];
                    if (zz < zFrom || zz >= zTo || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                        continue;
                    }
                    int j = cur + step[a];
                    if (!done[j - base] && lv[j] == gl) {
                        done[j - base] = true;
                        stack[top++] = j;
                    }
                }
            }
            if (n == cap) {
                cap *= 2;
                level = java.util.Arrays.copyOf(level, cap);
                size = java.util.Arrays.copyOf(size, cap);
                minDist = java.util.Arrays.copyOf(minDist, cap);
            }
            level[n] = gl;
            size[n] = voxels;
            minDist[n] = distanceMap == null ? 0 : dmin;
            n++;
        }
        return new Zones(n, level, size, minDist);
    }

    /** @return the grey level x zone size matrix */
    CountMatrix sizeMatrix(int ng) {
        int maxSize = 1;
        for (int i = 0; i < count; i++) {
            maxSize = Math.max(maxSize, size[i]);
        }
        double[] m = new double[ng * maxSize];
        for (int i = 0; i < count; i++) {
            m[(level[i] - 1) * maxSize + size[i] - 1]++;
        }
        return new CountMatrix(ng, maxSize, m);
    }

    /** @return the grey level x zone distance matrix */
    CountMatrix distanceMatrix(int ng) {
        int maxD = 1;
        for (int i = 0; i < count; i++) {
            maxD = Math.max(maxD, minDistance[i]);
        }
        double[] m = new double[ng * maxD];
        for (int i = 0; i < count; i++) {
            m[(level[i] - 1) * maxD + minDistance[i] - 1]++;
        }
        return new CountMatrix(ng, maxD, m);
    }
}
