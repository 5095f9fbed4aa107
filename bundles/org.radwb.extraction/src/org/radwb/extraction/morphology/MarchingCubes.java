package org.radwb.extraction.morphology;

import java.util.ArrayList;
import java.util.List;

/**
 * Marching cubes on a binary mask at iso-level 0.5 (vertices at edge midpoints), as IBSI (3.1) and PyRadiomics
 * use for the mesh-based volume and surface area.
 * <p>
 * The triangle table is generated here from first principles rather than transcribed: for each of the 256 corner
 * configurations the face segments are chained into closed polygons, which are triangulated to enclose the most
 * volume. On an ambiguous face (two diagonal corners in the mask) the mask corners are kept apart, the same choice on
 * both sides of the face, so the surface is closed. Classic look-up tables triangulate some polygons differently;
 * mesh volume and area can differ from theirs by up to about 1 % on irregular masks.
 * <p>
 * The feature paths (IBSI {@link Morphology} and PyRadiomics {@code Shape}) now use {@link PyRadiomicsMarchingCubes},
 * the classic table, which matches PyRadiomics exactly and every IBSI CT-phantom morphology row; this generated,
 * provably closed mesh stays as an independent cross-check in the tests (docs/decisions/extraction-marching-cubes.md).
 */
public final class MarchingCubes {

    /** The 6 faces, each as 4 corners in cyclic order. */
    private static final int[][] FACES = { { 0, 2, 6, 4 }, { 1, 3, 7, 5 }, { 0, 1, 5, 4 }, { 2, 3, 7, 6 }, { 0, 1, 3, 2 },
            { 4, 5, 7, 6 } };

    /** Corner c has offset (c &amp; 1, (c &gt;&gt; 1) &amp; 1, (c &gt;&gt; 2) &amp; 1). */
    private static final int[][] EDGES = new int[12][];
    /** For each configuration, triangles as triples of edge indices, oriented outward from the mask. */
    private static final int[][] TABLE = new int[256][];

    static {
        int e = 0;
        for (int a = 0; a < 8; a++) {
            for (int bit = 1; bit <= 4; bit <<= 1) {
                if ((a & bit) == 0) {
                    EDGES[e++] = new int[] { a, a | bit };
                }
            }
        }
        for (int cfg = 0; cfg < 256; cfg++) {
            TABLE[cfg] = triangulate(cfg);
        }
    }

    private MarchingCubes() {
    }

    /** The mesh of one mask: triangles and unique vertices in mm (voxel index times spacing, no origin). */
    public static final class Mesh {
        /** Triangle vertex indices, 3 per triangle, outward (counter-clockwise seen from outside). */
        public final int[] triangles;
        /** Vertex coordinates x,y,z in mm, 3 per vertex. */
        public final double[] vertices;
        public final double volume;
        public final double area;

        Mesh(int[] triangles, double[] vertices) {
            this.triangles = triangles;
            this.vertices = vertices;
            double v = 0, s = 0;
            for (int t = 0; t < triangles.length; t += 3) {
                int a = 3 * triangles[t], b = 3 * triangles[t + 1], c = 3 * triangles[t + 2];
                double ax = vertices[a], ay = vertices[a + 1], az = vertices[a + 2];
                double bx = vertices[b], by = vertices[b + 1], bz = vertices[b + 2];
                double cx = vertices[c], cy = vertices[c + 1], cz = vertices[c + 2];
                v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
                double ux = bx - ax, uy = by - ay, uz = bz - az, wx = cx - ax, wy = cy - ay, wz = cz - az;
                double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
                s += 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
            }
            this.volume = v / 6;
            this.area = s;
        }

        public int vertexCount() {
            return vertices.length / 3;
        }
    }

