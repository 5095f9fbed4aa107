package org.radwb.dicom.seg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.Fixtures;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.synth.SyntheticSeg;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;

/** DICOM SEG to label maps: every voxel must equal the analytic sphere membership the writer used (exact). */
class SegReaderTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void multiSegmentSegOnTheImageGridEqualsTheSpheres(boolean fractional) throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.nx = 61; // odd size: binary frames are not byte aligned
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        Path segFile = tmp.resolve("SEG.dcm");
        SyntheticSeg.write(s, w, segFile, fractional);
        Geometry grid = new SeriesLoader().load(w.slices(), "mr").volume().geometry();
        Segmentation seg = SegReader.read(DicomReader.read(segFile), grid, 0.5);
        assertEquals(fractional ? "FRACTIONAL" : "BINARY", seg.type());
        assertEquals(2, seg.segments().size());
        assertEquals("GTV_2", seg.segments().get(1).label());
        assertEquals(w.seriesUid(), seg.referencedSeriesUid());
        LabelMap labels = seg.labels();
        assertNotNull(labels);
        int voxels = 0;
        for (int k = 0; k < s.nz; k++) {
            for (int j = 0; j < s.ny; j++) {
                for (int i = 0; i < s.nx; i++) {
                    int expected = 0;
                    for (int n = 0; n < s.lesions.size(); n++) {
                        if (SyntheticSeg.inside(s, s.lesions.get(n), i, j, k)) {
                            expected = n + 1;
                        }
                    }
                    assertEquals(expected, labels.get(i, j, k), "voxel " + i + "," + j + "," + k);
                    voxels += expected != 0 ? 1 : 0;
                }
            }
        }
        assertTrue(voxels > 500, "spheres of radius 6 and 4 mm hold " + voxels + " voxels");
    }

    @Test
    void withoutAnImageGridTheFramesDefineTheirOwn() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        Path segFile = tmp.resolve("SEG.dcm");
        SyntheticSeg.write(s, w, segFile, false);
        Segmentation seg = SegReader.read(DicomReader.read(segFile), null, 0.5);
        Mask m1 = seg.masks().get(1);
        // the own grid spans the slices holding frames; count must equal the analytic sphere count
        int expected = 0;
        for (int k = 0; k < s.nz; k++) {
            for (int j = 0; j < s.ny; j++) {
                for (int i = 0; i < s.nx; i++) {
                    expected += SyntheticSeg.inside(s, s.lesions.get(0), i, j, k) ? 1 : 0;
                }
            }
        }
        assertEquals(expected, m1.count());
    }

    @Test
    void realPydicomLiverSegmentation() throws Exception {
        Segmentation seg = SegReader.read(DicomReader.read(Fixtures.copy("pydicom/liver_1frame.dcm", tmp)), null, 0.5);
        assertEquals("BINARY", seg.type());
        // pydicom decodes 36233 set voxels in this frame (fixtures/pydicom/reference.csv)
        int total = 0;
        for (Mask m : seg.masks().values()) {
            total += m.count();
        }
        assertEquals(36233, total);
    }

    @Test
    void segOfAnotherGridIsRefused() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        Path segFile = tmp.resolve("SEG.dcm");
        SyntheticSeg.write(s, w, segFile, false);
        Geometry shifted = new Geometry(new int[] { 64, 64, 20 }, new double[] { 1, 1, 2 },
                new double[] { -31.5, -30, -10 }, new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
        DicomException e = assertThrows(DicomException.class,
                () -> SegReader.read(DicomReader.read(segFile), shifted, 0.5));
        assertTrue(e.getMessage().contains("not on a voxel position"), e.getMessage());
    }
}
