package org.radwb.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.radwb.csv.ReviewCsv;
import org.radwb.csv.StudyCsv;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;

/**
 * The bundled example review: the 17 studies of Umaru et al., "Utilizing Radiomics as Predictive Factor in
 * Brain Metastasis Treated With Stereotactic Radiosurgery: Systematic Review and Radiomic Quality Assessment",
 * iRADIOLOGY 2025 (CC BY 4.0), transcribed into {@code data/*.csv} and imported with the same CSV importer
 * users use.
 */
public final class ExampleReview {

    /** Name of the example for {@code --review example}. */
    public static final String NAME = "example";

    private static final String[] DATA_FILES = { "studies.csv", "review.csv", "rqs_table4.csv", "README.md" };

    private ExampleReview() {
    }

    /** Builds the example review in memory (not attached to a resource). */
    public static Review create() throws IOException {
        Path dir = Files.createTempDirectory("radwb-example");
        try {
            copyData(dir);
            Review review = ReviewCsv.read(dir.resolve("review.csv"));
            review.setId("umaru-2025-srs-radiomics");
            List<Study> studies = StudyCsv.read(dir.resolve("studies.csv"), review);
            review.getStudies().addAll(studies);
            return review;
        } finally {
            for (String name : DATA_FILES) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Writes the example as a review project into a folder (which must not already hold a review), with the
     * data's README and source CSV files beside it for provenance.
     */
    public static Review writeTo(Path folder) throws IOException {
        if (ReviewStore.isReview(folder)) {
            throw new IOException(folder + " already holds a review; choose an empty folder");
        }
        Review review = create();
        Files.createDirectories(folder.resolve("source"));
        copyData(folder.resolve("source"));
        ReviewStore.save(review, folder);
        return review;
    }

    private static void copyData(Path dir) throws IOException {
        for (String name : DATA_FILES) {
            try (InputStream in = ExampleReview.class.getResourceAsStream("/data/" + name)) {
                if (in == null) {
                    throw new IOException("example data file data/" + name + " is missing from bundle org.radwb.example");
                }
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** @return the README of the example data (sources, licence, transcription notes) */
    public static String readme() throws IOException {
        try (InputStream in = ExampleReview.class.getResourceAsStream("/data/README.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
