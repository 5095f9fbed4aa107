package org.radwb.extraction.morphology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 3D convex hull (incremental algorithm with horizon search) of a point set, giving hull volume, surface area and
 * the hull vertices (for the maximum diameter). Degenerate (planar or smaller) sets give volume 0.
 */
public final class ConvexHull {

    public final double volume;
    public final double area;
    /** Hull vertex coordinates, 3 per vertex. */
    public final double[] vertices;

    private ConvexHull(double volume, double area, double[] vertices) {
        this.volume = volume;
        this.area = area;
        this.vertices = vertices;
    }

    /** @param pts x,y,z triples */
    public static ConvexHull of(double[] pts) {
        int n = pts.length / 3;
        if (n < 4) {
            return new ConvexHull(0, 0, pts.clone());
        }
        double scale = 0;
        for (double v : pts) {
            scale = Math.max(scale, Math.abs(v));
        }
        double eps = 1e-9 * Math.max(scale, 1);
        // initial tetrahedron
        int i0 = 0;
        for (int i = 1; i < n; i++) {
            if (pts[3 * i] < pts[3 * i0]) {
                i0 = i;
            }
        }
        int i1 = -1;
        double best = eps;
        for (int i = 0; i < n; i++) {
            double d = dist2(pts, i, i0);
            if (d > best) {
                best = d;
                i1 = i;
            }
        }
        if (i1 < 0) {
            return new ConvexHull(0, 0, new double[] { pts[3 * i0], pts[3 * i0 + 1], pts[3 * i0 + 2] });
        }
        int i2 = -1;
        best = eps;
        for (int i = 0; i < n; i++) {
            double[] c = cross(sub(pts, i1, i0), sub(pts, i, i0));
            double d = norm(c);
            if (d > best) {
                best = d;
                i2 = i;
            }
        }
        if (i2 < 0) {
            return new ConvexHull(0, 0, new double[0]);
        }
        double[] pn = cross(sub(pts, i1, i0), sub(pts, i2, i0));
        int i3 = -1;
        best = eps * norm(pn);
        for (int i = 0; i < n; i++) {
            double d = Math.abs(dot(pn, sub(pts, i, i0)));
            if (d > best) {
                best = d;
                i3 = i;
            }
        }
        if (i3 < 0) {
            return new ConvexHull(0, 0, new double[0]); // planar point set: no 3D hull
        }
        List<int[]> faces = new ArrayList<>();
        List<double[]> planes = new ArrayList<>();
        List<Boolean> alive = new ArrayList<>();
        Map<Long, Integer> edgeFace = new HashMap<>();
        double[] centre = new double[3];
        for (int q : new int[] { i0, i1, i2, i3 }) {
            for (int d = 0; d < 3; d++) {
                centre[d] += pts[3 * q + d] / 4;
            }
        }
        int[][] tet = { { i0, i1, i2 }, { i0, i1, i3 }, { i0, i2, i3 }, { i1, i2, i3 } };
        for (int[] f : tet) {
            addFace(pts, f[0], f[1], f[2], centre, faces, planes, alive, edgeFace);
        }
        List<Integer> live = new ArrayList<>(List.of(0, 1, 2, 3));
        // random insertion order (fixed seed): row-ordered input is close to the incremental algorithm's worst case
        int[] perm = new int[n];
        for (int q = 0; q < n; q++) {
            perm[q] = q;
        }
        java.util.Random rnd = new java.util.Random(12345);
        for (int q = n - 1; q > 0; q--) {
            int r = rnd.nextInt(q + 1), t = perm[q];
            perm[q] = perm[r];
            perm[r] = t;
        }
        for (int pi = 0; pi < n; pi++) {
            int p = perm[pi];
            if (p == i0 || p == i1 || p == i2 || p == i3) {
                continue;
            }
            double px = pts[3 * p], py = pts[3 * p + 1], pz = pts[3 * p + 2];
            List<Integer> visible = new ArrayList<>();
            for (int f : live) {
                double[] pl = planes.get(f);
                if (pl[0] * px + pl[1] * py + pl[2] * pz - pl[3] > eps * pl[4]) {
                    visible.add(f);
                }
            }
            if (visible.isEmpty()) {
                continue;
            }
            java.util.Set<Integer> vis = new java.util.HashSet<>(visible);
            List<int[]> horizon = new ArrayList<>();
            for (int f : visible) {
                int[] t = faces.get(f);
                for (int e = 0; e < 3; e++) {
                    int u = t[e], v = t[(e + 1) % 3];
                    Integer other = edgeFace.get(key(v, u));
                    if (other == null || !vis.contains(other)) {
                        horizon.add(new int[] { u, v });
                    }
                }
            }
            for (int f : visible) {
                alive.set(f, false);
                int[] t = faces.get(f);
                for (int e = 0; e < 3; e++) {
                    edgeFace.remove(key(t[e], t[(e + 1) % 3]));
                }
            }
            List<Integer> next = new ArrayList<>(live.size() + horizon.size());
            for (int f : live) {
                if (alive.get(f)) {
                    next.add(f);
                }
            }
            for (int[] h : horizon) {
                next.add(faces.size());
                addFace(pts, h[0], h[1], p, centre, faces, planes, alive, edgeFace);
            }
            live = next;
        }
        double vol = 0, area = 0;
        java.util.TreeSet<Integer> vset = new java.util.TreeSet<>();
        for (int f = 0; f < faces.size(); f++) {
            if (!alive.get(f)) {
                continue;
            }
            int[] t = faces.get(f);
            double[] a = sub(pts, t[1], t[0]), b = sub(pts, t[2], t[0]);
            double[] c = cross(a, b);
            area += 0.5 * norm(c);
            double[] r = { pts[3 * t[0]] - centre[0], pts[3 * t[0] + 1] - centre[1], pts[3 * t[0] + 2] - centre[2] };
            vol += dot(r, c) / 6;
            vset.add(t[0]);
            vset.add(t[1]);
            vset.add(t[2]);
        }
        double[] hv = new double[3 * vset.size()];
        int q = 0;
        for (int v : vset) {
            hv[q++] = pts[3 * v];
            hv[q++] = pts[3 * v + 1];
            hv[q++] = pts[3 * v + 2];
        }
        return new ConvexHull(Math.abs(vol), area, hv);
    }

