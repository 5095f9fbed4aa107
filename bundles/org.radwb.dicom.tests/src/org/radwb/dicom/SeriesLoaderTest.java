package org.radwb.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Volume;

/**
 * Series to volume: every voxel of the loaded volume must hold the analytic intensity of its own LPS position
 * (the synthetic writer stores {@code intensity(position)}), which proves slice order, orientation, spacing and
 * rescale at once. Tolerance: 0.5 (rounding of stored integers) times the rescale slope.
 */
class SeriesLoaderTest {

    @TempDir
    Path tmp;

    private static void assertVoxelsMatchPositions(SyntheticStudy.Spec s, Volume v, double tol) {
        Geometry g = v.geometry();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j += 3) {
                for (int i = 0; i < g.nx(); i += 3) {
                    double expected = SyntheticStudy.intensity(s, g.indexToWorld(i, j, k));
                    assertEquals(expected, v.get(i, j, k), tol, "voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TransferSyntax.class, names = { "EXPLICIT_VR_LITTLE_ENDIAN", "IMPLICIT_VR_LITTLE_ENDIAN",
            "EXPLICIT_VR_BIG_ENDIAN", "DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN" })
    void axialSeriesInEverySyntax(TransferSyntax ts) throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.syntax = ts;
        s.rescaleSlope = 0.5;
        s.rescaleIntercept = -100;
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        List<Path> files = new ArrayList<>(w.slices());
        Collections.shuffle(files, new java.util.Random(1));
        SeriesLoader.LoadedSeries ls = new SeriesLoader().load(files, "test series");
        Geometry g = ls.volume().geometry();
        assertEquals(64, g.nx());
        assertEquals(20, g.nz());
        assertEquals(2.0, g.spacing(2), 1e-9, "spacing from positions, not Slice Thickness (1.0)");
        assertEquals(-10, g.origin()[2], 1e-9);
        assertEquals(w.sliceUids(), ls.sliceUids());
        assertEquals(w.seriesUid(), ls.seriesInstanceUid());
        assertVoxelsMatchPositions(s, ls.volume(), 0.5 * s.rescaleSlope + 1e-3);
        assertTrue(ls.warnings().isEmpty());
    }

    @Test
    void obliqueSagittalSeries() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        double c = Math.cos(Math.toRadians(20));
        double sn = Math.sin(Math.toRadians(20));
        s.rowDir = new double[] { 0, c, sn };
        s.colDir = new double[] { 0, -sn, c };
        s.origin = new double[] { -20, -30, -30 };
        s.sx = 0.9;
        s.sy = 1.1;
        s.sz = 1.5;
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        SeriesLoader.LoadedSeries ls = new SeriesLoader().load(w.slices(), "oblique");
        assertEquals(1.5, ls.volume().geometry().spacing(2), 1e-9);
        assertEquals(0.9, ls.volume().geometry().spacing(0), 1e-9);
        assertVoxelsMatchPositions(s, ls.volume(), 0.5 + 1e-3);
    }

    @Test
    void gantryTiltIsRefusedByDefaultAndResampledOnRequest() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.tiltShiftPerSlice = 0.35; // 10 degrees at 2 mm spacing
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        DicomException e = assertThrows(DicomException.class, () -> new SeriesLoader().load(w.slices(), "tilted"));
        assertTrue(e.getMessage().contains("gantry tilt") && e.getMessage().contains("9.93 degrees"), e.getMessage());
        SeriesLoader.LoadedSeries ls = new SeriesLoader(StackPolicy.RESAMPLE, 2).load(w.slices(), "tilted");
        assertTrue(ls.warnings().get(0).contains("resampled"), ls.warnings().toString());
        Geometry g = ls.volume().geometry();
        assertEquals(1.0, g.direction()[8], 1e-12, "resampled grid is orthogonal (k along the normal)");
        // the intensity ramp is linear, so bilinear resampling reproduces it exactly away from the lesions and edges
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 10; j < 50; j += 7) {
                double[] p = g.indexToWorld(40, j, k);
                boolean nearLesion = false;
                for (SyntheticStudy.Lesion l : s.lesions) {
                    nearLesion |= Vectors.norm(Vectors.sub(p, l.centre())) < l.radius() + 2;
                }
                if (!nearLesion) {
                    assertEquals(SyntheticStudy.intensity(s, p), ls.volume().get(40, j, k), 0.51, "k=" + k + " j=" + j);
                }
            }
        }
    }

    @Test
    void missingSliceIsRefusedByDefaultAndInterpolatedOnRequest() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.skipSlices = new int[] { 7 };
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        DicomException e = assertThrows(DicomException.class, () -> new SeriesLoader().load(w.slices(), "gap"));
        assertTrue(e.getMessage().contains("not uniform") && e.getMessage().contains("4.000"), e.getMessage());
        SeriesLoader.LoadedSeries ls = new SeriesLoader(StackPolicy.RESAMPLE, 1).load(w.slices(), "gap");
        assertEquals(20, ls.volume().geometry().nz());
        assertNull(ls.sliceUids().get(7), "slice 7 is interpolated, it has no source UID");
        // away from lesions the ramp is linear in z, so interpolation is exact up to integer rounding
        assertEquals(SyntheticStudy.intensity(s, ls.volume().geometry().indexToWorld(60, 60, 7)),
                ls.volume().get(60, 60, 7), 0.51);
    }

    @Test
    void duplicatePositionsAreReportedAsSeveralVolumes() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.nz = 3;
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp.resolve("a"));
        SyntheticStudy.Spec s2 = new SyntheticStudy.Spec();
        s2.nz = 3;
        s2.writeDose = false;
        s2.writeStructures = false;
        SyntheticStudy.Written w2 = SyntheticStudy.write(s2, tmp.resolve("b"));
        List<Path> all = new ArrayList<>(w.slices());
        all.addAll(w2.slices());
        DicomException e = assertThrows(DicomException.class, () -> new SeriesLoader().load(all, "echoes"));
        assertTrue(e.getMessage().contains("same position"), e.getMessage());
    }

    @Test
    void realPydicomMrSliceFormsAOneSliceVolume() throws Exception {
        SeriesLoader.LoadedSeries ls = new SeriesLoader()
                .load(List.of(Fixtures.copy("pydicom/MR_small.dcm", tmp)), "MR_small");
        assertEquals(64, ls.volume().geometry().nx());
        assertEquals(1, ls.volume().geometry().nz());
        assertEquals(905.0, ls.volume().voxels()[0], 0.0, "first pixel as decoded by pydicom (reference.csv)");
    }
}
