package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texture matrices against PyRadiomics' baseline matrices (baseline_matrices/&lt;case&gt;_&lt;matrix&gt;.npy, made with
 * binWidth 25, 3D, distance 1). PyRadiomics stores them after deleting grey levels absent from the ROI and empty
 * columns; the same compaction is applied here before comparing element by element (1e-12 relative).
 */
class PyRadiomicsMatrixTest {

    private static final Map<String, Object> PLAIN = Map.of();

    private static void assertClose(NpyReader.NpyArray expected, int[] shape, double[] actual, String what) {
        assertArrayEquals(expected.shape(), shape, what + ": shape");
        for (int i = 0; i < actual.length; i++) {
            double e = expected.data()[i];
            double a = actual[i];
            if (Math.abs(a - e) > 1e-12 * Math.max(1, Math.abs(e))) {
                assertEquals(e, a, what + ": element " + i + " (C order) differs");
            }
        }
    }

    private static List<Integer> presentLevels(DiscretisedRoi roi) {
        List<Integer> out = new ArrayList<>();
        boolean[] p = roi.levelsPresent();
        for (int l = 1; l <= roi.ng(); l++) {
            if (p[l]) {
                out.add(l);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "brain2"})
    void glcmMatchesPerAngle(String caseName) throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        int[][] angles = PyRadiomicsTexture.glcmAngles(roi, PLAIN);
        double[][] m = GlcmMatrix.compute(roi, angles, true);
        List<Integer> lv = presentLevels(roi);
        int n = lv.size();
        int na = angles.length;
        double[] out = new double[n * n * na];
        for (int a = 0; a < na; a++) {
            double total = 0;
            for (double v : m[a]) {
                total += v;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[(i * n + j) * na + a] = m[a][(lv.get(i) - 1) * roi.ng() + lv.get(j) - 1] / total;
                }
            }
        }
        assertClose(NpyReader.read("/texture/pyradiomics/" + caseName + "_glcm.npy"), new int[] {n, n, na}, out,
                caseName + " GLCM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "brain2"})
    void glrlmMatchesPerAngle(String caseName) throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        int[][] angles = PyRadiomicsTexture.glrlmAngles(roi, PLAIN);
        CountMatrix[] m = GlrlmMatrix.compute(roi, angles, true);
        List<Integer> lv = presentLevels(roi);
        int nj = m[0].nj();
        List<Integer> cols = new ArrayList<>();
        for (int j = 1; j <= nj; j++) {
            double s = 0;
            for (CountMatrix a : m) {
                for (int l : lv) {
                    s += a.get(l, j);
                }
            }
            if (s > 0) {
                cols.add(j);
            }
        }
        int na = angles.length;
        double[] out = new double[lv.size() * cols.size() * na];
        for (int i = 0; i < lv.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                for (int a = 0; a < na; a++) {
                    out[(i * cols.size() + j) * na + a] = m[a].get(lv.get(i), cols.get(j));
                }
            }
        }
        assertClose(NpyReader.read("/texture/pyradiomics/" + caseName + "_glrlm.npy"),
                new int[] {lv.size(), cols.size(), na}, out, caseName + " GLRLM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "brain2"})
    void glszmMatches(String caseName) throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        CountMatrix m = PyRadiomicsTexture.glszmMatrix(roi, PLAIN);
        assertCompacted(m, presentLevels(roi), caseName + "_glszm.npy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "brain2"})
    void gldmMatches(String caseName) throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        CountMatrix m = PyRadiomicsTexture.gldmMatrix(roi, PLAIN);
        assertCompacted(m, presentLevels(roi), caseName + "_gldm.npy");
    }

    /** Rows of present grey levels, columns with a non-zero sum. */
    private static void assertCompacted(CountMatrix m, List<Integer> lv, String file) throws IOException {
        List<Integer> cols = new ArrayList<>();
        for (int j = 1; j <= m.nj(); j++) {
            double s = 0;
            for (int l : lv) {
                s += m.get(l, j);
            }
            if (s > 0) {
                cols.add(j);
            }
        }
        double[] out = new double[lv.size() * cols.size()];
        for (int i = 0; i < lv.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                out[i * cols.size() + j] = m.get(lv.get(i), cols.get(j));
            }
        }
        assertClose(NpyReader.read("/texture/pyradiomics/" + file), new int[] {lv.size(), cols.size()}, out, file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "brain2"})
    void ngtdmMatches(String caseName) throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load(caseName).binWidth(25);
        double[][] m = PyRadiomicsTexture.ngtdmMatrix(roi, PLAIN);
        List<Integer> lv = presentLevels(roi);
        double[] out = new double[lv.size() * 3];
        for (int i = 0; i < lv.size(); i++) {
            int l = lv.get(i);
            out[i * 3] = m[0][l - 1];
            out[i * 3 + 1] = m[1][l - 1];
            out[i * 3 + 2] = l;
        }
        assertClose(NpyReader.read("/texture/pyradiomics/" + caseName + "_ngtdm.npy"), new int[] {lv.size(), 3}, out,
                caseName + " NGTDM");
    }
}
