package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PyRadiomics texture classes against PyRadiomics' own baseline values (baseline_&lt;class&gt;.csv, BSD-3) for the
 * brain1/brain2 columns whose preprocessing is discretisation only (plain, _2d, _FBN, _combined, _flatRegion,
 * _resegmentation), and against the PyRadiomics 3.1.0 default-settings output. Tolerance: 1e-6 relative
 * (absolute 1e-12 near zero), as the issue requires.
 */
class PyRadiomicsBaselineTest {

    static final double REL_TOL = 1e-6;
    static final String[] CLASSES = {"glcm", "glrlm", "glszm", "gldm", "ngtdm"};
    static final String[] CONFIGS = {"", "_2d", "_FBN", "_combined", "_flatRegion", "_resegmentation"};

    static boolean close(double ours, double ref) {
        return Math.abs(ours - ref) <= Math.max(REL_TOL * Math.abs(ref), 1e-12);
    }

    /** The discretised ROI and texture settings of one baseline column, as its diagnostics_Configuration_Settings say. */
    static DiscretisedRoi roiFor(String caseName, String config) throws IOException {
        PyRadiomicsCase c = PyRadiomicsCase.load(caseName);
        return switch (config) {
            case "_FBN" -> c.binCount(64);
            case "_flatRegion" -> c.resegmentSigma(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).binWidth(5000);
            case "_resegmentation" -> c.resegmentSigma(-3, 3).binWidth(25);
            default -> c.binWidth(25);
        };
    }

    static Map<String, Object> settingsFor(String config) {
        Map<String, Object> s = new HashMap<>();
        s.put("distances", List.of(1));
        s.put("gldm_a", 0);
        s.put("weightingNorm", null);
        s.put("force2D", config.equals("_2d"));
        s.put("force2Ddimension", 0);
        if (config.equals("_combined")) {
            s.put("weightingNorm", "no_weighting");
        }
        return s;
    }

    /** @return featureName -> (column -> value) for the original_&lt;class&gt;_* rows */
    static Map<String, Map<String, String>> baseline(String featureClass) throws IOException {
        List<String[]> rows = TextureFixtures.readCsv("/texture/pyradiomics/baseline_" + featureClass + ".csv");
        String[] header = rows.get(0);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        String prefix = "original_" + featureClass + "_";
        for (String[] r : rows.subList(1, rows.size())) {
            if (!r[0].startsWith(prefix)) {
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int i = 1; i < header.length; i++) {
                byColumn.put(header[i], i < r.length ? r[i] : "");
            }
            out.put(r[0].substring(prefix.length()), byColumn);
        }
        return out;
    }

    static Stream<Arguments> columns() {
        List<Arguments> args = new ArrayList<>();
        for (String caseName : new String[] {"brain1", "brain2"}) {
            for (String config : CONFIGS) {
                for (String cls : CLASSES) {
                    if (config.equals("_combined") && !(cls.equals("glcm") || cls.equals("glrlm"))) {
                        continue;
                    }
                    args.add(Arguments.of(caseName, config, cls));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}{1} {2}")
    @MethodSource("columns")
    void matchesPyRadiomicsBaseline(String caseName, String config, String featureClass) throws IOException {
        String column = caseName + config;
        Map<String, Double> ours = PyRadiomicsTexture.compute(roiFor(caseName, config), featureClass,
                settingsFor(config));
        Map<String, Map<String, String>> ref = baseline(featureClass);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Map<String, String>> e : ref.entrySet()) {
            String cell = e.getValue().get(column);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            compared++;
            double r = Double.parseDouble(cell);
            Double o = ours.get(e.getKey());
            if (o == null || !close(o, r)) {
                failures.add(e.getKey() + ": baseline " + cell + ", ours " + o);
            }
        }
        assertTrue(compared > 0, "baseline column " + column + " has no " + featureClass + " values");
        assertEquals(List.of(), failures, column + " " + featureClass + ": " + failures.size() + " of " + compared
                + " features differ by more than " + REL_TOL + " relative");
        System.out.println("PyRadiomics baseline " + column + " " + featureClass + ": " + compared + "/" + compared);
    }

    @ParameterizedTest(name = "{0} default settings")
    @MethodSource("defaultCases")
    void matchesPyRadiomics310DefaultFeatures(String caseName) throws IOException {
        List<String[]> rows = TextureFixtures.readCsv(
                "/texture/pyradiomics/pyradiomics_v3.1.0_default_features_brain1_brain2.csv");
        int col = List.of(rows.get(0)).indexOf(caseName);
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        Map<String, Map<String, Double>> ours = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (!List.of(CLASSES).contains(r[0])) {
                continue;
            }
            Map<String, Double> values = ours.computeIfAbsent(r[0], k -> PyRadiomicsTexture.compute(roi, k, Map.of()));
            compared++;
            Double o = values.get(r[1]);
            if (o == null || !close(o, Double.parseDouble(r[col]))) {
                failures.add(r[0] + "_" + r[1] + ": PyRadiomics " + r[col] + ", ours " + o);
            }
        }
        assertEquals(75, compared, "texture features in the PyRadiomics default set");
        for (String cls : CLASSES) {
            long expected = rows.stream().filter(r -> r[0].equals(cls)).count();
            assertEquals(expected, ours.get(cls).size(), cls + ": feature names differ from PyRadiomics' default set");
        }
        assertEquals(List.of(), failures, caseName + ": " + failures.size() + " of " + compared + " features differ");
        System.out.println("PyRadiomics 3.1.0 defaults " + caseName + ": " + compared + "/" + compared);
    }

    static Stream<String> defaultCases() {
        return Stream.of("brain1", "brain2");
    }
}
