package org.radwb.extraction.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;

/** Cases sharing an image are read once and give exactly the values of separate runs, in case order. */
class BatchRunnerTest {

    @TempDir
    Path tmp;

    @Test
    void sharedImageGivesTheSameValuesAsSeparateRuns() throws Exception {
        Path img = TestData.file("pyradiomics/brain2_image.nrrd", tmp);
        Path msk = TestData.file("pyradiomics/brain2_label.nrrd", tmp);
        Path other = TestData.file("ibsi/digital_phantom/phantom.nii.gz", tmp);
        Path otherMask = TestData.file("ibsi/digital_phantom/mask.nii.gz", tmp);
        Path cases = tmp.resolve("cases.csv");
        Files.writeString(cases, "Image,Mask,Label\n" + img.getFileName() + "," + msk.getFileName() + ",1\n" + other.getFileName()
                + "," + otherMask.getFileName() + ",1\n" + img.getFileName() + "," + msk.getFileName() + ",1\n");
        ParameterFile p = ParameterFile.parse("p.yaml", "setting:\n  minimumROIDimensions: 1\n");
        List<String> log = new ArrayList<>();
        List<CaseResult> batch = BatchRunner.run(BatchRunner.readCases(cases), p, Mode.PYRADIOMICS, 2, 1, log::add);
        assertEquals(3, batch.size());
        assertTrue(batch.stream().allMatch(CaseResult::ok), log.toString());
        CaseResult single = Extraction.run(img, msk, Extraction.Labels.of(1), p, Mode.PYRADIOMICS).get(0);
        for (int i : new int[] { 0, 2 }) {
            assertEquals(single.values(), batch.get(i).values());
            assertEquals(single.imageSha256(), batch.get(i).imageSha256());
        }
        assertTrue(batch.get(1).image().endsWith("phantom.nii.gz"));
    }
}
