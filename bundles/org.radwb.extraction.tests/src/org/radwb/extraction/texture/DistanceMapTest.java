package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** GLDZM border distances: face connectivity (IBSI), 1 at the border, morphological mask for the edge. */
class DistanceMapTest {

    @Test
    void distanceIsFaceConnectedNotChebyshev() {
        // 3x3 block in a 5x5 slice with one corner punched out: the centre's only nearby exit is diagonal
        int[][] img = {
            {0, 0, 0, 0, 0},
            {0, 0, 1, 1, 0},
            {0, 1, 1, 1, 0},
            {0, 1, 1, 1, 0},
            {0, 0, 0, 0, 0}};
        DiscretisedRoi roi = TextureMatrixExamplesTest.slice(img);
        int[] d = DistanceMap.compute(roi, true);
        assertEquals(2, d[roi.index(2, 2, 0)], "centre: two face steps to the edge");
        assertEquals(1, d[roi.index(2, 1, 0)]);
        assertEquals(0, d[roi.index(1, 1, 0)]);
    }

    @Test
    void cubeBorderIsOneAndCentreTwo() {
        int[] levels = new int[27];
        Arrays.fill(levels, 1);
        DiscretisedRoi cube = new DiscretisedRoi(3, 3, 3, 1, 1, 1, levels, 1);
        int[] d3 = DistanceMap.compute(cube, false);
        assertEquals(2, d3[cube.index(1, 1, 1)]);
        assertEquals(1, d3[cube.index(0, 1, 1)]);
        // in-slice distances: the centre of each 3x3 slice is 2 away, edges 1
        int[] d2 = DistanceMap.compute(cube, true);
        assertEquals(2, d2[cube.index(1, 1, 0)]);
        assertEquals(1, d2[cube.index(0, 0, 2)]);
    }

    @Test
    void morphologicalMaskDefinesTheEdge() {
        // 5x5x1 square, level 2, with the centre voxel re-segmented out of the intensity mask only
        int[] levels = new int[25];
        Arrays.fill(levels, 2);
        boolean[] morph = new boolean[25];
        Arrays.fill(morph, true);
        levels[12] = 0;
        DiscretisedRoi roi = new DiscretisedRoi(5, 5, 1, 1, 1, 1, levels, 2);
        TextureSettings s = TextureSettings.ibsiDefaults().withFamilies(EnumSet.of(TextureFamily.GLDZM))
                .withAggregations(EnumSet.of(Aggregation.SLICE_2D));
        // the single zone touches the box edge, so its distance is 1 with or without the morphological mask
        Map<String, Double> own = IbsiTexture.compute(roi, s).get("8QNN");
        Map<String, Double> withMorph = IbsiTexture.compute(roi, morph, s).get("8QNN");
        assertEquals(1.0, own.get("dzm.sde"));
        assertEquals(1.0, withMorph.get("dzm.sde"));

        int[] ring = new int[49];
        boolean[] full = new boolean[49];
        Arrays.fill(full, true);
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                boolean inner = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                ring[x + 7 * y] = inner && !(x == 3 && y == 3) ? 1 : (inner ? 0 : 2);
            }
        }
        DiscretisedRoi r7 = new DiscretisedRoi(7, 7, 1, 1, 1, 1, ring, 2);
        // 7x7: outer level-2 ring and an inner level-1 ring around a re-segmented centre voxel. The inner ring is
        // 1 step from the hole in the intensity mask but 3 steps from the edge of the (full) morphological mask
        double lde = IbsiTexture.compute(r7, s).get("8QNN").get("dzm.lde");
        double ldeMorph = IbsiTexture.compute(r7, full, s).get("8QNN").get("dzm.lde");
        // zones: level 2 (outer ring, distance 1) and level 1 (inner ring, distance 1 resp. 3)
        assertEquals((1 + 1) / 2.0, lde, 1e-15);
        assertEquals((1 + 9) / 2.0, ldeMorph, 1e-15);
    }

    @Test
    void intensityVoxelOutsideMorphologicalMaskIsRejected() {
        DiscretisedRoi roi = new DiscretisedRoi(2, 1, 1, 1, 1, 1, new int[] {1, 1}, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IbsiTexture.compute(roi, new boolean[] {true, false}, TextureSettings.ibsiDefaults()));
        assertTrue(e.getMessage().contains("subset"), e.getMessage());
    }
}
