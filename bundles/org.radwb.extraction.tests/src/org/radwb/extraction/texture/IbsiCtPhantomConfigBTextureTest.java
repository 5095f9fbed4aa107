package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * IBSI-1 CT radiomics phantom, configuration B (2D; in-plane bilinear resampling to 2 x 2 mm with the slices kept,
 * re-segmentation [-500, 400] HU, FBN 32): texture rows (2D aggregations) within their stated tolerance.
 * Test data only: the phantom is CC BY-NC 3.0.
 */
class IbsiCtPhantomConfigBTextureTest {

    @Test
    void textureRowsWithinTolerance() throws IOException {
        PyRadiomicsCase c = IbsiCtPhantom3DTextureTest.resampledPhantom(new double[] {2, 2, 3});
        boolean[] morph = c.mask;
        boolean[] intensity = new boolean[morph.length];
        for (int i = 0; i < morph.length; i++) {
            intensity[i] = morph[i] && c.image[i] >= -500 && c.image[i] <= 400;
        }
        DiscretisedRoi roi = IbsiCtPhantom3DTextureTest.fixedBinNumber(c, intensity, 32);
        TextureSettings s = TextureSettings.ibsiDefaults().withAggregations(EnumSet.of(Aggregation.BY_SLICE_AVERAGED,
                Aggregation.BY_SLICE_MERGED, Aggregation.BY_DIRECTION_MERGED, Aggregation.FULL_2_5D_MERGED,
                Aggregation.SLICE_2D, Aggregation.MERGED_2_5D));
        Map<String, Map<String, Double>> ours = IbsiTexture.compute(roi, morph, s);
        List<String[]> rows = TextureFixtures.readCsv("/texture/ibsi-ct/ibsi1_config_B_texture_reference.csv");
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[9].isEmpty()) {
                continue;
            }
            compared++;
            double ref = Double.parseDouble(r[9]);
            double tol = IbsiDigitalPhantomTextureTest.allowed(r[9], r[10].isEmpty() ? 0 : Double.parseDouble(r[10]));
            Double v = ours.getOrDefault(r[8], Map.of()).get(r[6]);
            if (v == null || !(Math.abs(v - ref) <= tol)) {
                failures.add(r[6] + " [" + r[8] + "] ref " + r[9] + " +- " + r[10] + " ours " + v);
            }
        }
        System.out.println("IBSI CT phantom config B: " + (compared - failures.size()) + "/" + compared
                + " texture rows within tolerance, " + roi.voxelCount() + " voxels" + (failures.isEmpty() ? ""
                : " " + failures));
        assertEquals(List.of(), failures, "config B");
    }
}
