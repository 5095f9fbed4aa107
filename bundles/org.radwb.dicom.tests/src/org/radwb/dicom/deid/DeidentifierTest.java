package org.radwb.dicom.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.Fixtures;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.Tag;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.CohortImporter;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.synth.SyntheticSeg;
import org.radwb.dicom.synth.SyntheticStudy;

/**
 * De-identification: no identifying value of the input survives anywhere in the output bytes (searched as raw
 * text, so nested sequences, private attributes and file meta information are covered), dates move by one
 * offset per patient, UIDs are replaced consistently so references still resolve.
 */
class DeidentifierTest {

    private static final byte[] KEY = "a test key that is long enough!!".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String latin1(Path p) throws Exception {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    @Test
    void noIdentifyingValueSurvivesAndReferencesStillResolve() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp.resolve("in"));
        SyntheticSeg.write(s, w, tmp.resolve("in/SEG.dcm"), false);
        Set<String> originalUids = new HashSet<>();
        for (Path p : files(tmp.resolve("in"))) {
            DicomObject ds = DicomReader.read(p).dataset();
            for (int tag : new int[] { Tag.SOPInstanceUID, Tag.SeriesInstanceUID, Tag.StudyInstanceUID, Tag.FrameOfReferenceUID }) {
                if (ds.getString(tag) != null) {
                    originalUids.add(ds.getString(tag));
                }
            }
        }
        List<String> identifying = new ArrayList<>(List.of("Doe", "Jane", "SYN-001", "19600214", "20240315", "Elm Street",
                "Springfield", "General Hospital", "House", "Gregory", "ACC123456", "Tech^Terry", "MRN-", "ACME", "555-0100",
                "SRS planning"));
        identifying.addAll(originalUids);

        ScanResult scan = new DicomScanner().scan(tmp.resolve("in"));
        Deidentifier deid = new Deidentifier(KEY, Deidentifier.Options.BASIC);
        FolderDeidentifier.Result r = FolderDeidentifier.run(scan, deid, tmp.resolve("out"));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<Path> out = files(tmp.resolve("out"));
        assertEquals(files(tmp.resolve("in")).size(), out.size());
        for (Path p : out) {
            String text = latin1(p) + "|" + tmp.resolve("out").relativize(p);
            for (String id : identifying) {
                assertFalse(text.contains(id), p.getFileName() + " still contains '" + id + "'");
            }
            DicomObject ds = DicomReader.read(p).dataset();
            assertEquals(deid.pseudonym("SYN-001"), ds.getString(Tag.PatientID));
            assertEquals(deid.pseudonym("SYN-001"), ds.getString(Tag.PatientName));
            assertEquals("YES", ds.getString(Tag.PatientIdentityRemoved));
            assertNull(ds.getString(Tag.PatientBirthDate), "birth date emptied");
            assertNull(ds.getString(Tag.InstitutionName));
            assertFalse(ds.contains(0x00091001), "private attributes removed");
            if (ds.getString(Tag.StudyDate) != null) {
                long days = ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 15),
                        LocalDate.parse(ds.getString(Tag.StudyDate), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
                assertEquals(deid.dateShiftDays("SYN-001"), days, "one date offset for the whole patient");
                assertTrue(days <= -365 && days >= -3650);
            }
        }
        // the de-identified folder imports as a whole: RTSTRUCT, SEG and dose references follow the new UIDs
        CohortImport imp = new CohortImporter(new CohortImporter.Options(StackPolicy.REFUSE, null, null, 18, 2))
                .run(new DicomScanner().scan(tmp.resolve("out")));
        assertTrue(imp.problems().isEmpty(), imp.problems().toString());
        assertEquals(4, imp.lesionCount(), "2 ROIs + 2 segments");
        assertEquals(deid.uid(w.seriesUid()), imp.patients().get(0).lesions().get(0).seriesInstanceUid());
        assertTrue(imp.patients().get(0).lesions().get(0).dose() != null, "dose still matched by frame of reference");
    }

    @Test
    void sameKeySameResultOtherKeyOtherResult() {
        Deidentifier a = new Deidentifier(KEY, Deidentifier.Options.BASIC);
        Deidentifier b = new Deidentifier(KEY, Deidentifier.Options.BASIC);
        Deidentifier c = new Deidentifier("another key, also long enough!!!".getBytes(StandardCharsets.US_ASCII),
                Deidentifier.Options.BASIC);
        assertEquals(a.pseudonym("123"), b.pseudonym("123"));
        assertEquals(a.uid("1.2.3.4.5"), b.uid("1.2.3.4.5"));
        assertEquals(a.dateShiftDays("123"), b.dateShiftDays("123"));
        assertNotEquals(a.pseudonym("123"), c.pseudonym("123"));
        assertNotEquals(a.uid("1.2.3.4.5"), a.uid("1.2.3.4.6"));
        assertEquals("1.2.840.10008.5.1.4.1.1.4", a.uid("1.2.840.10008.5.1.4.1.1.4"), "SOP Class UIDs are kept");
        assertTrue(a.uid("1.2.3.4.5").matches("2\\.25\\.[0-9]+") && a.uid("1.2.3.4.5").length() <= 64);
    }

    @Test
    void realPydicomFilesAreScrubbed() throws Exception {
        Deidentifier deid = new Deidentifier(KEY, Deidentifier.Options.BASIC);
        for (String name : List.of("MR_small.dcm", "rtstruct.dcm", "CT_small.dcm")) {
            DicomFile f = DicomReader.read(Fixtures.copy("pydicom/" + name, tmp));
            DicomObject in = f.dataset();
            Set<String> values = new HashSet<>();
            for (int tag : new int[] { Tag.PatientName, Tag.PatientID, Tag.SOPInstanceUID, Tag.StudyInstanceUID,
                    Tag.SeriesInstanceUID, Tag.InstitutionName, Tag.ReferringPhysicianName, Tag.PatientBirthDate }) {
                String v = in.getString(tag);
                // MR_small's Institution Name is its Manufacturer, which the basic profile keeps
                if (v != null && v.length() > 3 && !in.getString(Tag.Manufacturer, "").contains(v)) {
                    values.add(v);
                }
            }
            assertTrue(values.size() >= 3, name + " has identifying values to remove: " + values);
            Path out = tmp.resolve("clean_" + name);
            new org.radwb.dicom.DicomWriter(org.radwb.dicom.TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                    .write(deid.deidentify(in), out);
            String text = latin1(out);
            assertFalse(DicomReader.read(out).dataset().contains(Tag.InstitutionName), name);
            for (String v : values) {
                assertFalse(text.contains(v), name + ": '" + v + "' survived");
            }
        }
    }

    @Test
    void mappingIsWrittenOnlyWhereAsked() throws Exception {
        Deidentifier deid = new Deidentifier(KEY, Deidentifier.Options.BASIC);
        deid.pseudonym("12345");
        Path csv = tmp.resolve("mapping.csv");
        deid.writeMapping(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("original_patient_id,pseudonym,date_shift_days", lines.get(0));
        assertEquals("12345," + deid.pseudonym("12345") + "," + deid.dateShiftDays("12345"), lines.get(1));
    }
}
