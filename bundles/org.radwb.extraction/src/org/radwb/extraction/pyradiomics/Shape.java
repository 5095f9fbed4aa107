package org.radwb.extraction.pyradiomics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.radwb.extraction.morphology.ConvexHull;
import org.radwb.extraction.morphology.PyRadiomicsMarchingCubes;
import org.radwb.extraction.morphology.SymmetricEigen3;

/**
 * PyRadiomics 3.1 {@code shape} class: mesh volume and surface from PyRadiomics' own marching cubes
 * ({@link PyRadiomicsMarchingCubes}: its 128-case table, so the triangulation and hence the values match), diameters
 * over the mesh vertices, principal axes from the voxel-centre coordinates (population covariance).
 */
public final class Shape {

    /** The 14 features enabled by default. */
    public static final String[] DEFAULT_FEATURES = { "Elongation", "Flatness", "LeastAxisLength", "MajorAxisLength",
            "Maximum2DDiameterColumn", "Maximum2DDiameterRow", "Maximum2DDiameterSlice", "Maximum3DDiameter",
            "MeshVolume", "MinorAxisLength", "Sphericity", "SurfaceArea", "SurfaceVolumeRatio", "VoxelVolume" };

    private Shape() {
    }

    /** @param mask binary mask cropped to the ROI box (x fastest) */
    public static Map<String, Double> compute(boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz) {
        PyRadiomicsMarchingCubes.Result mesh = PyRadiomicsMarchingCubes.compute(mask, nx, ny, nz, sx, sy, sz);
        double v = mesh.volume, a = mesh.area;
        int n = 0;
        double[] m = new double[3];
        int p = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, p++) {
                    if (mask[p]) {
                        n++;
                        m[0] += i * sx;
                        m[1] += j * sy;
                        m[2] += k * sz;
                    }
                }
            }
        }
        for (int d = 0; d < 3; d++) {
            m[d] /= n;
        }
        double[][] c = new double[3][3];
        p = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, p++) {
                    if (mask[p]) {
                        double[] d = { i * sx - m[0], j * sy - m[1], k * sz - m[2] };
                        for (int r = 0; r < 3; r++) {
                            for (int q = 0; q < 3; q++) {
                                c[r][q] += d[r] * d[q] / n;
                            }
                        }
                    }
                }
            }
        }
        double[] ev = SymmetricEigen3.eigenvaluesDescending(c);
        double[] vert = mesh.vertices;
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("Elongation", Math.sqrt(ev[1] / ev[0]));
        f.put("Flatness", Math.sqrt(ev[2] / ev[0]));
        f.put("LeastAxisLength", 4 * Math.sqrt(ev[2]));
        f.put("MajorAxisLength", 4 * Math.sqrt(ev[0]));
        f.put("Maximum2DDiameterColumn", planeDiameter(vert, 1));
        f.put("Maximum2DDiameterRow", planeDiameter(vert, 0));
        f.put("Maximum2DDiameterSlice", planeDiameter(vert, 2));
        f.put("Maximum3DDiameter", ConvexHull.maxDistance(org.radwb.extraction.morphology.Morphology.hullCandidates(vert)));
        f.put("MeshVolume", v);
        f.put("MinorAxisLength", 4 * Math.sqrt(ev[1]));
        f.put("Sphericity", Math.cbrt(36 * Math.PI * v * v) / a);
        f.put("SurfaceArea", a);
        f.put("SurfaceVolumeRatio", a / v);
        f.put("VoxelVolume", n * sx * sy * sz);
        f.put("Compactness1", v / (Math.sqrt(Math.PI) * Math.pow(a, 1.5)));
        f.put("Compactness2", 36 * Math.PI * v * v / (a * a * a));
        f.put("SphericalDisproportion", a / Math.cbrt(36 * Math.PI * v * v));
        return f;
    }

    /** Largest distance between mesh vertices sharing the same coordinate along {@code axis} (0 x, 1 y, 2 z). */
    static double planeDiameter(double[] v, int axis) {
        int n = v.length / 3;
        Integer[] order = new Integer[n];
        for (int q = 0; q < n; q++) {
            order[q] = q;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(v[3 * x + axis], v[3 * y + axis]));
        double best = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            double plane = v[3 * order[start] + axis];
            while (end < n && v[3 * order[end] + axis] == plane) {
                end++;
            }
            double[] pts = new double[(end - start) * 3];
            for (int i = start; i < end; i++) {
                System.arraycopy(v, 3 * order[i], pts, 3 * (i - start), 3);
            }
            best = Math.max(best, end - start > 64 ? hull2dDiameter(pts, axis) : ConvexHull.maxDistance(pts));
            start = end;
        }
        return best;
    }

    /** Diameter of coplanar points via their 2D convex hull (monotone chain), exact. */
    private static double hull2dDiameter(double[] pts, int axis) {
        int a0 = axis == 0 ? 1 : 0, a1 = axis == 2 ? 1 : 2;
        int n = pts.length / 3;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] { pts[3 * i + a0], pts[3 * i + a1] };
        }
        java.util.Arrays.sort(p, (u, w) -> u[0] != w[0] ? Double.compare(u[0], w[0]) : Double.compare(u[1], w[1]));
        double[][] h = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        double best = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double dx = h[i][0] - h[j][0], dy = h[i][1] - h[j][1];
                best = Math.max(best, dx * dx + dy * dy);
            }
        }
        return Math.sqrt(best);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