    private static void addFace(double[] pts, int a, int b, int c, double[] centre, List<int[]> faces, List<double[]> planes,
            List<Boolean> alive, Map<Long, Integer> edgeFace) {
        double[] nrm = cross(sub(pts, b, a), sub(pts, c, a));
        double off = nrm[0] * pts[3 * a] + nrm[1] * pts[3 * a + 1] + nrm[2] * pts[3 * a + 2];
        // orient outward: the interior centre must be below the plane
        if (nrm[0] * centre[0] + nrm[1] * centre[1] + nrm[2] * centre[2] - off > 0) {
            int t = b;
            b = c;
            c = t;
            nrm[0] = -nrm[0];
            nrm[1] = -nrm[1];
            nrm[2] = -nrm[2];
            off = -off;
        }
        int id = faces.size();
        faces.add(new int[] { a, b, c });
        planes.add(new double[] { nrm[0], nrm[1], nrm[2], off, norm(nrm) });
        alive.add(true);
        edgeFace.put(key(a, b), id);
        edgeFace.put(key(b, c), id);
        edgeFace.put(key(c, a), id);
    }

    /** A unique key of a directed edge, bit-mixed (an odd multiplier is a bijection) so HashMap buckets spread. */
    private static long key(int u, int v) {
        return (((long) u << 32) | (v & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    private static double dist2(double[] p, int i, int j) {
        double dx = p[3 * i] - p[3 * j], dy = p[3 * i + 1] - p[3 * j + 1], dz = p[3 * i + 2] - p[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static double[] sub(double[] p, int i, int j) {
        return new double[] { p[3 * i] - p[3 * j], p[3 * i + 1] - p[3 * j + 1], p[3 * i + 2] - p[3 * j + 2] };
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Largest distance between two of the given points (x,y,z triples). */
    public static double maxDistance(double[] v) {
        double best = 0;
        int n = v.length / 3;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = v[3 * i] - v[3 * j], dy = v[3 * i + 1] - v[3 * j + 1], dz = v[3 * i + 2] - v[3 * j + 2];
                double d = dx * dx + dy * dy + dz * dz;
                if (d > best) {
                    best = d;
                }
            }
        }
        return Math.sqrt(best);
    }
}
