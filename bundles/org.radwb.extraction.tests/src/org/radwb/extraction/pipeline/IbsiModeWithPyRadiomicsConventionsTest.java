package org.radwb.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.CsvLine;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.imaging.io.ImageIO;

/**
 * IBSI mode with MR z-score normalisation and PyRadiomics' bin edges reproduces PyRadiomics' own
 * {@code brain1_normalization} baseline (normalize, normalizeScale 100, binWidth 5): intensity statistics and
 * histogram entropy/uniformity to 1e-6 relative.
 */
class IbsiModeWithPyRadiomicsConventionsTest {

    @TempDir
    Path tmp;

    @Test
    void normalisedBrain1MatchesPyRadiomicsBaseline() throws Exception {
        Map<String, Double> ref = new HashMap<>();
        try (BufferedReader r = new BufferedReader(TestData.reader("pyradiomics/baseline/baseline_firstorder.csv"))) {
            String[] h = CsvLine.split(r.readLine());
            int col = java.util.Arrays.asList(h).indexOf("brain1_normalization");
            String l;
            while ((l = r.readLine()) != null) {
                String[] f = CsvLine.split(l);
                if (f[0].startsWith("original_firstorder_")) {
                    ref.put(f[0].substring("original_firstorder_".length()), Double.parseDouble(f[col]));
                }
            }
        }
        var image = ImageIO.read(TestData.file("pyradiomics/brain1_image.nrrd", tmp));
        var mask = ImageIO.readLabels(TestData.file("pyradiomics/brain1_label.nrrd", tmp)).select(1);
        IbsiSettings s = IbsiSettings.from(ParameterFile.parse("n.yaml",
                "mode: ibsi\nsetting:\n  normalize: true\n  normalizeScale: 100\n  binWidth: 5\n  ibsiBinEdges: pyradiomics\n"));
        Map<String, Double> ours = new HashMap<>();
        for (FeatureValue v : IbsiExtractor.extract(image, mask, s).values()) {
            ours.put(v.name(), v.value());
        }
        String[][] pairs = { { "stat.mean", "Mean" }, { "stat.var", "Variance" }, { "stat.median", "Median" },
                { "stat.p10", "10Percentile" }, { "stat.p90", "90Percentile" }, { "stat.min", "Minimum" },
                { "stat.max", "Maximum" }, { "stat.mad", "MeanAbsoluteDeviation" }, { "stat.rmad", "RobustMeanAbsoluteDeviation" },
                { "stat.skew", "Skewness" }, { "ih.entropy", "Entropy" }, { "ih.uniformity", "Uniformity" } };
        for (String[] p : pairs) {
            double r = ref.get(p[1]);
            assertEquals(r, ours.get(p[0]), 1e-6 * Math.abs(r), p[0] + " vs PyRadiomics " + p[1]);
        }
        // PyRadiomics' Kurtosis is not excess kurtosis
        assertEquals(ref.get("Kurtosis") - 3, ours.get("stat.kurt"), 1e-6 * Math.abs(ref.get("Kurtosis")));
        Files.deleteIfExists(tmp.resolve("x"));
    }
}
