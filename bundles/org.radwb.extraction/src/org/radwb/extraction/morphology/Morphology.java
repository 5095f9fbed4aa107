package org.radwb.extraction.morphology;

import java.util.LinkedHashMap;
import java.util.Map;

import org.radwb.extraction.RoiData;

/** IBSI-1 morphological features (family HCUG), keyed by IBSI tag ({@code morph.vol} ...). */
public final class Morphology {

    private Morphology() {
    }

    public static Map<String, Double> compute(RoiData roi) {
        Map<String, Double> f = new LinkedHashMap<>();
        MarchingCubes.Mesh mesh = MarchingCubes.mesh(roi.morphMask, roi.nx, roi.ny, roi.nz, roi.sx, roi.sy, roi.sz);
        double v = mesh.volume, a = mesh.area;
        int nMorph = roi.count(roi.morphMask);
        f.put("morph.vol", v);
        f.put("morph.approx.vol", nMorph * roi.sx * roi.sy * roi.sz);
        f.put("morph.area", a);
        f.put("morph.av", a / v);
        f.put("morph.comp.1", v / (Math.sqrt(Math.PI) * Math.pow(a, 1.5)));
        f.put("morph.comp.2", 36 * Math.PI * v * v / (a * a * a));
        f.put("morph.sph.dispr", a / Math.cbrt(36 * Math.PI * v * v));
        f.put("morph.sphericity", Math.cbrt(36 * Math.PI * v * v) / a);
        f.put("morph.asphericity", Math.cbrt(a * a * a / (36 * Math.PI * v * v)) - 1);
        f.put("morph.com", centreOfMassShift(roi));
        ConvexHull hull = ConvexHull.of(hullCandidates(mesh));
        f.put("morph.diam", ConvexHull.maxDistance(hull.vertices));
        double[] ev = pcaEigenvalues(roi);
        double major = 4 * Math.sqrt(ev[0]), minor = 4 * Math.sqrt(ev[1]), least = 4 * Math.sqrt(ev[2]);
        f.put("morph.pca.major", major);
        f.put("morph.pca.minor", minor);
        f.put("morph.pca.least", least);
        f.put("morph.pca.elongation", Math.sqrt(ev[1] / ev[0]));
        f.put("morph.pca.flatness", Math.sqrt(ev[2] / ev[0]));
        double[] lo = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] hi = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (int q = 0; q < mesh.vertices.length; q++) {
            lo[q % 3] = Math.min(lo[q % 3], mesh.vertices[q]);
            hi[q % 3] = Math.max(hi[q % 3], mesh.vertices[q]);
        }
        double ex = hi[0] - lo[0], ey = hi[1] - lo[1], ez = hi[2] - lo[2];
        f.put("morph.v.dens.aabb", v / (ex * ey * ez));
        f.put("morph.a.dens.aabb", a / (2 * (ex * ey + ex * ez + ey * ez)));
        double sa = 2 * Math.sqrt(ev[0]), sb = 2 * Math.sqrt(ev[1]), sc = 2 * Math.sqrt(ev[2]);
        f.put("morph.v.dens.aee", 3 * v / (4 * Math.PI * sa * sb * sc));
        f.put("morph.a.dens.aee", a / ellipsoidArea(sa, sb, sc));
        f.put("morph.v.dens.conv.hull", v / hull.volume);
        f.put("morph.a.dens.conv.hull", a / hull.area);
        double[] x = roi.intensities();
        double mean = 0;
        for (double d : x) {
            mean += d;
        }
        mean /= x.length;
        f.put("morph.integ.int", v * mean);
        double[] mg = moranGeary(roi);
        f.put("morph.moran.i", mg[0]);
        f.put("morph.geary.c", mg[1]);
        return f;
    }

    /** Mesh vertices that can be hull vertices: only the two extremes of each x-row (a point between two others on a line is interior). */
    static double[] hullCandidates(MarchingCubes.Mesh mesh) {
        Map<Long, double[]> rows = new java.util.HashMap<>();
        double[] v = mesh.vertices;
        for (int q = 0; q < v.length; q += 3) {
            long key = Double.doubleToLongBits(v[q + 1]) * 31 + Double.doubleToLongBits(v[q + 2]);
            double[] r = rows.get(key);
            if (r == null) {
                rows.put(key, new double[] { v[q], v[q], v[q + 1], v[q + 2] });
            } else {
                r[0] = Math.min(r[0], v[q]);
                r[1] = Math.max(r[1], v[q]);
            }
        }
        double[] out = new double[rows.size() * 6];
        int q = 0;
        for (double[] r : rows.values()) {
            out[q++] = r[0];
            out[q++] = r[2];
            out[q++] = r[3];
            out[q++] = r[1];
            out[q++] = r[2];
            out[q++] = r[3];
        }
        return out;
    }

    /** Distance between the geometric centre of the morphological mask and the intensity-weighted centre of the intensity mask. */
    private static double centreOfMassShift(RoiData r) {
        double[] g = new double[3], w = new double[3];
        double ng = 0, sw = 0;
        int p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    double x = i * r.sx, y = j * r.sy, z = k * r.sz;
                    if (r.morphMask[p]) {
                        g[0] += x;
                        g[1] += y;
                        g[2] += z;
                        ng++;
                    }
                    if (r.intensityMask[p]) {
                        double val = r.image[p];
                        w[0] += val * x;
                        w[1] += val * y;
                        w[2] += val * z;
                        sw += val;
                    }
                }
            }
        }
        double dx = g[0] / ng - w[0] / sw, dy = g[1] / ng - w[1] / sw, dz = g[2] / ng - w[2] / sw;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Eigenvalues (descending) of the covariance matrix of the morphological-mask voxel positions (mm). */
    public static double[] pcaEigenvalues(RoiData r) {
        double[] m = new double[3];
        double n = 0;
        int p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (r.morphMask[p]) {
                        m[0] += i * r.sx;
                        m[1] += j * r.sy;
                        m[2] += k * r.sz;
                        n++;
                    }
                }
            }
        }
        for (int d = 0; d < 3; d++) {
            m[d] /= n;
        }
        double[][] c = new double[3][3];
        p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (r.morphMask[p]) {
                        double[] d = { i * r.sx - m[0], j * r.sy - m[1], k * r.sz - m[2] };
                        for (int a = 0; a < 3; a++) {
                            for (int b = 0; b < 3; b++) {
                                c[a][b] += d[a] * d[b];
                            }
                        }
                    }
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                c[a][b] /= n - 1; // sample covariance: reproduces the IBSI phantom's minor/least axes
            }
        }
        return SymmetricEigen3.eigenvaluesDescending(c);
    }

    /** Surface area of an ellipsoid with semi-axes a &gt;= b &gt;= c, by the Legendre series IBSI gives (20 terms). */
    static double ellipsoidArea(double a, double b, double c) {
        double alpha = Math.sqrt(Math.max(0, 1 - b * b / (a * a)));
        double beta = Math.sqrt(Math.max(0, 1 - c * c / (a * a)));
        double ab = alpha * beta;
        double x = ab == 0 ? 1 : (alpha * alpha + beta * beta) / (2 * ab);
        double sum = 0;
        for (int nu = 0; nu <= 20; nu++) {
            sum += Math.pow(ab, nu) / (1 - 4.0 * nu * nu) * legendre(nu, x);
        }
        return 4 * Math.PI * a * b * sum;
    }

    private static double legendre(int n, double x) {
        if (n == 0) {
            return 1;
        }
        double p0 = 1, p1 = x;
        for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    /** Moran's I and Geary's C over the intensity-mask voxels with inverse-distance weights (all pairs). */
    static double[] moranGeary(RoiData r) {
        int n = r.count(r.intensityMask);
        float[] xs = new float[n], ys = new float[n], zs = new float[n];
        double[] v = new double[n];
        int q = 0, p = 0;
        double mean = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (r.intensityMask[p]) {
                        xs[q] = (float) (i * r.sx);
                        ys[q] = (float) (j * r.sy);
                        zs[q] = (float) (k * r.sz);
                        v[q] = r.image[p];
                        mean += v[q];
                        q++;
                    }
                }
            }
        }
        mean /= n;
        double[] dev = new double[n];
        double var = 0;
        for (int i = 0; i < n; i++) {
            dev[i] = v[i] - mean;
            var += dev[i] * dev[i];
        }
        final double[] d = dev;
        // parallel over i (half matrix), partial sums per row
        double[][] parts = java.util.stream.IntStream.range(0, n).parallel().mapToObj(i -> {
            double sw = 0, sm = 0, sg = 0;
            double xi = xs[i], yi = ys[i], zi = zs[i], di = d[i], vi = v[i];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - xs[j], dy = yi - ys[j], dz = zi - zs[j];
                double w = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                sw += w;
                sm += w * di * d[j];
                double g = vi - v[j];
                sg += w * g * g;
            }
            return new double[] { sw, sm, sg };
        }).toArray(double[][]::new);
        double sw = 0, sm = 0, sg = 0;
        for (double[] t : parts) {
            sw += t[0];
            sm += t[1];
            sg += t[2];
        }
        if (n < 2 || var == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double moran = n / (2 * sw) * 2 * sm / var;
        double geary = (n - 1) / (2 * 2 * sw) * 2 * sg / var;
        return new double[] { moran, geary };
    }
}
