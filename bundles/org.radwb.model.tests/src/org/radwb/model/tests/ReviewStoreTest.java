package org.radwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.model.Review;
import org.radwb.model.Segmentation;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewFormatException;
import org.radwb.model.persistence.ReviewMigrator;
import org.radwb.model.persistence.ReviewStore;

class ReviewStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryValueAndTheDifferenceBetweenNotReportedAndZero() throws IOException {
        Review original = Reviews.sample();
        Review copy = EcoreUtil.copy(original);
        ReviewStore.save(copy, dir);
        Review loaded = ReviewStore.load(dir);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded review equals the saved one");
        Study s = loaded.getStudies().get(0);
        assertTrue(s.getResults().get(0).isSetValue(), "AUC 0.0 stays reported");
        assertFalse(s.getResults().get(0).isSetLower(), "CI lower stays not reported");
        assertFalse(s.isSetValidationPercent());
        Segmentation seg = s.getPatients().get(0).getLesions().get(0).getSegmentations().get(0);
        assertSame(s.getPatients().get(0).getImages().get(0), seg.getImage(), "cross-reference resolved");
    }

    @Test
    void everySaveKeepsThePreviousVersion() throws IOException {
        Review r = Reviews.sample();
        ReviewStore.save(r, dir);
        byte[] first = Files.readAllBytes(ReviewStore.modelFile(dir));
        r.setTitle("second");
        ReviewStore.save(r, dir);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(ReviewStore.BACKUP_NAME)));
        assertEquals("second", ReviewStore.load(dir).getTitle());
    }

    @Test
    void aCrashHalfWayThroughASaveLeavesTheOldFileIntact() throws IOException {
        Review r = Reviews.sample();
        ReviewStore.save(r, dir);
        byte[] before = Files.readAllBytes(ReviewStore.modelFile(dir));
        r.setTitle("edited but never saved");
        IOException crash = assertThrows(IOException.class, () -> ReviewStore.save(r, dir, (out, bytes) -> {
            out.write(bytes, 0, bytes.length / 2); // the process dies here
            throw new IOException("simulated crash after " + bytes.length / 2 + " bytes");
        }));
        assertTrue(crash.getMessage().contains("simulated crash"));
        assertArrayEquals(before, Files.readAllBytes(ReviewStore.modelFile(dir)), "model file untouched");
        assertEquals(Reviews.sample().getTitle(), ReviewStore.load(dir).getTitle(), "old version loads");
        // the half-written temporary file is ignored and replaced by the next save
        assertTrue(Files.exists(dir.resolve("review.radwb.tmp")));
        ReviewStore.save(r, dir);
        assertEquals("edited but never saved", ReviewStore.load(dir).getTitle());
        assertFalse(Files.exists(dir.resolve("review.radwb.tmp")));
    }

    @Test
    void aTruncatedFileIsRefusedNamingFileAndLine() throws IOException {
        ReviewStore.save(Reviews.sample(), dir);
        Path file = ReviewStore.modelFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ReviewFormatException e = assertThrows(ReviewFormatException.class, () -> ReviewStore.load(dir));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line "), e.getMessage());
    }

    @Test
    void anUnknownAttributeIsRefusedWithItsLine() throws IOException {
        ReviewStore.save(Reviews.sample(), dir);
        Path file = ReviewStore.modelFile(dir);
        String text = Files.readString(file).replace("id=\"Doe2022\"", "id=\"Doe2022\" colour=\"blue\"");
        Files.writeString(file, text);
        ReviewFormatException e = assertThrows(ReviewFormatException.class, () -> ReviewStore.load(dir));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void aFileFromANewerModelVersionIsRefusedClearly() throws IOException {
        ReviewStore.save(Reviews.sample(), dir);
        Path file = ReviewStore.modelFile(dir);
        Files.writeString(file, Files.readString(file).replace("review/1.1", "review/9.0"));
        ReviewFormatException e = assertThrows(ReviewFormatException.class, () -> ReviewStore.load(dir));
        assertTrue(e.getMessage().contains("review/9.0"), e.getMessage());
    }

    @Test
    void aFolderWithoutReviewSaysSo() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ReviewStore.load(dir));
        assertTrue(e.getMessage().contains("review.radwb"), e.getMessage());
    }

    @Test
    void aVersion10FileOpensAndIsMigrated() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/review-1.0.radwb")) {
            assertNotNull(in, "fixture review-1.0.radwb");
            Files.copy(in, ReviewStore.modelFile(dir));
        }
        Review r = ReviewStore.load(dir);
        assertEquals("A review saved by model version 1.0", r.getTitle());
        Study smith = r.getStudies().get(0);
        assertEquals(40, smith.getPatientCount());
        assertEquals(95, smith.getLesionCount());
        assertEquals(0.81, smith.getResults().get(0).getValue(), 0.0);
        Study chen = r.getStudies().get(1);
        assertEquals(12, chen.getPatientCount());
        assertFalse(chen.isSetLesionCount());
        // saving writes the current version
        ReviewStore.save(r, dir);
        String saved = Files.readString(ReviewStore.modelFile(dir), StandardCharsets.UTF_8);
        assertTrue(saved.contains("http://www.radwb.org/model/review/1.1"));
        assertTrue(saved.contains("patientCount=\"40\""));
        assertFalse(saved.contains(ReviewMigrator.NS_1_0));
    }
}
