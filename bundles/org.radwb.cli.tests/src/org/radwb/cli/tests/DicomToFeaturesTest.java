package org.radwb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.model.ImageSeries;
import org.radwb.model.Review;
import org.radwb.model.Segmentation;
import org.radwb.model.persistence.ReviewStore;

/**
 * The whole chain a research group runs: DICOM (MR series + RTSTRUCT) into a review, features for every lesion,
 * and the feature table exported with its provenance, the DICOM UIDs included.
 */
class DicomToFeaturesTest {

    @TempDir
    Path dir;

    @Test
    void dicomImportThenExtractionThenExportKeepsTheUids() throws IOException {
        CliRunner.Result bench = CliRunner.run(dir, "dicom", "bench", "--patients", "1", "--slices", "40", "--size", "64",
                "--rounds", "1", "--dir", "dicom", "--keep");
        assertEquals(0, bench.code(), bench.err());
        CliRunner.Result imp = CliRunner.run(dir, "dicom", "import", "--review", "r", "dicom", "--create", "--nifti");
        assertEquals(0, imp.code(), imp.err());
        assertEquals("0", imp.value("problems"));
        CliRunner.Result ext = CliRunner.run(dir, "extract", "review", "--review", "r", "--mode", "pyradiomics");
        assertEquals(0, ext.code(), ext.err() + ext.out());
        CliRunner.Result exp = CliRunner.run(dir, "review", "export-features", "--review", "r", "--csv", "features.csv");
        assertEquals(0, exp.code(), exp.err());
        int sets = Integer.parseInt(exp.value("feature_sets"));
        assertTrue(sets >= 2, "a feature set per lesion ROI: " + sets);

        Review review = ReviewStore.load(dir.resolve("r"));
        ImageSeries series = review.getStudies().get(0).getPatients().get(0).getImages().get(0);
        Segmentation seg = review.getStudies().get(0).getPatients().get(0).getLesions().get(0).getSegmentations().get(0);
        assertFalse(series.getSeriesInstanceUid() == null || series.getSeriesInstanceUid().isBlank());
        try (Reader r = Files.newBufferedReader(dir.resolve("features.csv"));
                CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = p.getHeaderNames();
            assertTrue(header.contains("original_firstorder_Mean") || header.contains("firstorder_Mean")
                    || header.stream().anyMatch(h -> h.endsWith("firstorder_Mean")), header.toString());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(sets, rows.size());
            // the DICOM import also stores per-lesion dose statistics as feature sets; take an extraction row
            CSVRecord first = rows.stream().filter(x -> "pyradiomics".equals(x.get("mode"))).findFirst().orElseThrow();
            assertTrue(rows.stream().filter(x -> "pyradiomics".equals(x.get("mode"))).count() >= 2);
            assertEquals(series.getSeriesInstanceUid(), first.get("series_instance_uid"));
            assertEquals(seg.getSopInstanceUid(), first.get("segmentation_sop_instance_uid"));
            assertTrue(first.get("image_sha256").startsWith("sha256:"), first.get("image_sha256"));
            assertEquals("pyradiomics", first.get("mode"));
        }
    }
}
