package org.radwb.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;

/**
 * Computes the lesion list of a label map: one entry per non-zero label, with volume, largest diameter and
 * centroid in world millimetres (direction cosines applied).
 *
 * <p>The largest diameter is the maximum distance between voxel centres of the lesion. The farthest pair of a point
 * set lies on its convex hull; every hull vertex of a voxel set is the first or last voxel of its row (along i) and a
 * vertex of the 2D hull of its slice, so only those points are compared: exact, and fast even for atlas regions.
 */
public final class LesionAnalyzer {

    private LesionAnalyzer() {
    }

    /** The lesions of a label map, ascending by label. */
    public static List<LesionSummary> analyze(LabelMap labels) {
        Geometry g = labels.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int[] data = labels.labels();
        TreeMap<Integer, Accumulator> byLabel = new TreeMap<>();
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int row = nx * (j + ny * k);
                int i = 0;
                while (i < nx) {
                    int l = data[row + i];
                    if (l == 0) {
                        i++;
                        continue;
                    }
                    int start = i;
                    while (i < nx && data[row + i] == l) {
                        i++;
                    }
                    byLabel.computeIfAbsent(l, x -> new Accumulator()).addRun(start, i - 1, j, k);
                }
            }
        }
        List<LesionSummary> out = new ArrayList<>();
        byLabel.forEach((label, acc) -> out.add(acc.summary(label, g)));
        return out;
    }

    /**
     * Vertices of the 2D convex hull of integer points (Andrew's monotone chain); collinear points are dropped, all
     * points are returned when there are fewer than three.
     */
    static List<int[]> hull(List<int[]> points) {
        List<int[]> pts = new ArrayList<>(points);
        pts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        if (pts.size() < 3) {
            return pts;
        }
        int[][] h = new int[2 * pts.size()][];
        int n = 0;
        for (int[] q : pts) { // lower hull
            while (n >= 2 && cross(h[n - 2], h[n - 1], q) <= 0) {
                n--;
            }
            h[n++] = q;
        }
        for (int i = pts.size() - 2, lower = n + 1; i >= 0; i--) { // upper hull
            int[] q = pts.get(i);
            while (n >= lower && cross(h[n - 2], h[n - 1], q) <= 0) {
                n--;
            }
            h[n++] = q;
        }
        return java.util.Arrays.asList(java.util.Arrays.copyOf(h, n - 1));
    }

    private static long cross(int[] o, int[] a, int[] b) {
        return (long) (a[0] - o[0]) * (b[1] - o[1]) - (long) (a[1] - o[1]) * (b[0] - o[0]);
    }

    /** Running sums for one label; runs of equal labels along i are added at once. */
    private static final class Accumulator {
        long count;
        double si;
        double sj;
        double sk;
        final int[] min = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE };
        final int[] max = { Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
        /** Per row (j, k): first and last i, packed as [i0, i1, j, k] (a label may have several runs per row). */
        final java.util.Map<Long, int[]> rows = new java.util.HashMap<>();

        void addRun(int i0, int i1, int j, int k) {
            long n = i1 - i0 + 1L;
            count += n;
            si += (i0 + i1) * n / 2.0;
            sj += (double) j * n;
            sk += (double) k * n;
            min[0] = Math.min(min[0], i0);
            max[0] = Math.max(max[0], i1);
            min[1] = Math.min(min[1], j);
            max[1] = Math.max(max[1], j);
            min[2] = Math.min(min[2], k);
            max[2] = Math.max(max[2], k);
            long key = ((long) k << 32) | j;
            int[] r = rows.get(key);
            if (r == null) {
                rows.put(key, new int[] { i0, i1, j, k });
            } else {
                r[0] = Math.min(r[0], i0);
                r[1] = Math.max(r[1], i1);
            }
        }

        LesionSummary summary(int label, Geometry g) {
            double[] centroid = g.indexToWorld(si / count, sj / count, sk / count);
            // Row ends, pruned per slice to the vertices of their 2D convex hull (in index space: the index-to-world
            // map is affine, so hulls correspond), then the exact farthest pair among them in world mm.
            java.util.Map<Integer, List<int[]>> bySlice = new java.util.HashMap<>();
            for (int[] r : rows.values()) {
                List<int[]> slice = bySlice.computeIfAbsent(r[3], x -> new ArrayList<>());
                slice.add(new int[] { r[0], r[2] });
                if (r[1] != r[0]) {
                    slice.add(new int[] { r[1], r[2] });
                }
            }
            List<double[]> candidates = new ArrayList<>();
            for (var e : bySlice.entrySet()) {
                for (int[] q : hull(e.getValue())) {
                    candidates.add(g.indexToWorld(q[0], q[1], e.getKey()));
                }
            }
            int p = 0;
            double[] pts = new double[candidates.size() * 3];
            for (double[] w : candidates) {
                pts[p++] = w[0];
                pts[p++] = w[1];
                pts[p++] = w[2];
            }
            double best = 0;
            for (int a = 0; a < p; a += 3) {
                for (int b = a + 3; b < p; b += 3) {
                    double dx = pts[a] - pts[b];
                    double dy = pts[a + 1] - pts[b + 1];
                    double dz = pts[a + 2] - pts[b + 2];
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 > best) {
                        best = d2;
                    }
                }
            }
            return new LesionSummary(label, count, count * g.voxelVolume(), Math.sqrt(best), centroid, min.clone(),
                    max.clone());
        }
    }
}
