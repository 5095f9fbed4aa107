package org.radwb.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.imaging.Geometry;

/**
 * Real scanner series from pydicom's DICOMDIR test set (fixtures/pydicom/series): a regular CT series compared with
 * the geometry an independent numpy/pydicom script computes (geometry.csv; tolerance 1e-5 mm, voxel sum 1e-3), a CT
 * series with a gap (uneven spacing) and a radial MR series (orientation changing per slice), both refused.
 */
class RealSeriesTest {

    @TempDir
    Path tmp;

    private List<Path> copy(String series, String... files) throws Exception {
        List<Path> out = new ArrayList<>();
        Files.createDirectories(tmp.resolve(series));
        for (String f : files) {
            Path p = tmp.resolve(series).resolve(f);
            Files.write(p, Fixtures.bytes("pydicom/series/" + series + "/" + f));
            out.add(p);
        }
        return out;
    }

    @Test
    void regularCtSeriesMatchesTheIndependentGeometry() throws Exception {
        String[] ref = new String(Fixtures.bytes("pydicom/series/geometry.csv"), StandardCharsets.UTF_8).split("\n")[1]
                .split(",");
        SeriesLoader.LoadedSeries ls = new SeriesLoader().load(copy("CT5N", "2062", "2392", "2693", "3023", "3353"), "CT5N");
        Geometry g = ls.volume().geometry();
        assertEquals(Integer.parseInt(ref[1]), g.nx());
        assertEquals(Integer.parseInt(ref[2]), g.ny());
        assertEquals(Integer.parseInt(ref[3]), g.nz());
        for (int a = 0; a < 3; a++) {
            assertEquals(Double.parseDouble(ref[4 + a]), g.spacing(a), 1e-5, "spacing " + a);
            assertEquals(Double.parseDouble(ref[7 + a]), g.origin()[a], 1e-5, "origin " + a);
        }
        for (int a = 0; a < 9; a++) {
            assertEquals(Double.parseDouble(ref[10 + a]), g.direction()[a], 1e-6, "direction " + a);
        }
        double sum = 0;
        for (float v : ls.volume().voxels()) {
            sum += v;
        }
        assertEquals(Double.parseDouble(ref[19]), sum, 1e-3);
        assertEquals(Double.parseDouble(ref[20]), ls.volume().voxels()[0], 0);
        assertEquals(Double.parseDouble(ref[21]), ls.volume().voxels()[ls.volume().voxels().length - 1], 0);
    }

    @Test
    void ctSeriesWithAGapIsRefusedThenResampledOnRequest() throws Exception {
        List<Path> files = copy("CT2", "17106", "17136", "17166", "17196");
        DicomException e = assertThrows(DicomException.class, () -> new SeriesLoader().load(files, "CT2"));
        assertTrue(e.getMessage().contains("not uniform") && e.getMessage().contains("202.500"), e.getMessage());
        SeriesLoader.LoadedSeries ls = new SeriesLoader(StackPolicy.RESAMPLE, 1).load(files, "CT2");
        // 205 mm span at the smallest gap, 1.25 mm: 165 planes
        assertEquals(165, ls.volume().geometry().nz());
        assertEquals(1.25, ls.volume().geometry().spacing(2), 1e-4);
    }

    @Test
    void radialMrSeriesIsRefusedBecauseOrientationChanges() throws Exception {
        List<Path> files = copy("MR700", "4467", "4528", "4558", "4588", "4618", "4648", "4678");
        DicomException e = assertThrows(DicomException.class, () -> new SeriesLoader().load(files, "MR700"));
        assertTrue(e.getMessage().contains("another Image Orientation"), e.getMessage());
    }
}
