package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IBSI-1 CT radiomics phantom, configuration A (2D, no interpolation, re-segmentation [-500, 400] HU, fixed bin size
 * 25 HU from -500, distances 1, NGLDM alpha 0): every texture reference row (2D aggregations) within its stated
 * tolerance. Intensity mask = GTV within the range; morphological mask (GLDZM distances) = GTV.
 * Test data only: the phantom is CC BY-NC 3.0.
 */
class IbsiCtPhantomConfigATextureTest {

    private static Map<String, Map<String, Double>> ours;
    private static List<String[]> reference;
    private static DiscretisedRoi roi;

    @BeforeAll
    static void compute() throws IOException {
        PyRadiomicsCase ct = PyRadiomicsCase.loadResource("/texture/ibsi-ct/ct_phantom_gtv_roi.txt.gz");
        // box levels may go up to 37 ((400 - -500) / 25 + 1); IBSI N_g is the highest level in the ROI (36), which
        // IbsiTexture derives itself, so passing the range-derived 37 must not change any value
        roi = ct.ibsiFixedBinSize(-500, 400, 25, 37);
        TextureSettings s = TextureSettings.ibsiDefaults().withAggregations(EnumSet.of(Aggregation.BY_SLICE_AVERAGED,
                Aggregation.BY_SLICE_MERGED, Aggregation.BY_DIRECTION_MERGED, Aggregation.FULL_2_5D_MERGED,
                Aggregation.SLICE_2D, Aggregation.MERGED_2_5D));
        ours = IbsiTexture.compute(roi, ct.maskCopy(), s);
        List<String[]> rows = TextureFixtures.readCsv("/texture/ibsi-ct/ibsi1_config_A_texture_reference.csv");
        reference = rows.subList(1, rows.size());
    }

    @ParameterizedTest
    @EnumSource(TextureFamily.class)
    void everyReferenceRowOfTheFamilyIsWithinTolerance(TextureFamily family) {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        for (String[] r : reference) {
            if (!r[2].equals(family.ibsiCode()) || r[9].isEmpty()) {
                continue;
            }
            rows++;
            double ref = Double.parseDouble(r[9]);
            double tol = IbsiDigitalPhantomTextureTest.allowed(r[9], r[10].isEmpty() ? 0 : Double.parseDouble(r[10]));
            Double value = ours.getOrDefault(r[8], Map.of()).get(r[6]);
            if (value == null || !(Math.abs(value - ref) <= tol)) {
                failures.add(r[6] + " [" + r[8] + "] ref " + r[9] + " +- " + r[10] + " ours " + value);
            }
        }
        System.out.println("IBSI CT phantom config A " + family + ": " + (rows - failures.size()) + "/" + rows
                + " rows within tolerance" + (failures.isEmpty() ? "" : " " + failures));
        assertEquals(List.of(), failures, family + ": " + failures.size() + " of " + rows + " rows outside tolerance");
    }

    /** Border distances from the re-segmented intensity mask instead of the morphological mask miss the reference. */
    @Test
    void gldzmDistancesNeedTheMorphologicalMask() {
        TextureSettings s = TextureSettings.ibsiDefaults().withFamilies(EnumSet.of(TextureFamily.GLDZM))
                .withAggregations(EnumSet.of(Aggregation.SLICE_2D));
        double intensityOnly = IbsiTexture.compute(roi, s).get("8QNN").get("dzm.sde");
        assertEquals(0.192, ours.get("8QNN").get("dzm.sde"), 0.006);
        assertTrue(Math.abs(intensityOnly - 0.192) > 0.1, "dzm.sde from the intensity mask: " + intensityOnly);
    }
}