    /**
     * Builds the mesh of {@code mask} (x fastest, dims nx*ny*nz); the grid is treated as padded with one layer of
     * background so the surface is closed.
     */
    public static Mesh mesh(boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz) {
        // vertex ids per (padded) edge: key = 3 * cornerIndex + axis, padded grid (nx+2)(ny+2)(nz+2)
        int px = nx + 2, py = ny + 2, pz = nz + 2;
        java.util.HashMap<Long, Integer> ids = new java.util.HashMap<>();
        List<double[]> verts = new ArrayList<>();
        int[] tri = new int[1024];
        int nt = 0;
        for (int k = -1; k < nz; k++) {
            for (int j = -1; j < ny; j++) {
                for (int i = -1; i < nx; i++) {
                    int cfg = 0;
                    for (int c = 0; c < 8; c++) {
                        int a = i + (c & 1), b = j + ((c >> 1) & 1), d = k + ((c >> 2) & 1);
                        if (a >= 0 && b >= 0 && d >= 0 && a < nx && b < ny && d < nz && mask[a + nx * (b + ny * d)]) {
                            cfg |= 1 << c;
                        }
                    }
                    int[] t = TABLE[cfg];
                    if (t.length == 0) {
                        continue;
                    }
                    if (nt + t.length > tri.length) {
                        tri = java.util.Arrays.copyOf(tri, Math.max(tri.length * 2, nt + t.length));
                    }
                    for (int edge : t) {
                        int[] ed = EDGES[edge];
                        int c0 = ed[0];
                        int axis = Integer.numberOfTrailingZeros(ed[0] ^ ed[1]);
                        long ci = (i + 1 + (c0 & 1)) + (long) px * ((j + 1 + ((c0 >> 1) & 1)) + (long) py * (k + 1 + ((c0 >> 2) & 1)));
                        long key = 3 * ci + axis;
                        Integer id = ids.get(key);
                        if (id == null) {
                            id = verts.size();
                            ids.put(key, id);
                            double x = i + (c0 & 1) + (axis == 0 ? 0.5 : 0);
                            double y = j + ((c0 >> 1) & 1) + (axis == 1 ? 0.5 : 0);
                            double z = k + ((c0 >> 2) & 1) + (axis == 2 ? 0.5 : 0);
                            verts.add(new double[] { x * sx, y * sy, z * sz });
                        }
                        tri[nt++] = id;
                    }
                }
            }
        }
        double[] v = new double[3 * verts.size()];
        for (int q = 0; q < verts.size(); q++) {
            System.arraycopy(verts.get(q), 0, v, 3 * q, 3);
        }
        return new Mesh(java.util.Arrays.copyOf(tri, nt), v);
    }

    private static int edgeOf(int a, int b) {
        for (int e = 0; e < 12; e++) {
            if ((EDGES[e][0] == a && EDGES[e][1] == b) || (EDGES[e][0] == b && EDGES[e][1] == a)) {
                return e;
            }
        }
        throw new IllegalStateException();
    }

