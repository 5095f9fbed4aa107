package org.radwb.extraction.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pipeline.IbsiExtractor;
import org.radwb.extraction.pipeline.IbsiSettings;
import org.radwb.imaging.io.ImageIO;

/**
 * IBSI-1 digital phantom: every reference row (all families, all aggregations) must match the manual's value to
 * the 3 significant digits it prints (morphology: within the printed tolerance).
 */
class IbsiDigitalPhantomTest {

    @TempDir
    Path tmp;

    @Test
    void allReferenceRowsWithinTolerance() throws Exception {
        var image = ImageIO.read(TestData.file("ibsi/digital_phantom/phantom.nii.gz", tmp));
        var mask = ImageIO.readLabels(TestData.file("ibsi/digital_phantom/mask.nii.gz", tmp)).select(1);
        var settings = IbsiSettings.from(ParameterFile.parse("digital-phantom.yaml", TestData.text("ibsi/params/digital-phantom.yaml")));
        var result = IbsiExtractor.extract(image, mask, settings);
        var refs = IbsiReference.read(TestData.reader("ibsi/reference/ibsi1_reference_values_digital_phantom.csv"),
                "digital_phantom.csv", "digital_phantom");
        assertEquals(482, refs.size());
        List<Conformance.Line> lines = Conformance.compare(refs, result.values());
        String misses = lines.stream().filter(l -> !l.pass())
                .map(l -> l.ref().tag() + " " + l.ref().aggregationCode() + " ref " + l.ref().value() + " ours " + l.ours())
                .collect(Collectors.joining("\n"));
        assertEquals(482, Conformance.passed(lines), misses);
        assertTrue(result.values().stream().anyMatch(v -> v.name().equals("morph.vol") && v.ibsiCode().equals("RNU0")));
    }

    @Test
    void toleranceRuleForThreeSignificantDigits() {
        var row = new IbsiReference.Row("d", "f", "x", "C", "t", "", "", 0.0411, 0);
        assertEquals(0.00005, Conformance.allowed(row), 1e-12);
        var big = new IbsiReference.Row("d", "f", "x", "C", "t", "", "", 567, 0);
        assertEquals(0.5, Conformance.allowed(big), 1e-9);
        var tol = new IbsiReference.Row("d", "f", "x", "C", "t", "", "", 556, 4);
        assertEquals(4, Conformance.allowed(tol), 1e-6);
    }
}
