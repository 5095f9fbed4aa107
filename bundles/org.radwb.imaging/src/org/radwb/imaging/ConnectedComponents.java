package org.radwb.imaging;

/** Connected-component labelling of a binary grid (breadth-first flood fill; labels in first-voxel order). */
final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * Labels the components of {@code inside} into {@code labels} (0 outside, 1..n inside).
     *
     * @return n, the number of components
     */
    static int label(Geometry g, boolean[] inside, int connectivity, int[] labels) {
        if (connectivity != 6 && connectivity != 18 && connectivity != 26) {
            throw new IllegalArgumentException("connectivity " + connectivity + ": expected 6, 18 or 26");
        }
        int[][] offsets = offsets(connectivity);
        int nx = g.nx(), ny = g.ny(), nz = g.nz();
        int[] queue = new int[inside.length];
        int n = 0;
        for (int start = 0; start < inside.length; start++) {
            if (!inside[start] || labels[start] != 0) {
                continue;
            }
            n++;
            int head = 0, tail = 0;
            queue[tail++] = start;
            labels[start] = n;
            while (head < tail) {
                int p = queue[head++];
                int i = p % nx, j = (p / nx) % ny, k = p / (nx * ny);
                for (int[] o : offsets) {
                    int a = i + o[0], b = j + o[1], c = k + o[2];
                    if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) {
                        continue;
                    }
                    int q = a + nx * (b + ny * c);
                    if (inside[q] && labels[q] == 0) {
                        labels[q] = n;
                        queue[tail++] = q;
                    }
                }
            }
        }
        return n;
    }

    private static int[][] offsets(int connectivity) {
        int[][] out = new int[connectivity][];
        int n = 0;
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int manhattan = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
                    if (manhattan == 0 || (connectivity == 6 && manhattan > 1) || (connectivity == 18 && manhattan > 2)) {
                        continue;
                    }
                    out[n++] = new int[] { dx, dy, dz };
                }
            }
        }
        return out;
    }
}
