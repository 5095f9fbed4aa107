package org.radwb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.persistence.ReviewStore;

class CohortCommandsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "study_id,patient_id,lesion_id,age,sex,kps,primary_cancer,extracranial_disease,"
            + "volume_cc,prescription_dose_gy,isodose_line_pct,local_failure,time_to_event_months,censored\n";

    @Test
    void importsPatientsAndLesionsAndRoundTrips() throws IOException {
        assertEquals(0, CliRunner.run(dir, "review", "create-example", "--review", "ex").code());
        Files.writeString(dir.resolve("cohort.csv"), HEADER
                + "Kawahara2021,P01,L1,61,female,90,melanoma,yes,1.2,20,50,no,14.5,yes\n"
                + "Kawahara2021,P01,L2,61,female,90,melanoma,yes,0.4,22,50,yes,6,no\n"
                + "Du2023,P07,L1,,male,70,NSCLC,no,3.1,18,,no,,\n");
        CliRunner.Result r = CliRunner.run(dir, "review", "import-cohort", "--review", "ex", "--csv", "cohort.csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("2", r.value("patients"));
        assertEquals("3", r.value("lesions"));
        Review review = ReviewStore.load(dir.resolve("ex"));
        Patient p = review.getStudies().stream().filter(s -> s.getId().equals("Kawahara2021")).findFirst().get().getPatients().get(0);
        assertEquals(90, p.getKps());
        assertEquals(2, p.getLesions().size());
        Lesion l2 = p.getLesions().get(1);
        assertTrue(l2.isLocalFailure());
        assertEquals(22.0, l2.getPrescriptionDoseGy(), 0.0);
        Patient du = review.getStudies().stream().filter(s -> s.getId().equals("Du2023")).findFirst().get().getPatients().get(0);
        assertFalse(du.isSetAge(), "empty age stays not reported");
        assertFalse(du.getLesions().get(0).isSetTimeToEventMonths());

        assertEquals(0, CliRunner.run(dir, "review", "export-cohort", "--review", "ex", "--csv", "out.csv").code());
        assertEquals(0, CliRunner.run(dir, "review", "create-example", "--review", "ex2").code());
        assertEquals(0, CliRunner.run(dir, "review", "import-cohort", "--review", "ex2", "--csv", "out.csv").code());
        assertEquals(0, CliRunner.run(dir, "review", "export-cohort", "--review", "ex2", "--csv", "out2.csv").code());
        assertArrayEquals(Files.readAllBytes(dir.resolve("out.csv")), Files.readAllBytes(dir.resolve("out2.csv")));
    }

    @Test
    void inconsistentOrInvalidRowsAreRefusedAndNothingIsWritten() throws IOException {
        assertEquals(0, CliRunner.run(dir, "review", "create-example", "--review", "ex").code());
        byte[] before = Files.readAllBytes(ReviewStore.modelFile(dir.resolve("ex")));
        Files.writeString(dir.resolve("bad.csv"), HEADER
                + "Kawahara2021,P01,L1,61,female,90,melanoma,yes,1.2,20,50,no,14.5,yes\n"
                + "Kawahara2021,P01,L2,61,female,80,melanoma,yes,0.4,22,50,yes,6,no\n"
                + "Nobody2000,P02,L1,50,male,90,,no,1,20,50,no,1,no\n"
                + "Du2023,P07,L1,40,male,70,NSCLC,no,3.1,-18,120,no,,\n");
        CliRunner.Result r = CliRunner.run(dir, "review", "import-cohort", "--review", "ex", "--csv", "bad.csv");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv:3, column 'kps', value '80': expected '90' as on line 2"), r.err());
        assertTrue(r.err().contains("bad.csv:4, column 'study_id', value 'Nobody2000'"), r.err());
        assertTrue(r.err().contains("bad.csv:5, column 'prescription_dose_gy'"), r.err());
        assertTrue(r.err().contains("bad.csv:5, column 'isodose_line_pct'"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ReviewStore.modelFile(dir.resolve("ex"))));
    }
}
