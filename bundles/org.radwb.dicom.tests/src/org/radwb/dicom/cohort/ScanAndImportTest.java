package org.radwb.dicom.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.DicomWriter;
import org.radwb.dicom.Fixtures;
import org.radwb.dicom.Tag;
import org.radwb.dicom.TransferSyntax;
import org.radwb.dicom.VR;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.PatientEntry;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.dicom.synth.SyntheticSeg;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.imaging.io.NiftiIO;

/** Scanning folders (plain trees and DICOMDIR) and importing patients, including malformed input. */
class ScanAndImportTest {

    @TempDir
    Path tmp;

    private static SyntheticStudy.Spec spec(String id, long seed) {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.patientId = id;
        s.patientName = "Patient^" + id;
        s.seed = seed;
        return s;
    }

    @Test
    void scanGroupsPatientsStudiesSeriesAndListsRois() throws Exception {
        SyntheticStudy.write(spec("P1", 1), tmp.resolve("p1"));
        SyntheticStudy.write(spec("P2", 2), tmp.resolve("p2"));
        Files.writeString(tmp.resolve("README.txt"), "exported from the planning system on a rainy day, not DICOM");
        ScanResult scan = new DicomScanner().scan(tmp);
        assertEquals(2, scan.patients().size());
        assertEquals(1, scan.skippedNonDicom());
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        PatientEntry p1 = scan.patients().stream().filter(p -> p.patientId().equals("P1")).findFirst().orElseThrow();
        List<SeriesEntry> series = p1.studies().get(0).series();
        assertEquals(List.of("MR", "RTDOSE", "RTSTRUCT"), series.stream().map(SeriesEntry::modality).sorted().toList());
        SeriesEntry mr = series.stream().filter(s -> s.modality().equals("MR")).findFirst().orElseThrow();
        assertEquals(20, mr.size());
        SeriesEntry rs = series.stream().filter(s -> s.modality().equals("RTSTRUCT")).findFirst().orElseThrow();
        assertEquals(List.of("GTV_1", "GTV_2"), rs.structureSets().get(0).rois().stream().map(r -> r.name()).toList());
    }

    @Test
    void dicomdirIsUsedWhenPresent() throws Exception {
        Path root = tmp.resolve("TINY_ALPHA");
        String base = "pydicom/TINY_ALPHA/";
        Files.createDirectories(root);
        Files.write(root.resolve("DICOMDIR"), Fixtures.bytes(base + "DICOMDIR"));
        int copied = 0;
        for (String name : List.of("IM000000", "IM000001", "IM000002")) {
            Path p = root.resolve("PT000000/ST000000/SE000000/" + name);
            Files.createDirectories(p.getParent());
            Files.write(p, Fixtures.bytes(base + "PT000000/ST000000/SE000000/" + name));
            copied++;
        }
        Files.writeString(root.resolve("stray.dcm"), "a file the DICOMDIR does not list is not read");
        ScanResult scan = new DicomScanner().scan(root);
        assertTrue(scan.usedDicomdir());
        assertTrue(new DicomScanner().scan(root.resolve("DICOMDIR")).usedDicomdir(), "the DICOMDIR file itself works too");
        assertEquals(1, scan.patients().size());
        assertEquals("12345678", scan.patients().get(0).patientId());
        assertEquals(copied, scan.patients().get(0).studies().get(0).series().get(0).size());
        // the DICOMDIR lists 50 images; the 47 not copied are reported as missing, naming the DICOMDIR
        assertEquals(47, scan.problems().size());
        assertTrue(scan.problems().get(0).contains("DICOMDIR") && scan.problems().get(0).contains("does not exist"));
    }

