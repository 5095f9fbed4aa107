package org.radwb.extraction.texture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PyRadiomics-compatible texture classes glcm, glrlm, glszm, gldm and ngtdm (PyRadiomics 3.1 conventions: symmetric
 * GLCM, angles of the given infinity-norm distances generated in PyRadiomics' order, features per angle averaged with
 * empty angles left out, grey levels absent from the ROI ignored, N_g = highest level in the ROI).
 *
 * <p>Recognised settings (PyRadiomics names and defaults): {@code distances} [1], {@code force2D} false,
 * {@code force2Ddimension} 0 (0 = slices of constant z), {@code symmetricalGLCM} true, {@code weightingNorm} null
 * ("manhattan", "euclidean", "infinity", "no_weighting"; other values act as "no_weighting", as in PyRadiomics),
 * {@code gldm_a} 0. Other keys (binWidth, ...) are ignored here.
 */
public final class PyRadiomicsTexture {

    /** The texture classes this class computes. */
    public static final List<String> FEATURE_CLASSES = List.of("glcm", "glrlm", "glszm", "gldm", "ngtdm");

    private static final String[][] GLCM_NAMES = {{"Autocorrelation", "19"}, {"ClusterProminence", "22"},
        {"ClusterShade", "21"}, {"ClusterTendency", "20"}, {"Contrast", "11"}, {"Correlation", "18"},
        {"DifferenceAverage", "4"}, {"DifferenceEntropy", "6"}, {"DifferenceVariance", "5"}, {"Id", "13"},
        {"Idm", "15"}, {"Idmn", "16"}, {"Idn", "14"}, {"Imc1", "23"}, {"Imc2", "24"}, {"InverseVariance", "17"},
        {"JointAverage", "1"}, {"JointEnergy", "10"}, {"JointEntropy", "3"}, {"MCC", "25"},
        {"MaximumProbability", "0"}, {"SumAverage", "7"}, {"SumEntropy", "9"}, {"SumSquares", "2"}};

    private static final String[] GLCM_ORDERED_NAMES = glcmOrderedNames();

    private static String[] glcmOrderedNames() {
        String[] n = new String[GLCM_NAMES.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = GLCM_NAMES[i][0];
        }
        return n;
    }

    private static final String[] GLRLM_NAMES = {"ShortRunEmphasis", "LongRunEmphasis", "LowGrayLevelRunEmphasis",
        "HighGrayLevelRunEmphasis", "ShortRunLowGrayLevelEmphasis", "ShortRunHighGrayLevelEmphasis",
        "LongRunLowGrayLevelEmphasis", "LongRunHighGrayLevelEmphasis", "GrayLevelNonUniformity",
        "GrayLevelNonUniformityNormalized", "RunLengthNonUniformity", "RunLengthNonUniformityNormalized",
        "RunPercentage", "GrayLevelVariance", "RunVariance", "RunEntropy", null};

    private static final String[] GLSZM_NAMES = {"SmallAreaEmphasis", "LargeAreaEmphasis",
        "LowGrayLevelZoneEmphasis", "HighGrayLevelZoneEmphasis", "SmallAreaLowGrayLevelEmphasis",
        "SmallAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis", "LargeAreaHighGrayLevelEmphasis",
        "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "SizeZoneNonUniformity",
        "SizeZoneNonUniformityNormalized", "ZonePercentage", "GrayLevelVariance", "ZoneVariance", "ZoneEntropy",
        null};

    // GLNN and DependencePercentage are deprecated in PyRadiomics (no value), hence null
    private static final String[] GLDM_NAMES = {"SmallDependenceEmphasis", "LargeDependenceEmphasis",
        "LowGrayLevelEmphasis", "HighGrayLevelEmphasis", "SmallDependenceLowGrayLevelEmphasis",
        "SmallDependenceHighGrayLevelEmphasis", "LargeDependenceLowGrayLevelEmphasis",
        "LargeDependenceHighGrayLevelEmphasis", "GrayLevelNonUniformity", null, "DependenceNonUniformity",
        "DependenceNonUniformityNormalized", null, "GrayLevelVariance", "DependenceVariance", "DependenceEntropy",
        null};

    private PyRadiomicsTexture() {
    }

