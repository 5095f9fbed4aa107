package org.radwb.extraction.pyradiomics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.radwb.extraction.morphology.SymmetricEigen3;

/**
 * PyRadiomics 3.1 {@code shape2D} class for a single-slice ROI: marching-squares contour (vertices at edge
 * midpoints, inside on the left, saddle cells keep the two inside pixels apart), mesh surface by the
 * shoelace formula over the contour, perimeter, diameters over the contour vertices, principal axes from the pixel
 * centres (population covariance).
 */
public final class Shape2D {

    /** The 9 features enabled by default. */
    public static final String[] DEFAULT_FEATURES = { "Elongation", "MajorAxisLength", "MaximumDiameter", "MeshSurface",
            "MinorAxisLength", "Perimeter", "PerimeterSurfaceRatio", "PixelSurface", "Sphericity" };

    /** Saddle cells (two diagonal pixels inside): true = the inside pixels are joined through the cell. */
    static final boolean CONNECT_SADDLES = false;

    private Shape2D() {
    }

    /** @param mask one slice, x fastest (nx * ny) */
    public static Map<String, Double> compute(boolean[] mask, int nx, int ny, double sx, double sy) {
        double area = 0, perimeter = 0;
        java.util.List<double[]> verts = new java.util.ArrayList<>();
        // corners counter-clockwise: (0,0) (1,0) (1,1) (0,1); edge e joins corner e and e+1
        int[][] corner = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
        for (int j = -1; j < ny; j++) {
            for (int i = -1; i < nx; i++) {
                boolean[] in = new boolean[4];
                int count = 0;
                for (int c = 0; c < 4; c++) {
                    int a = i + corner[c][0], b = j + corner[c][1];
                    in[c] = a >= 0 && b >= 0 && a < nx && b < ny && mask[a + nx * b];
                    if (in[c]) {
                        count++;
                    }
                }
                if (count == 0 || count == 4) {
                    continue;
                }
                int[] exits = new int[2], entries = new int[2];
                int ne = 0, nn = 0;
                for (int e = 0; e < 4; e++) {
                    boolean a = in[e], b = in[(e + 1) % 4];
                    if (a && !b) {
                        exits[ne++] = e;
                    } else if (!a && b) {
                        entries[nn++] = e;
                    }
                }
                for (int s = 0; s < ne; s++) {
                    int ex = exits[s];
                    // pair with the entry preceding the exit (cuts off the inside run) or, for connected saddles, the next one
                    int en = -1;
                    for (int step = 1; step <= 4; step++) {
                        int e = CONNECT_SADDLES && ne == 2 ? (ex + step) % 4 : (ex - step + 4) % 4;
                        if ((e == entries[0] && nn > 0) || (nn > 1 && e == entries[1])) {
                            en = e;
                            break;
                        }
                    }
                    double[] p = mid(i, j, ex, corner, sx, sy), q = mid(i, j, en, corner, sx, sy);
                    area += 0.5 * (p[0] * q[1] - q[0] * p[1]);
                    perimeter += Math.hypot(q[0] - p[0], q[1] - p[1]);
                    verts.add(p);
                }
            }
        }
        double diameter = 0;
        for (int a = 0; a < verts.size(); a++) {
            for (int b = a + 1; b < verts.size(); b++) {
                double dx = verts.get(a)[0] - verts.get(b)[0], dy = verts.get(a)[1] - verts.get(b)[1];
                diameter = Math.max(diameter, dx * dx + dy * dy);
            }
        }
        int n = 0;
        double mx = 0, my = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (mask[i + nx * j]) {
                    n++;
                    mx += i * sx;
                    my += j * sy;
                }
            }
        }
        mx /= n;
        my /= n;
        double cxx = 0, cyy = 0, cxy = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (mask[i + nx * j]) {
                    double dx = i * sx - mx, dy = j * sy - my;
                    cxx += dx * dx / n;
                    cyy += dy * dy / n;
                    cxy += dx * dy / n;
                }
            }
        }
        double[] ev = SymmetricEigen3.eigenvaluesDescending(new double[][] { { cxx, cxy, 0 }, { cxy, cyy, 0 }, { 0, 0, 0 } });
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("Elongation", Math.sqrt(ev[1] / ev[0]));
        f.put("MajorAxisLength", 4 * Math.sqrt(ev[0]));
        f.put("MaximumDiameter", Math.sqrt(diameter));
        f.put("MeshSurface", area);
        f.put("MinorAxisLength", 4 * Math.sqrt(ev[1]));
        f.put("Perimeter", perimeter);
        f.put("PerimeterSurfaceRatio", perimeter / area);
        f.put("PixelSurface", n * sx * sy);
        f.put("Sphericity", 2 * Math.sqrt(Math.PI * area) / perimeter);
        f.put("SphericalDisproportion", perimeter / (2 * Math.sqrt(Math.PI * area)));
        return f;
    }

    private static double[] mid(int i, int j, int e, int[][] corner, double sx, double sy) {
        int[] a = corner[e], b = corner[(e + 1) % 4];
        return new double[] { (i + (a[0] + b[0]) / 2.0) * sx, (j + (a[1] + b[1]) / 2.0) * sy };
    }
}