    @Test
    void importBuildsLesionsWithDoseAndNiftiAndConfinesEveryDefectToItsPatient() throws Exception {
        // P1: complete; P2: one slice truncated; P3: structure set referencing a series that is absent;
        // P4: a slice without pixel data; P5: RTSTRUCT with an ROI whose contours lie outside the image, plus a SEG
        SyntheticStudy.Written w1 = SyntheticStudy.write(spec("P1", 1), tmp.resolve("in/p1"));
        SyntheticStudy.Written w2 = SyntheticStudy.write(spec("P2", 2), tmp.resolve("in/p2"));
        byte[] b = Files.readAllBytes(w2.slices().get(5));
        Files.write(w2.slices().get(5), Arrays.copyOf(b, b.length - 1000));
        SyntheticStudy.Written w3 = SyntheticStudy.write(spec("P3", 3), tmp.resolve("in/p3"));
        for (Path p : w3.slices()) {
            Files.delete(p);
        }
        SyntheticStudy.Written w4 = SyntheticStudy.write(spec("P4", 4), tmp.resolve("in/p4"));
        DicomObject noPixels = DicomReader.read(w4.slices().get(3)).dataset();
        noPixels.remove(Tag.PixelData);
        new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(noPixels, w4.slices().get(3));
        SyntheticStudy.Spec s5 = spec("P5", 5);
        s5.lesions = new java.util.ArrayList<>(s5.lesions);
        s5.lesions.add(new SyntheticStudy.Lesion("FAR_AWAY", new double[] { 300, 300, 8 }, 5, 10));
        SyntheticStudy.Written w5 = SyntheticStudy.write(s5, tmp.resolve("in/p5"));
        SyntheticSeg.write(s5, w5, tmp.resolve("in/p5/SEG.dcm"), false);

        ScanResult scan = new DicomScanner().scan(tmp.resolve("in"));
        CohortImport result = new CohortImporter(new CohortImporter.Options(org.radwb.dicom.StackPolicy.REFUSE, null,
                tmp.resolve("nifti"), 18.0, 2)).run(scan);

        ImportedPatient p1 = find(result, "P1");
        assertEquals(1, p1.images().size());
        assertEquals(2, p1.lesions().size());
        ImportedLesion gtv1 = p1.lesions().get(0);
        assertEquals("GTV_1", gtv1.name());
        assertEquals(w1.structureSetUid(), gtv1.sourceUid());
        assertEquals(w1.seriesUid(), gtv1.seriesInstanceUid());
        // a 6 mm sphere is 0.905 cc; contour polygons and 2 mm slices make the voxel count differ by a few percent
        assertEquals(4.0 / 3 * Math.PI * 0.216, gtv1.volumeCc(), 0.1);
        assertNotNull(gtv1.dose());
        assertTrue(gtv1.dose().max() > 22 && gtv1.dose().max() < 24.2, "max dose " + gtv1.dose().max());
        assertEquals(gtv1.voxels(), NiftiIO.readLabels(gtv1.maskNifti()).nonZero().count());
        assertEquals(64, NiftiIO.read(p1.images().get(0).nifti()).geometry().nx());

        assertTrue(result.problems().stream().anyMatch(m -> m.contains("p2") && m.contains("MR_0005.dcm")),
                result.problems().toString());
        assertTrue(result.patients().stream().noneMatch(p -> p.patientId().equals("P2")),
                "P2's only series failed, so nothing of P2 is imported");
        assertTrue(result.problems().stream().anyMatch(m -> m.contains("patient P2") && m.contains("left out")),
                result.problems().toString());
        assertEquals(List.of("P1", "P5"), result.patients().stream().map(ImportedPatient::patientId).sorted().toList(),
                "P2 (truncated slice), P3 (series absent) and P4 (slice without pixel data) have no usable image");
        assertTrue(result.problems().stream().anyMatch(m -> m.contains("p3") && m.contains("not in the scanned folder")),
                result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(m -> m.contains("MR_0003.dcm") && m.contains("Pixel Data")),
                result.problems().toString());
        ImportedPatient p5 = find(result, "P5");
        assertEquals(List.of("GTV_1/RTSTRUCT", "GTV_2/RTSTRUCT", "GTV_1/SEG", "GTV_2/SEG"),
                p5.lesions().stream().map(l -> l.name() + "/" + l.sourceKind()).toList(),
                "FAR_AWAY is refused in both: its contours lie outside the image and its segment is empty");
        assertTrue(result.problems().stream().anyMatch(m -> m.contains("'FAR_AWAY'") && m.contains("outside the image")),
                result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(m -> m.contains("FAR_AWAY") && m.contains("empty")),
                result.problems().toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(p5.lesions().get(i).voxels(), p5.lesions().get(i + 2).voxels(), 0.1 * p5.lesions().get(i).voxels(),
                    "RTSTRUCT polygons and SEG spheres of the same lesion agree within 10 %");
        }
    }

