package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bad input gives a clear error; degenerate ROIs give defined values; results do not depend on orientation. */
class TextureEdgeCasesTest {

    @Test
    void emptyRoiIsAClearError() {
        DiscretisedRoi empty = new DiscretisedRoi(3, 3, 1, 1, 1, 1, new int[9], 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IbsiTexture.compute(empty, TextureSettings.ibsiDefaults()));
        assertTrue(e.getMessage().contains("no voxels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PyRadiomicsTexture.compute(empty, "glcm", Map.of()));
    }

    @Test
    void invalidRoiArgumentsNameTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DiscretisedRoi(2, 2, 1, 1, 1, 1, new int[] {1, 2, 7, 0}, 4));
        assertTrue(e.getMessage().contains("levels[2] = 7"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new DiscretisedRoi(2, 2, 2, 1, 1, 1, new int[] {1, 2, 3, 0}, 4));
        assertTrue(e.getMessage().contains("expected nx*ny*nz = 8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new DiscretisedRoi(1, 1, 1, 0, 1, 1, new int[] {1}, 1));
        assertTrue(e.getMessage().contains("spacing"), e.getMessage());
    }

    @Test
    void badPyRadiomicsSettingsNameTheSetting() {
        DiscretisedRoi roi = TextureMatrixExamplesTest.slice(new int[][] {{1, 2}, {2, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.compute(roi, "glcmx", Map.of()));
        assertTrue(e.getMessage().contains("glcmx"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.compute(roi, "glcm", Map.of("force2D", true, "force2Ddimension", 3)));
        assertTrue(e.getMessage().contains("force2Ddimension"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.compute(roi, "gldm", Map.of("distances", List.of(0))));
        assertTrue(e.getMessage().contains("distances"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.compute(roi, "gldm", Map.of("gldm_a", "x")));
        assertTrue(e.getMessage().contains("gldm_a"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.compute(roi, "glcm", Map.of("symmetricalGLCM", "maybe")));
        assertTrue(e.getMessage().contains("symmetricalGLCM"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextureSettings.ibsiDefaults().withGlcmDistance(0));
    }

    @Test
    void oneVoxelRoiGivesDefinedValues() {
        DiscretisedRoi one = new DiscretisedRoi(1, 1, 1, 1, 1, 1, new int[] {3}, 4);
        // no co-occurring pair: every angle is empty, so PyRadiomics' mean over angles is NaN
        assertTrue(PyRadiomicsTexture.compute(one, "glcm", Map.of()).values().stream().allMatch(v -> v.isNaN()));
        Map<String, Double> ngtdm = PyRadiomicsTexture.compute(one, "ngtdm", Map.of());
        assertEquals(1e6, ngtdm.get("Coarseness"));
        assertEquals(0.0, ngtdm.get("Contrast"));
        assertEquals(0.0, ngtdm.get("Busyness"));
        Map<String, Double> glszm = PyRadiomicsTexture.compute(one, "glszm", Map.of());
        assertEquals(1.0, glszm.get("ZonePercentage"));
        assertEquals(1.0, glszm.get("SmallAreaEmphasis"));
        Map<String, Map<String, Double>> ibsi = IbsiTexture.compute(one, TextureSettings.ibsiDefaults());
        assertEquals(1.0, ibsi.get("KOBO").get("szm.z.perc"));
        assertEquals(1.0, ibsi.get("KOBO").get("dzm.sde"));
        assertTrue(ibsi.get("IAZD").get("cm.joint.max").isNaN());
    }

    @Test
    void flatRegionFollowsPyRadiomicsConventions() {
        int[] levels = new int[27];
        Arrays.fill(levels, 2);
        DiscretisedRoi flat = new DiscretisedRoi(3, 3, 3, 1, 1, 1, levels, 2);
        Map<String, Double> glcm = PyRadiomicsTexture.compute(flat, "glcm", Map.of());
        assertEquals(1.0, glcm.get("Correlation"));
        assertEquals(0.0, glcm.get("Imc1"));
        assertEquals(0.0, glcm.get("Imc2"));
        assertEquals(1.0, glcm.get("MCC"));
        assertEquals(1.0, glcm.get("MaximumProbability"));
    }

    /** Mirroring the ROI along x maps the direction set onto itself, so averaged and merged features are unchanged. */
    @Test
    void mirroredRoiGivesTheSameIbsiFeatures() throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load("brain2").binWidth(25);
        int[] mirrored = new int[roi.levels().length];
        for (int z = 0; z < roi.nz(); z++) {
            for (int y = 0; y < roi.ny(); y++) {
                for (int x = 0; x < roi.nx(); x++) {
                    mirrored[roi.index(roi.nx() - 1 - x, y, z)] = roi.levels()[roi.index(x, y, z)];
                }
            }
        }
        DiscretisedRoi flipped = new DiscretisedRoi(roi.nx(), roi.ny(), roi.nz(), roi.sx(), roi.sy(), roi.sz(),
                mirrored, roi.ng());
        Map<String, Map<String, Double>> a = IbsiTexture.compute(roi, TextureSettings.ibsiDefaults());
        Map<String, Map<String, Double>> b = IbsiTexture.compute(flipped, TextureSettings.ibsiDefaults());
        assertEquals(a.keySet(), b.keySet());
        int n = 0;
        for (String agg : a.keySet()) {
            for (Map.Entry<String, Double> e : a.get(agg).entrySet()) {
                double other = b.get(agg).get(e.getKey());
                assertEquals(e.getValue(), other, 1e-9 * Math.max(1, Math.abs(e.getValue())), agg + " " + e.getKey());
                n++;
            }
        }
        assertEquals(6 * 25 + 6 * 16 + 3 * (16 + 16 + 5 + 17), n, "number of IBSI texture values");
    }

    @Test
    void settingsSelectFamiliesAndAggregations() throws IOException {
        DiscretisedRoi roi = TextureFixtures.digitalPhantom();
        TextureSettings s = TextureSettings.ibsiDefaults()
                .withFamilies(java.util.EnumSet.of(TextureFamily.NGTDM))
                .withAggregations(java.util.EnumSet.of(Aggregation.VOLUME_3D));
        Map<String, Map<String, Double>> r = IbsiTexture.compute(roi, s);
        assertEquals(List.of("KOBO"), List.copyOf(r.keySet()));
        assertEquals(5, r.get("KOBO").size());
        Map<String, Object> py = new HashMap<>();
        py.put("weightingNorm", null);
        assertEquals(24, PyRadiomicsTexture.compute(roi, "glcm", py).size());
    }

    /** A huge N_g with few levels present (fine discretisation) gives identical values and stays cheap. */
    @Test
    void unusedGreyLevelsChangeNothing() throws IOException {
        DiscretisedRoi phantom = TextureFixtures.digitalPhantom();
        DiscretisedRoi wide = new DiscretisedRoi(phantom.nx(), phantom.ny(), phantom.nz(), 2, 2, 2, phantom.levels(),
                100_000);
        Map<String, Map<String, Double>> a = IbsiTexture.compute(phantom, TextureSettings.ibsiDefaults());
        Map<String, Map<String, Double>> b = IbsiTexture.compute(wide, TextureSettings.ibsiDefaults());
        assertEquals(a, b);
        for (String cls : PyRadiomicsTexture.FEATURE_CLASSES) {
            assertEquals(PyRadiomicsTexture.compute(phantom, cls, Map.of()), PyRadiomicsTexture.compute(wide, cls,
                    Map.of()), cls);
        }
    }

    /** IBSI counts only voxels with at least one ROI neighbour in n_i (manual, NGTDM); PyRadiomics counts all. */
    @Test
    void ngtdmIsolatedVoxelsIbsiVersusPyRadiomics() {
        DiscretisedRoi roi = TextureMatrixExamplesTest.slice(new int[][] {{1, 0, 2, 3}});
        int[][] nb = Offsets.neighbourhood(1, true);
        double[][] ibsi = NgtdmMatrix.compute(roi, nb, false);
        double[][] py = NgtdmMatrix.compute(roi, nb, true);
        assertEquals(List.of(0.0, 1.0, 1.0), List.of(ibsi[0][0], ibsi[0][1], ibsi[0][2]));
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(py[0][0], py[0][1], py[0][2]));
        // s_2 = |2 - 3| and s_3 = |3 - 2|; the isolated voxel adds nothing
        assertEquals(List.of(0.0, 1.0, 1.0), List.of(ibsi[1][0], ibsi[1][1], ibsi[1][2]));
        assertEquals(List.of(0.0, 1.0, 1.0), List.of(py[1][0], py[1][1], py[1][2]));
    }

    /** The GLCM distance changes co-occurrences only; run lengths always follow adjacent voxels. */
    @Test
    void glcmDistanceDoesNotChangeRunLengths() throws IOException {
        DiscretisedRoi roi = TextureFixtures.digitalPhantom();
        TextureSettings d1 = TextureSettings.ibsiDefaults();
        TextureSettings d2 = d1.withGlcmDistance(2);
        Map<String, Map<String, Double>> a = IbsiTexture.compute(roi, d1);
        Map<String, Map<String, Double>> b = IbsiTexture.compute(roi, d2);
        assertEquals(a.get("ITBB").get("rlm.sre"), b.get("ITBB").get("rlm.sre"));
        assertTrue(!a.get("ITBB").get("cm.contrast").equals(b.get("ITBB").get("cm.contrast")));
    }

    /** force2Ddimension picks the out-of-plane axis: swapping x and z and naming x as that axis changes nothing. */
    @Test
    void force2DDimensionFollowsTheAxis() throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load("brain2").binWidth(25);
        int nx = roi.nx();
        int ny = roi.ny();
        int nz = roi.nz();
        int[] swapped = new int[roi.levels().length];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    swapped[z + nz * (y + ny * x)] = roi.levels()[roi.index(x, y, z)];
                }
            }
        }
        DiscretisedRoi t = new DiscretisedRoi(nz, ny, nx, roi.sz(), roi.sy(), roi.sx(), swapped, roi.ng());
        for (String cls : PyRadiomicsTexture.FEATURE_CLASSES) {
            Map<String, Double> a = PyRadiomicsTexture.compute(roi, cls, Map.of("force2D", true, "force2Ddimension", 0));
            Map<String, Double> b = PyRadiomicsTexture.compute(t, cls, Map.of("force2D", true, "force2Ddimension", 2));
            for (Map.Entry<String, Double> e : a.entrySet()) {
                assertEquals(e.getValue(), b.get(e.getKey()), 1e-9 * Math.max(1, Math.abs(e.getValue())),
                        cls + " " + e.getKey());
            }
        }
    }
}
