package org.radwb.extraction.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pyradiomics.PyRadiomicsExtractor;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/**
 * Voxel-based maps: with a kernel larger than the ROI every voxel sees the whole ROI, so every map value must equal
 * the whole-ROI PyRadiomics feature (itself checked against PyRadiomics' baselines); maps are NaN outside the ROI and
 * survive a NIfTI round trip.
 */
class VoxelMapsTest {

    @TempDir
    Path tmp;

    @Test
    void kernelCoveringTheRoiGivesTheWholeRoiFeature() throws Exception {
        Volume image = ImageIO.read(TestData.file("pyradiomics/brain2_image.nrrd", tmp));
        var mask = ImageIO.readLabels(TestData.file("pyradiomics/brain2_label.nrrd", tmp)).select(1);
        ParameterFile params = ParameterFile.parse("v.yaml", "setting:\n  binWidth: 25\n  kernelRadius: 25\nfeatureClass:\n  ngtdm:\n");
        Map<String, Volume> maps = VoxelMaps.compute(image, mask, "ngtdm", params);
        var whole = PyRadiomicsExtractor.extract(image, mask, params).features();
        assertEquals(whole.keySet(), maps.keySet());
        for (var e : maps.entrySet()) {
            double ref = whole.get(e.getKey());
            float[] v = e.getValue().voxels();
            int inside = 0;
            for (int p = 0; p < v.length; p++) {
                if (mask.inside()[p]) {
                    inside++;
                    assertEquals(ref, v[p], 1e-5 * Math.max(1, Math.abs(ref)), e.getKey());
                } else {
                    assertTrue(Float.isNaN(v[p]));
                }
            }
            assertEquals(453, inside);
        }
        var files = VoxelMaps.write(maps, tmp.resolve("maps"));
        assertEquals(maps.size(), files.size());
        Volume back = ImageIO.read(files.get(0));
        assertTrue(back.geometry().sameGrid(image.geometry(), 1e-4));
    }
}