    /**
     * @param roi          discretised ROI (levels as PyRadiomics' binning gives them)
     * @param featureClass one of glcm, glrlm, glszm, gldm, ngtdm
     * @param settings     PyRadiomics settings (may be null or empty for the defaults)
     * @return feature values keyed by PyRadiomics feature name without prefix, in PyRadiomics' (alphabetical) order
     */
    public static LinkedHashMap<String, Double> compute(DiscretisedRoi roi, String featureClass,
            Map<String, Object> settings) {
        PyRadiomicsSettings ps = PyRadiomicsSettings.parse(settings);
        String[] names = names(featureClass);
        roi.requireNonEmpty();
        CompactRoi c = CompactRoi.of(roi);
        double[] f = classFeatures(featureClass, c.roi, roi, c.greyValue, sizeZyx(roi), ps);
        TreeMap<String, Double> out = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                out.put(names[i], f == null ? Double.NaN : f[i]);
            }
        }
        return new LinkedHashMap<>(out);
    }

    /**
     * Voxel-based feature maps as PyRadiomics' voxel-based extraction computes them (maskedKernel true): for every ROI
     * voxel, the class's matrices over the ROI voxels within the cubic kernel of {@code kernelRadius} (setting,
     * default 1) around it, with the grey levels, N_g and angles of the whole ROI.
     *
     * @return the ROI voxels (linear indices into {@code roi.levels()}) and one value per voxel for each feature
     */
    public static VoxelFeatureMaps voxelBased(DiscretisedRoi roi, String featureClass, Map<String, Object> settings) {
        PyRadiomicsSettings ps = PyRadiomicsSettings.parse(settings);
        String[] names = names(featureClass);
        Object maskedKernel = settings == null ? null : settings.get("maskedKernel");
        if (maskedKernel != null && !Boolean.parseBoolean(maskedKernel.toString())) {
            throw new IllegalArgumentException("setting maskedKernel false is not supported: voxels outside the ROI "
                    + "carry no discretised level here");
        }
        Object kr = settings == null ? null : settings.get("kernelRadius");
        int r = kr == null ? 1 : Integer.parseInt(kr.toString().trim());
        if (r < 1) {
            throw new IllegalArgumentException("setting kernelRadius must be >= 1, got " + r);
        }
        roi.requireNonEmpty();
        CompactRoi c = CompactRoi.of(roi);
        int[] size = sizeZyx(roi);
        int nvox = roi.voxelCount();
        int[] voxels = new int[nvox];
        double[][] values = new double[names.length][nvox];
        int nx = roi.nx();
        int ny = roi.ny();
        int v = 0;
        for (int z = 0; z < roi.nz(); z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int idx = roi.index(x, y, z);
                    if (roi.levels()[idx] == 0) {
                        continue;
                    }
                    DiscretisedRoi kc = crop(c.roi, x, y, z, r);
                    DiscretisedRoi ko = crop(roi, x, y, z, r);
                    double[] f = classFeatures(featureClass, kc, ko, c.greyValue, size, ps);
                    voxels[v] = idx;
                    for (int i = 0; i < names.length; i++) {
                        values[i][v] = f == null ? Double.NaN : f[i];
                    }
                    v++;
                }
            }
        }
        TreeMap<String, double[]> maps = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                maps.put(names[i], values[i]);
            }
        }
        return new VoxelFeatureMaps(voxels, new LinkedHashMap<>(maps));
    }

    /**
     * Per-voxel feature values of {@link #voxelBased}.
     *
     * @param voxels linear indices of the ROI voxels, in index order
     * @param values feature name to one value per entry of {@code voxels}
     */
    public record VoxelFeatureMaps(int[] voxels, LinkedHashMap<String, double[]> values) {
    }

    /** The kernel box around (x, y, z), clipped to the ROI box. */
    private static DiscretisedRoi crop(DiscretisedRoi roi, int x, int y, int z, int r) {
        int x0 = Math.max(0, x - r);
        int x1 = Math.min(roi.nx() - 1, x + r);
        int y0 = Math.max(0, y - r);
        int y1 = Math.min(roi.ny() - 1, y + r);
        int z0 = Math.max(0, z - r);
        int z1 = Math.min(roi.nz() - 1, z + r);
        int nx = x1 - x0 + 1;
        int ny = y1 - y0 + 1;
        int nz = z1 - z0 + 1;
        int[] levels = new int[nx * ny * nz];
        int[] src = roi.levels();
        int i = 0;
        for (int zz = z0; zz <= z1; zz++) {
            for (int yy = y0; yy <= y1; yy++) {
                int row = roi.index(x0, yy, zz);
                System.arraycopy(src, row, levels, i, nx);
                i += nx;
            }
        }
        return new DiscretisedRoi(nx, ny, nz, roi.sx(), roi.sy(), roi.sz(), levels, roi.ng());
    }

    private static String[] names(String featureClass) {
        return switch (featureClass == null ? "" : featureClass) {
            case "glcm" -> GLCM_ORDERED_NAMES;
            case "glrlm" -> GLRLM_NAMES;
            case "glszm" -> GLSZM_NAMES;
            case "gldm" -> GLDM_NAMES;
            case "ngtdm" -> NgtdmFeatures.PYRADIOMICS_NAMES;
            default -> throw new IllegalArgumentException("unknown PyRadiomics texture class '" + featureClass
                    + "', expected one of " + FEATURE_CLASSES);
        };
    }

    /**
     * Features of one class over a region of the ROI.
     *
     * @param compact  the region with levels renumbered over the whole ROI's present levels
     * @param original the same region with the original levels (NGTDM means and GLDM alpha need them)
     * @param gv       original level of each renumbered level (whole ROI)
     * @param size     box size (z, y, x) of the whole ROI, from which PyRadiomics builds its angles
     * @return values aligned with {@link #names(String)}, or null if undefined (no voxel pairs)
     */
    private static double[] classFeatures(String cls, DiscretisedRoi compact, DiscretisedRoi original, int[] gv,
            int[] size, PyRadiomicsSettings ps) {
        int[] identity = CompactRoi.identity(original.ng());
        return switch (cls) {
            case "glcm" -> glcm(compact, gv, size, ps);
            case "glrlm" -> glrlm(compact, gv, size, ps);
            case "glszm" -> {
                int[][] nb = Offsets.pyradiomics(size, new int[] {1}, ps.force2DAxis(), true);
                CountMatrix m = Zones.find(compact, nb, 0, compact.nz(), null).sizeMatrix(compact.ng());
                yield CountMatrixFeatures.compute(m, gv, compact.voxelCount());
            }
            case "gldm" -> {
                int[][] nb = Offsets.pyradiomics(size, ps.distances(), ps.force2DAxis(), true);
                CountMatrix m = NgldmMatrix.compute(original, nb, ps.gldmAlpha());
                yield CountMatrixFeatures.compute(m, identity, m.total());
            }
            case "ngtdm" -> {
                int[][] nb = Offsets.pyradiomics(size, ps.distances(), ps.force2DAxis(), true);
                double[][] m = NgtdmMatrix.compute(original, nb, true);
                yield NgtdmFeatures.compute(m[0], m[1], identity);
            }
            default -> throw new IllegalArgumentException("unknown PyRadiomics texture class '" + cls
                    + "', expected one of " + FEATURE_CLASSES);
        };
    }

    private static int[] sizeZyx(DiscretisedRoi roi) {
        return new int[] {roi.nz(), roi.ny(), roi.nx()};
    }

    /** @return the angles PyRadiomics uses for GLCM with these settings */
    public static int[][] glcmAngles(DiscretisedRoi roi, Map<String, Object> settings) {
        PyRadiomicsSettings ps = PyRadiomicsSettings.parse(settings);
        return Offsets.pyradiomics(sizeZyx(roi), ps.distances(), ps.force2DAxis(), false);
    }

    /** @return the angles PyRadiomics uses for GLRLM (distance 1) with these settings */
    public static int[][] glrlmAngles(DiscretisedRoi roi, Map<String, Object> settings) {
        PyRadiomicsSettings ps = PyRadiomicsSettings.parse(settings);
        return Offsets.pyradiomics(sizeZyx(roi), new int[] {1}, ps.force2DAxis(), false);
    }

    /** @return PyRadiomics' GLSZM (grey level x zone size counts, all grey levels 1..ng) */
    public static CountMatrix glszmMatrix(DiscretisedRoi roi, Map<String, Object> settings) {
        return glszmMatrix(roi, PyRadiomicsSettings.parse(settings));
    }

    /** @return PyRadiomics' GLDM (grey level x (1 + dependent neighbours)) */
    public static CountMatrix gldmMatrix(DiscretisedRoi roi, Map<String, Object> settings) {
        return gldmMatrix(roi, PyRadiomicsSettings.parse(settings));
    }

    /** @return PyRadiomics' NGTDM as {n_i, s_i} per grey level 1..ng */
    public static double[][] ngtdmMatrix(DiscretisedRoi roi, Map<String, Object> settings) {
        return ngtdmMatrix(roi, PyRadiomicsSettings.parse(settings));
    }

    private static CountMatrix glszmMatrix(DiscretisedRoi roi, PyRadiomicsSettings ps) {
        int[][] nb = Offsets.pyradiomics(sizeZyx(roi), new int[] {1}, ps.force2DAxis(), true);
        return Zones.find(roi, nb, 0, roi.nz(), null).sizeMatrix(roi.ng());
    }

    private static CountMatrix gldmMatrix(DiscretisedRoi roi, PyRadiomicsSettings ps) {
        int[][] nb = Offsets.pyradiomics(sizeZyx(roi), ps.distances(), ps.force2DAxis(), true);
        return NgldmMatrix.compute(roi, nb, ps.gldmAlpha());
    }

    private static double[][] ngtdmMatrix(DiscretisedRoi roi, PyRadiomicsSettings ps) {
        int[][] nb = Offsets.pyradiomics(sizeZyx(roi), ps.distances(), ps.force2DAxis(), true);
        return NgtdmMatrix.compute(roi, nb, true);
    }

    // ---- glcm -------------------------------------------------------------------------------------------------

    private static double[] glcm(DiscretisedRoi roi, int[] gv, int[] size, PyRadiomicsSettings ps) {
        int ng = roi.ng();
        int[][] angles = Offsets.pyradiomics(size, ps.distances(), ps.force2DAxis(), false);
        double[][] m = GlcmMatrix.counts(roi, angles, 0, roi.nz());
        if (ps.symmetricalGlcm()) {
            for (double[] a : m) {
                GlcmMatrix.symmetrise(a, ng);
            }
        }
        double ngNorm = gv[gv.length - 1]; // PyRadiomics' N_g: the highest level in the ROI
        int present = gv.length;
        double[] f;
        if (ps.weightingNorm() != null) {
            double[] merged = new double[ng * ng];
            for (int a = 0; a < angles.length; a++) {
                double w = glcmWeight(ps.weightingNorm(), angles[a], roi);
                for (int i = 0; i < merged.length; i++) {
                    merged[i] += w * m[a][i];
                }
            }
            f = GlcmFeatures.compute(merged, ng, gv, ngNorm, present);
        } else {
            FeatureMean mean = new FeatureMean(GlcmFeatures.COUNT);
            for (double[] a : m) {
                mean.add(GlcmFeatures.compute(a, ng, gv, ngNorm, present));
            }
            f = mean.mean();
        }
        if (f == null) {
            return null;
        }
        double[] out = new double[GLCM_NAMES.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f[Integer.parseInt(GLCM_NAMES[i][1])];
        }
        return out;
    }

    private static double[] scaledAbs(int[] angle, DiscretisedRoi roi) {
        return new double[] {Math.abs(angle[0]) * roi.sz(), Math.abs(angle[1]) * roi.sy(),
            Math.abs(angle[2]) * roi.sx()};
    }

    /** PyRadiomics' GLCM weight exp(-||d||^2) for the norm. */
    static double glcmWeight(String norm, int[] angle, DiscretisedRoi roi) {
        double[] d = scaledAbs(angle, roi);
        return switch (norm) {
            case "infinity" -> {
                double mx = Math.max(d[0], Math.max(d[1], d[2]));
                yield Math.exp(-mx * mx);
            }
            case "euclidean" -> Math.exp(-(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
            case "manhattan" -> {
                double s = d[0] + d[1] + d[2];
                yield Math.exp(-s * s);
            }
            default -> 1; // "no_weighting" and unknown norms (PyRadiomics warns and uses 1)
        };
    }

    /** PyRadiomics' GLRLM weight ||d|| for the norm. */
    static double glrlmWeight(String norm, int[] angle, DiscretisedRoi roi) {
        double[] d = scaledAbs(angle, roi);
        return switch (norm) {
            case "infinity" -> Math.max(d[0], Math.max(d[1], d[2]));
            case "euclidean" -> Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            case "manhattan" -> d[0] + d[1] + d[2];
            default -> 1;
        };
    }

    // ---- glrlm ------------------------------------------------------------------------------------------------

    private static double[] glrlm(DiscretisedRoi roi, int[] gv, int[] size, PyRadiomicsSettings ps) {
        int[][] angles = Offsets.pyradiomics(size, new int[] {1}, ps.force2DAxis(), false);
        CountMatrix[] m = GlrlmMatrix.compute(roi, angles, true);
        if (ps.weightingNorm() != null) {
            int len = m[0].values().length;
            double[] merged = new double[len];
            for (int a = 0; a < angles.length; a++) {
                double w = glrlmWeight(ps.weightingNorm(), angles[a], roi);
                double[] v = m[a].values();
                for (int i = 0; i < len; i++) {
                    merged[i] += w * v[i];
                }
            }
            CountMatrix cm = new CountMatrix(m[0].ng(), m[0].nj(), merged);
            return CountMatrixFeatures.compute(cm, gv, cm.weightedByJ());
        }
        FeatureMean mean = new FeatureMean(CountMatrixFeatures.COUNT);
        for (CountMatrix a : m) {
            mean.add(CountMatrixFeatures.compute(a, gv, a.weightedByJ()));
        }
        return mean.mean();
    }

    /** Parsed PyRadiomics settings relevant to texture. */
    record PyRadiomicsSettings(int[] distances, int force2DAxis, boolean symmetricalGlcm, String weightingNorm,
            int gldmAlpha) {

        static PyRadiomicsSettings parse(Map<String, Object> s) {
            Map<String, Object> m = s == null ? Map.of() : s;
            int[] distances = intList(m.get("distances"), "distances", new int[] {1});
            boolean force2D = bool(m.get("force2D"), "force2D", false);
            int dim = integer(m.get("force2Ddimension"), "force2Ddimension", 0);
            if (dim < 0 || dim > 2) {
                throw new IllegalArgumentException("setting force2Ddimension must be 0, 1 or 2, got " + dim);
            }
            boolean sym = bool(m.get("symmetricalGLCM"), "symmetricalGLCM", true);
            Object w = m.get("weightingNorm");
            String norm = w == null || "None".equals(w) || "null".equals(w) ? null : w.toString();
            int alpha = integer(m.get("gldm_a"), "gldm_a", 0);
            if (alpha < 0) {
                throw new IllegalArgumentException("setting gldm_a must be >= 0, got " + alpha);
            }
            return new PyRadiomicsSettings(distances, force2D ? dim : -1, sym, norm, alpha);
        }

        private static boolean bool(Object v, String key, boolean dflt) {
            if (v == null) {
                return dflt;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            String t = v.toString().trim();
            if (t.equalsIgnoreCase("true")) {
                return true;
            }
            if (t.equalsIgnoreCase("false")) {
                return false;
            }
            throw new IllegalArgumentException("setting " + key + " must be true or false, got '" + v + "'");
        }

        private static int integer(Object v, String key, int dflt) {
            if (v == null) {
                return dflt;
            }
            if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                return n.intValue();
            }
            try {
                return Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be an integer, got '" + v + "'", e);
            }
        }

        private static int[] intList(Object v, String key, int[] dflt) {
            if (v == null) {
                return dflt;
            }
            List<Object> items = new ArrayList<>();
            if (v instanceof int[] a) {
                for (int x : a) {
                    items.add(x);
                }
            } else if (v instanceof Iterable<?> it) {
                for (Object x : it) {
                    items.add(x);
                }
            } else {
                items.add(v);
            }
            if (items.isEmpty()) {
                throw new IllegalArgumentException("setting " + key + " must list at least one distance");
            }
            int[] out = new int[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = integer(items.get(i), key, 1);
                if (out[i] < 1) {
                    throw new IllegalArgumentException("setting " + key + " must hold distances >= 1, got " + out[i]);
                }
            }
            return out;
        }
    }
}