    private static int[] triangulate(int cfg) {
        if (cfg == 0 || cfg == 255) {
            return new int[0];
        }
        int pos = cfg; // the mask corners are kept apart on ambiguous faces (closed, crack-free surface)
        // segments per face: pairs of edge indices
        List<int[]> segs = new ArrayList<>();
        for (int[] f : FACES) {
            List<Integer> cross = new ArrayList<>(); // edges crossing, in cyclic order, starting after corner f[0]
            for (int q = 0; q < 4; q++) {
                int a = f[q], b = f[(q + 1) % 4];
                if (((pos >> a) & 1) != ((pos >> b) & 1)) {
                    cross.add(q);
                }
            }
            if (cross.size() == 2) {
                segs.add(new int[] { edgeOf(f[cross.get(0)], f[(cross.get(0) + 1) % 4]),
                        edgeOf(f[cross.get(1)], f[(cross.get(1) + 1) % 4]) });
            } else if (cross.size() == 4) {
                // ambiguous face: cut off each positive corner separately
                for (int q = 0; q < 4; q++) {
                    if (((pos >> f[q]) & 1) == 1) {
                        int prev = f[(q + 3) % 4], next = f[(q + 1) % 4];
                        segs.add(new int[] { edgeOf(prev, f[q]), edgeOf(f[q], next) });
                    }
                }
            }
        }
        // chain segments into loops
        List<Integer> out = new ArrayList<>();
        boolean[] used = new boolean[segs.size()];
        for (int s0 = 0; s0 < segs.size(); s0++) {
            if (used[s0]) {
                continue;
            }
            List<Integer> loop = new ArrayList<>();
            used[s0] = true;
            loop.add(segs.get(s0)[0]);
            int cur = segs.get(s0)[1];
            while (cur != loop.get(0)) {
                loop.add(cur);
                boolean found = false;
                for (int s = 0; s < segs.size() && !found; s++) {
                    if (!used[s] && (segs.get(s)[0] == cur || segs.get(s)[1] == cur)) {
                        used[s] = true;
                        cur = segs.get(s)[0] == cur ? segs.get(s)[1] : segs.get(s)[0];
                        found = true;
                    }
                }
                if (!found) {
                    throw new IllegalStateException("open marching-cubes loop for configuration " + cfg);
                }
            }
            // orientation: the polygon's vector area must point from mask corners to background corners
            double[] n = new double[3];
            double[][] p = new double[loop.size()][];
            for (int q = 0; q < loop.size(); q++) {
                p[q] = mid(loop.get(q));
            }
            for (int q = 0; q < p.length; q++) {
                double[] a = p[q], b = p[(q + 1) % p.length];
                n[0] += a[1] * b[2] - a[2] * b[1];
                n[1] += a[2] * b[0] - a[0] * b[2];
                n[2] += a[0] * b[1] - a[1] * b[0];
            }
            double dot = 0;
            for (int edge : loop) {
                int a = EDGES[edge][0], b = EDGES[edge][1];
                int in = ((cfg >> a) & 1) == 1 ? a : b, outC = in == a ? b : a;
                for (int d = 0; d < 3; d++) {
                    dot += n[d] * (((outC >> d) & 1) - ((in >> d) & 1));
                }
            }
            int[] order = maximumVolumeTriangulation(p, dot > 0 ? 1 : -1);
            for (int q = 0; q < order.length; q += 3) {
                int a = loop.get(order[q]), b = loop.get(order[q + 1]), c = loop.get(order[q + 2]);
                out.add(a);
                out.add(dot > 0 ? b : c);
                out.add(dot > 0 ? c : b);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Triangulates a closed, generally non-planar polygon (vertices in order) choosing, among all its triangulations,
     * the one enclosing the most volume on the mask side (dynamic programming over the polygon); the triangles keep
     * the polygon's orientation. This reproduces the IBSI digital phantom's mesh volume and area (556 / 388 mm²).
     */
    static int[] maximumVolumeTriangulation(double[][] p, int volumeSign) {
        int n = p.length;
        double[][] cost = new double[n][n];
        int[][] split = new int[n][n];
        for (int len = 2; len < n; len++) {
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                cost[i][j] = Double.POSITIVE_INFINITY;
                for (int k = i + 1; k < j; k++) {
                    double c = cost[i][k] + cost[k][j] - volumeSign * tetra(p[i], p[k], p[j]);
                    if (c < cost[i][j] - 1e-12) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        }
        int[] out = new int[3 * (n - 2)];
        int[] pos = { 0 };
        emit(split, 0, n - 1, out, pos);
        return out;
    }

    private static void emit(int[][] split, int i, int j, int[] out, int[] pos) {
        if (j - i < 2) {
            return;
        }
        int k = split[i][j];
        out[pos[0]++] = i;
        out[pos[0]++] = k;
        out[pos[0]++] = j;
        emit(split, i, k, out, pos);
        emit(split, k, j, out, pos);
    }

    private static double tetra(double[] a, double[] b, double[] c) {
        double ax = a[0] - 0.5, ay = a[1] - 0.5, az = a[2] - 0.5, bx = b[0] - 0.5, by = b[1] - 0.5, bz = b[2] - 0.5,
                cx = c[0] - 0.5, cy = c[1] - 0.5, cz = c[2] - 0.5;
        return ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
    }

    private static double[] mid(int edge) {
        int a = EDGES[edge][0], b = EDGES[edge][1];
        return new double[] { ((a & 1) + (b & 1)) / 2.0, (((a >> 1) & 1) + ((b >> 1) & 1)) / 2.0,
                (((a >> 2) & 1) + ((b >> 2) & 1)) / 2.0 };
    }
}
