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
        roi.requireNonEmpty();
        TreeMap<String, Double> out = new TreeMap<>();
        int[] identity = CompactRoi.identity(roi.ng());
        switch (featureClass == null ? "" : featureClass) {
            case "glcm" -> glcm(CompactRoi.of(roi), ps, out);
            case "glrlm" -> glrlm(CompactRoi.of(roi), ps, out);
            case "glszm" -> {
                CompactRoi c = CompactRoi.of(roi);
                named(out, GLSZM_NAMES, CountMatrixFeatures.compute(glszmMatrix(c.roi, ps), c.greyValue,
                        roi.voxelCount()));
            }
            case "gldm" -> {
                // dependence (|i - j| <= gldm_a) needs the original level values: no compaction
                CountMatrix m = gldmMatrix(roi, ps);
                named(out, GLDM_NAMES, CountMatrixFeatures.compute(m, identity, m.total()));
            }
            case "ngtdm" -> {
                double[][] m = ngtdmMatrix(roi, ps);
                named(out, NgtdmFeatures.PYRADIOMICS_NAMES, NgtdmFeatures.compute(m[0], m[1], identity));
            }
            default -> throw new IllegalArgumentException("unknown PyRadiomics texture class '" + featureClass
                    + "', expected one of " + FEATURE_CLASSES);
        }
        return new LinkedHashMap<>(out);
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

    private static void named(Map<String, Double> out, String[] names, double[] values) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                out.put(names[i], values == null ? Double.NaN : values[i]);
            }
        }
    }

    // ---- glcm -------------------------------------------------------------------------------------------------

    private static void glcm(CompactRoi c, PyRadiomicsSettings ps, Map<String, Double> out) {
        DiscretisedRoi roi = c.roi;
        int ng = roi.ng();
        int[] gv = c.greyValue;
        int[][] angles = Offsets.pyradiomics(sizeZyx(roi), ps.distances(), ps.force2DAxis(), false);
        double[][] m = GlcmMatrix.counts(roi, angles, 0, roi.nz());
        if (ps.symmetricalGlcm()) {
            for (double[] a : m) {
                GlcmMatrix.symmetrise(a, ng);
            }
        }
        double ngNorm = gv[ng - 1]; // PyRadiomics' N_g: the highest level in the ROI
        int present = ng;
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
        for (String[] nameIndex : GLCM_NAMES) {
            out.put(nameIndex[0], f == null ? Double.NaN : f[Integer.parseInt(nameIndex[1])]);
        }
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

    private static void glrlm(CompactRoi c, PyRadiomicsSettings ps, Map<String, Double> out) {
        DiscretisedRoi roi = c.roi;
        int[] gv = c.greyValue;
        int[][] angles = Offsets.pyradiomics(sizeZyx(roi), new int[] {1}, ps.force2DAxis(), false);
        CountMatrix[] m = GlrlmMatrix.compute(roi, angles, true);
        double[] f;
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
            f = CountMatrixFeatures.compute(cm, gv, cm.weightedByJ());
        } else {
            FeatureMean mean = new FeatureMean(CountMatrixFeatures.COUNT);
            for (CountMatrix a : m) {
                mean.add(CountMatrixFeatures.compute(a, gv, a.weightedByJ()));
            }
            f = mean.mean();
        }
        named(out, GLRLM_NAMES, f);
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
