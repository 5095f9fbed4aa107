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
        // PyRadiomics' classic 128-case table: digital phantom 482/482 as with our generated table, and unlike that
        // table it also puts every CT-phantom area descriptor of configurations A-E within tolerance
        // (docs/decisions/extraction-marching-cubes.md)
        PyRadiomicsMarchingCubes.Result mesh = PyRadiomicsMarchingCubes.compute(roi.morphMask, roi.nx, roi.ny, roi.nz, roi.sx,
                roi.sy, roi.sz);
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
        ConvexHull hull = ConvexHull.of(hullCandidates(mesh.vertices));
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

    /**
     * Mesh vertices that can be hull vertices: only the two extremes of each x-row (a point between two others on a
     * line is not a vertex of the hull).
     */
    public static double[] hullCandidates(double[] v) {
        int n = v.length / 3;
        Integer[] order = new Integer[n];
        for (int q = 0; q < n; q++) {
            order[q] = q;
        }
        java.util.Arrays.sort(order, (a, b) -> v[3 * a + 2] != v[3 * b + 2] ? Double.compare(v[3 * a + 2], v[3 * b + 2])
                : Double.compare(v[3 * a + 1], v[3 * b + 1]));
        double[] out = new double[6 * n];
        int q = 0, start = 0;
        while (start < n) {
            int end = start;
            double y = v[3 * order[start] + 1], z = v[3 * order[start] + 2];
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            while (end < n && v[3 * order[end] + 1] == y && v[3 * order[end] + 2] == z) {
                lo = Math.min(lo, v[3 * order[end]]);
                hi = Math.max(hi, v[3 * order[end]]);
                end++;
            }
            out[q++] = lo;
            out[q++] = y;
            out[q++] = z;
            if (hi > lo) {
                out[q++] = hi;
                out[q++] = y;
                out[q++] = z;
            }
            start = end;
        }
        return java.util.Arrays.copyOf(out, q);
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

    /**
     * Moran's I and Geary's C over the intensity-mask voxels with inverse-distance weights over all voxel pairs.
     * The pair sums are convolutions with the weight kernel, computed by FFT (exact up to round-off) instead of the
     * O(N²) double loop, so a 100k-voxel ROI takes about a second.
     */
    static double[] moranGeary(RoiData r) {
        int[] lo = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE }, hi = { -1, -1, -1 };
        int n = 0;
        double mean = 0;
        int p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (r.intensityMask[p]) {
                        lo[0] = Math.min(lo[0], i);
                        lo[1] = Math.min(lo[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[0] = Math.max(hi[0], i);
                        hi[1] = Math.max(hi[1], j);
                        hi[2] = Math.max(hi[2], k);
                        mean += r.image[p];
                        n++;
                    }
                }
            }
        }
        if (n < 2) {
            return new double[] { Double.NaN, Double.NaN };
        }
        mean /= n;
        int bx = hi[0] - lo[0] + 1, by = hi[1] - lo[1] + 1, bz = hi[2] - lo[2] + 1;
        int px = Fft3.pow2AtLeast(2 * bx - 1), py = Fft3.pow2AtLeast(2 * by - 1), pz = Fft3.pow2AtLeast(2 * bz - 1);
        int size = px * py * pz;
        // signal: mask (real part) and centred intensity (imaginary part) in one complex transform
        double[] sr = new double[size], si = new double[size];
        double var = 0;
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    int q = (i + lo[0]) + r.nx * ((j + lo[1]) + r.ny * (k + lo[2]));
                    if (r.intensityMask[q]) {
                        int t = i + px * (j + py * k);
                        sr[t] = 1;
                        si[t] = r.image[q] - mean;
                        var += si[t] * si[t];
                    }
                }
            }
        }
        if (var == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        // kernel w(d) = 1 / |d| (mm), w(0) = 0, stored with wrap-around for negative offsets; real and even
        double[] wr = new double[size], wi = new double[size];
        for (int k = -(bz - 1); k <= bz - 1; k++) {
            for (int j = -(by - 1); j <= by - 1; j++) {
                for (int i = -(bx - 1); i <= bx - 1; i++) {
                    if (i == 0 && j == 0 && k == 0) {
                        continue;
                    }
                    double dx = i * r.sx, dy = j * r.sy, dz = k * r.sz;
                    wr[Math.floorMod(i, px) + px * (Math.floorMod(j, py) + py * Math.floorMod(k, pz))] = 1
                            / Math.sqrt(dx * dx + dy * dy + dz * dz);
                }
            }
        }
        double[] keepR = sr.clone(), keepI = si.clone();
        Fft3.transform(sr, si, px, py, pz, false);
        Fft3.transform(wr, wi, px, py, pz, false);
        for (int t = 0; t < size; t++) { // the kernel's transform is real (even kernel)
            sr[t] *= wr[t];
            si[t] *= wr[t];
        }
        Fft3.transform(sr, si, px, py, pz, true);
        double sw = 0, sm = 0, sa = 0;
        for (int t = 0; t < size; t++) {
            if (keepR[t] != 0) {
                sw += sr[t]; // sum_i sum_j w_ij m_j
                sm += keepI[t] * si[t]; // sum_i d_i sum_j w_ij d_j
                sa += keepI[t] * keepI[t] * sr[t]; // sum_i d_i^2 sum_j w_ij m_j
            }
        }
        double moran = n / sw * sm / var;
        double geary = (n - 1) / (2 * sw) * (2 * sa - 2 * sm) / var;
        return new double[] { moran, geary };
    }
}
