package org.radwb.dicom.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.Fixtures;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/** RT Dose: grid placement, Dose Grid Scaling, resampling to the MR grid and per-lesion statistics. */
class RtDoseTest {

    @TempDir
    Path tmp;

    @Test
    void doseGridHoldsTheAnalyticDoseAtItsOwnVoxels() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        DoseGrid g = RtDoseReader.read(DicomReader.read(w.rtdose()));
        assertTrue(g.isGy());
        Geometry geo = g.dose().geometry();
        assertEquals(2.5, geo.spacing(2), 1e-9, "slice spacing from Grid Frame Offset Vector");
        double scaling = (24 + 20) / 4_000_000.0;
        for (int k = 0; k < geo.nz(); k++) {
            for (int j = 0; j < geo.ny(); j += 2) {
                for (int i = 0; i < geo.nx(); i += 2) {
                    // tolerance: half a stored integer step times Dose Grid Scaling, plus float rounding
                    assertEquals(SyntheticStudy.dose(s, geo.indexToWorld(i, j, k)), g.dose().get(i, j, k),
                            scaling / 2 + 1e-5, "dose voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void resampledDoseOnTheMrGridFollowsTheAnalyticDose() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        DoseGrid g = RtDoseReader.read(DicomReader.read(w.rtdose()));
        Volume mr = new SeriesLoader().load(w.slices(), "mr").volume();
        Volume onMr = DoseResampler.resample(g.dose(), mr.geometry());
        Geometry geo = onMr.geometry();
        for (SyntheticStudy.Lesion l : s.lesions) {
            double[] c = geo.worldToIndex(l.centre()[0], l.centre()[1], l.centre()[2]);
            for (int dk = -2; dk <= 2; dk++) {
                for (int dj = -4; dj <= 4; dj++) {
                    int i = (int) Math.round(c[0]);
                    int j = (int) Math.round(c[1]) + dj;
                    int k = (int) Math.round(c[2]) + dk;
                    // trilinear error bound h^2/8 * max|f''| = 2.5^2/8 * peak/sigma^2 per axis, summed over 3 axes
                    double tol = 3 * 2.5 * 2.5 / 8 * l.peakDoseGy() / (l.radius() * l.radius());
                    assertEquals(SyntheticStudy.dose(s, geo.indexToWorld(i, j, k)), onMr.get(i, j, k), tol,
                            l.name() + " voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void perLesionStatisticsFromStructureSetMask() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        Volume mr = new SeriesLoader().load(w.slices(), "mr").volume();
        StructureSet ss = RtStructReader.read(DicomReader.read(w.rtstruct()));
        Mask gtv = ContourRasterizer.rasterize(ss.roi("GTV_1"), mr.geometry(), "RS").mask();
        Volume dose = DoseResampler.resample(RtDoseReader.read(DicomReader.read(w.rtdose())).dose(), mr.geometry());
        DoseStatistics st = DoseStatistics.of(dose, gtv, 18.0);
        // inside a sphere of radius sigma the Gaussian falls from the peak to peak*exp(-1/2) = 14.56 Gy at the rim
        assertTrue(st.max() <= 24.0 + 0.2 && st.max() > 23.0, "max " + st.max());
        // minus the trilinear interpolation bound 3 * 2.5^2/8 * 24/6^2 = 1.56 Gy
        assertTrue(st.min() >= 24 * Math.exp(-0.5) - 1.56, "min " + st.min());
        assertTrue(st.d95() >= st.min() && st.d95() <= st.d50() && st.d2() <= st.max());
        assertEquals(0, st.voxelsWithoutDose());
        assertTrue(st.v100() > 0.3 && st.v100() < 0.9, "V100 " + st.v100());
    }

    @Test
    void statisticsMatchHandComputedValues() {
        // 20 voxels with doses 1..20 Gy (shuffled); prescription 15 Gy
        Geometry g = Geometry.of(5, 4, 1, 1, 1, 1);
        float[] d = new float[20];
        boolean[] in = new boolean[20];
        int[] order = { 7, 3, 19, 0, 12, 5, 16, 9, 1, 14, 18, 2, 11, 6, 17, 4, 13, 8, 15, 10 };
        for (int i = 0; i < 20; i++) {
            d[order[i]] = i + 1;
            in[i] = true;
        }
        DoseStatistics st = DoseStatistics.of(new Volume(g, d), new Mask(g, in), 15);
        assertEquals(1, st.min(), 0);
        assertEquals(20, st.max(), 0);
        assertEquals(10.5, st.mean(), 1e-12);
        assertEquals(2, st.d95(), 0, "19 of 20 voxels (95 %) receive at least 2 Gy");
        assertEquals(1, st.d98(), 0, "98 % of 20 voxels is 19.6, so all 20 are needed");
        assertEquals(20, st.d2(), 0, "2 % of 20 voxels is 0.4 voxel: the hottest voxel");
        assertEquals(11, st.d50(), 0, "10 of 20 voxels receive at least 11 Gy");
        assertEquals(0.30, st.v100(), 1e-12, "6 voxels (15..20 Gy) of 20");
        assertEquals(75.0, st.prescriptionIsodosePercent(), 1e-12, "15 Gy is the 75 % isodose of a 20 Gy maximum");
        assertEquals(0.02, st.volumeCc(), 1e-12);
    }

    @Test
    void realPydicomDoseWithImplicitSyntaxAndRle() throws Exception {
        DoseGrid a = RtDoseReader.read(DicomReader.read(Fixtures.copy("pydicom/rtdose.dcm", tmp)));
        DoseGrid b = RtDoseReader.read(DicomReader.read(Fixtures.copy("pydicom/rtdose_rle.dcm", tmp)));
        assertEquals(15, a.dose().geometry().nz());
        assertEquals(a.dose().geometry(), b.dose().geometry());
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.dose().voxels(), b.dose().voxels());
    }

    @Test
    void missingScalingIsAClearError() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        var f = DicomReader.read(w.rtdose());
        f.dataset().remove(org.radwb.dicom.Tag.DoseGridScaling);
        DicomException e = assertThrows(DicomException.class, () -> RtDoseReader.read(f));
        assertTrue(e.getMessage().contains("Dose Grid Scaling"), e.getMessage());
    }
}