    private static ImportedPatient find(CohortImport r, String id) {
        return r.patients().stream().filter(p -> p.patientId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void wrongElementLengthIsReportedAndOtherFilesStillScan() throws Exception {
        SyntheticStudy.Spec s = spec("P1", 1);
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        byte[] bytes = Files.readAllBytes(w.slices().get(0));
        // corrupt the 16-bit length of the first Patient's Name element so it runs past the file end
        byte[] marker = { 0x10, 0x00, 0x10, 0x00, 'P', 'N' };
        int at = indexOf(bytes, marker);
        bytes[at + 6] = (byte) 0xFF;
        bytes[at + 7] = (byte) 0x7F;
        Files.write(w.slices().get(0), bytes);
        ScanResult scan = new DicomScanner().scan(tmp);
        assertEquals(1, scan.problems().size(), scan.problems().toString());
        assertTrue(scan.problems().get(0).contains("MR_0000.dcm") && scan.problems().get(0).contains("(0010,0010)"),
                scan.problems().get(0));
        assertEquals(19, scan.patients().get(0).studies().get(0).series().stream()
                .filter(x -> x.modality().equals("MR")).findFirst().orElseThrow().size());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer: for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("pattern not found");
    }

    @Test
    void roiInAnotherFrameOfReferenceIsSkipped() throws Exception {
        SyntheticStudy.Spec s = spec("P1", 1);
        s.writeDose = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp);
        DicomObject rs = DicomReader.read(w.rtstruct()).dataset();
        rs.getSequence(Tag.StructureSetROISequence).get(1).putString(Tag.ReferencedFrameOfReferenceUID, VR.UI, "1.2.3.4.5");
        new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(rs, w.rtstruct());
        CohortImport r = new CohortImporter(CohortImporter.Options.defaults()).run(new DicomScanner().scan(tmp));
        assertEquals(List.of("GTV_1"), r.patients().get(0).lesions().stream().map(ImportedLesion::name).toList());
        assertTrue(r.problems().stream().anyMatch(m -> m.contains("'GTV_2'") && m.contains("frame of reference 1.2.3.4.5")),
                r.problems().toString());
    }

    @Test
    void cancellingStopsBetweenPatientsAndKeepsWhatWasDone() throws Exception {
        SyntheticStudy.write(spec("P1", 1), tmp.resolve("p1"));
        SyntheticStudy.write(spec("P2", 2), tmp.resolve("p2"));
        SyntheticStudy.write(spec("P3", 3), tmp.resolve("p3"));
        ScanResult scan = new DicomScanner().scan(tmp);
        java.util.List<String> reported = new java.util.ArrayList<>();
        CohortImport r = new CohortImporter(CohortImporter.Options.defaults()).run(scan, new Progress() {
            @Override
            public void worked(String task, int done, int total) {
                reported.add(task + " " + done + "/" + total);
            }

            @Override
            public boolean isCanceled() {
                return reported.size() == 2;
            }
        });
        assertEquals(2, r.patients().size());
        assertEquals(List.of("patient P1 0/3", "patient P2 1/3"), reported);
        assertTrue(r.problems().contains("import cancelled after 2 of 3 patients"), r.problems().toString());
    }
}
