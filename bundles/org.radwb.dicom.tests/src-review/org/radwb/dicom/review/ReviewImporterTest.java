package org.radwb.dicom.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.CohortImporter;
import org.radwb.dicom.deid.Deidentifier;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.persistence.ReviewStore;

/** The DICOM import lands in the review model with UIDs as provenance, and saves/loads. */
class ReviewImporterTest {

    @TempDir
    Path tmp;

    @Test
    void patientsSeriesLesionsAndDoseFeaturesWithUids() throws Exception {
        SyntheticStudy.Written w = SyntheticStudy.write(new SyntheticStudy.Spec(), tmp.resolve("dicom"));
        Path project = tmp.resolve("project");
        Files.createDirectories(project);
        CohortImport imp = new CohortImporter(new CohortImporter.Options(StackPolicy.REFUSE, null,
                project.resolve("images"), 18.0, 2)).run(new DicomScanner().scan(tmp.resolve("dicom")));
        Review review = ReviewFactory.eINSTANCE.createReview();
        ReviewImporter.Added added = ReviewImporter.apply(imp, review, "srs-cohort", project);
        assertEquals(new ReviewImporter.Added(1, 1, 2), added);
        Patient p = review.getStudies().get(0).getPatients().get(0);
        assertEquals("SYN-001", p.getDicomPatientId());
        ImageSeries s = p.getImages().get(0);
        assertEquals(w.seriesUid(), s.getSeriesInstanceUid());
        assertEquals(w.studyUid(), s.getStudyInstanceUid());
        assertEquals("MR", s.getModality());
        assertTrue(s.getPath().startsWith("images/") && s.getPath().endsWith(".nii.gz"), s.getPath());
        Lesion l = p.getLesions().get(0);
        assertEquals("GTV_1", l.getRoiName());
        assertEquals(w.structureSetUid(), l.getSegmentations().get(0).getSopInstanceUid());
        assertEquals(1, l.getSegmentations().get(0).getRoiNumber());
        assertSame(s, l.getSegmentations().get(0).getImage());
        assertEquals(18.0, l.getPrescriptionDoseGy(), 0);
        FeatureValue max = l.getFeatureSets().get(0).getValues().stream()
                .filter(v -> v.getName().equals("dose_max_Gy")).findFirst().orElseThrow();
        assertEquals(imp.patients().get(0).lesions().get(0).dose().max(), max.getValue(), 0);

        // importing again adds nothing
        assertEquals(new ReviewImporter.Added(0, 0, 0), ReviewImporter.apply(imp, review, "srs-cohort", project));

        ReviewStore.save(review, project);
        Review back = ReviewStore.load(project);
        assertEquals(2, back.getStudies().get(0).getPatients().get(0).getLesions().size());
        assertNotNull(back.getStudies().get(0).getPatients().get(0).getLesions().get(1).getSegmentations().get(0).getImage());
    }

    @Test
    void deidentifiedImportKeepsNoIdentityInTheProject() throws Exception {
        SyntheticStudy.write(new SyntheticStudy.Spec(), tmp.resolve("dicom"));
        Path project = tmp.resolve("project");
        Files.createDirectories(project);
        Deidentifier deid = new Deidentifier("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                Deidentifier.Options.BASIC);
        CohortImport imp = new CohortImporter(new CohortImporter.Options(StackPolicy.REFUSE, deid,
                project.resolve("images"), Double.NaN, 2)).run(new DicomScanner().scan(tmp.resolve("dicom")));
        Review review = ReviewFactory.eINSTANCE.createReview();
        ReviewImporter.apply(imp, review, "srs", project);
        ReviewStore.save(review, project);
        try (var files = Files.walk(project)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = project.relativize(f) + new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String id : new String[] { "SYN-001", "Doe", "Jane", "dicom/" }) {
                    assertFalse(text.contains(id), f + " contains '" + id + "'");
                }
            }
        }
        assertEquals(deid.pseudonym("SYN-001"), review.getStudies().get(0).getPatients().get(0).getId());
    }
}
