package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Voxel-based maps. No PyRadiomics voxel-based baseline exists in the reference data, so these checks pin the
 * construction: a kernel that covers the whole ROI must reproduce the segment-based value (which matches
 * PyRadiomics to 1e-6) at every voxel, and a small kernel must only see its neighbourhood.
 */
class VoxelBasedTextureTest {

    @Test
    void kernelCoveringTheRoiReproducesSegmentValues() throws IOException {
        DiscretisedRoi roi = PyRadiomicsCase.load("brain2").binWidth(25);
        for (String cls : PyRadiomicsTexture.FEATURE_CLASSES) {
            Map<String, Double> segment = PyRadiomicsTexture.compute(roi, cls, Map.of());
            PyRadiomicsTexture.VoxelFeatureMaps maps = PyRadiomicsTexture.voxelBased(roi, cls,
                    Map.of("kernelRadius", 20));
            assertEquals(segment.keySet(), maps.values().keySet(), cls);
            assertEquals(roi.voxelCount(), maps.voxels().length);
            for (Map.Entry<String, double[]> e : maps.values().entrySet()) {
                double expected = segment.get(e.getKey());
                for (double v : e.getValue()) {
                    assertEquals(expected, v, 1e-12 * Math.max(1, Math.abs(expected)), cls + " " + e.getKey());
                }
            }
        }
    }

    @Test
    void smallKernelSeesOnlyItsNeighbourhood() {
        // two 3x3 blocks of different levels, 3 voxels apart: with radius 1 each voxel sees one level only
        int[][] rows = {
            {1, 1, 1, 0, 0, 0, 2, 2, 2},
            {1, 1, 1, 0, 0, 0, 2, 2, 2},
            {1, 1, 1, 0, 0, 0, 2, 2, 2}};
        DiscretisedRoi roi = TextureMatrixExamplesTest.slice(rows);
        PyRadiomicsTexture.VoxelFeatureMaps maps = PyRadiomicsTexture.voxelBased(roi, "glszm",
                Map.of("kernelRadius", 1));
        double[] zp = maps.values().get("ZonePercentage");
        double[] glnu = maps.values().get("GrayLevelNonUniformityNormalized");
        for (int i = 0; i < zp.length; i++) {
            assertTrue(zp[i] < 1, "one zone per kernel");
            assertEquals(1.0, glnu[i], 1e-15, "a single grey level per kernel");
        }
        // the centre voxel of the left block sees all 9 voxels as one zone
        int centre = roi.index(1, 1, 0);
        int k = java.util.Arrays.binarySearch(maps.voxels(), centre);
        assertEquals(1.0 / 9, zp[k], 1e-15);
        // the GLCM of a one-level kernel: MCC 0 (the ROI has two levels), correlation 1
        PyRadiomicsTexture.VoxelFeatureMaps glcm = PyRadiomicsTexture.voxelBased(roi, "glcm", Map.of());
        assertEquals(0.0, glcm.values().get("MCC")[k]);
        assertEquals(1.0, glcm.values().get("Correlation")[k]);
    }

    @Test
    void unsupportedSettingsAreClearErrors() {
        DiscretisedRoi roi = TextureMatrixExamplesTest.slice(new int[][] {{1, 2}, {2, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.voxelBased(roi, "glcm", Map.of("maskedKernel", false)));
        assertTrue(e.getMessage().contains("maskedKernel"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PyRadiomicsTexture.voxelBased(roi, "glcm", Map.of("kernelRadius", 0)));
        assertTrue(e.getMessage().contains("kernelRadius"), e.getMessage());
    }
}
