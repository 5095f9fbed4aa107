package org.radwb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.model.persistence.ReviewStore;

class ReviewCommandsTest {

    @TempDir
    Path dir;

    @Test
    void summaryOfTheExampleGivesThePapersCounts() {
        CliRunner.Result r = CliRunner.run(dir, "review", "summary", "--review", "example");
        assertEquals(0, r.code(), r.err());
        assertEquals("17", r.value("studies"));
        assertEquals("2744", r.value("patients"));
        assertEquals("7377", r.value("lesions"));
        assertEquals("2019-2023", r.value("year_range"));
        assertEquals("0.64-0.79", r.value("cindex_range"));
    }

    @Test
    void helpListsTheCommandsAndUnknownCommandsAreUsageErrors() {
        CliRunner.Result help = CliRunner.run(dir, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("review summary"), help.out());
        assertTrue(help.out().contains("review import-studies"), help.out());
        CliRunner.Result unknown = CliRunner.run(dir, "reveiw", "summary");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown command"), unknown.err());
        CliRunner.Result missing = CliRunner.run(dir, "review", "summary");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("missing option --review") && missing.err().contains("usage: radwb review summary"), missing.err());
        CliRunner.Result typo = CliRunner.run(dir, "review", "summary", "--review", "example", "--verbose");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown option --verbose"), typo.err());
    }

    @Test
    void exportCreateImportRoundTrip() throws IOException {
        CliRunner.Result export = CliRunner.run(dir, "review", "export-studies", "--review", "example", "--csv", "studies.csv");
        assertEquals(0, export.code(), export.err());
        assertEquals("17", export.value("exported"));
        CliRunner.Result imp = CliRunner.run(dir, "review", "import-studies", "--review", "mine", "--csv", "studies.csv", "--create");
        assertEquals(0, imp.code(), imp.err());
        assertEquals("17", imp.value("imported"));
        CliRunner.Result summary = CliRunner.run(dir, "review", "summary", "--review", "mine");
        assertEquals("2744", summary.value("patients"));
        CliRunner.Result again = CliRunner.run(dir, "review", "export-studies", "--review", "mine", "--csv", "again.csv");
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("studies.csv")), Files.readAllBytes(dir.resolve("again.csv")));
    }

    @Test
    void aBadImportChangesNothingOnDisk() throws IOException {
        assertEquals(0, CliRunner.run(dir, "review", "create-example", "--review", "ex").code());
        byte[] before = Files.readAllBytes(ReviewStore.modelFile(dir.resolve("ex")));
        Files.writeString(dir.resolve("bad.csv"), "id,year,auc_radiomic\nNew2024,2024,0.8\nBroken2024,2024,high\n");
        CliRunner.Result r = CliRunner.run(dir, "review", "import-studies", "--review", "ex", "--csv", "bad.csv");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv:3, column 'auc_radiomic', value 'high'"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ReviewStore.modelFile(dir.resolve("ex"))), "review file untouched");
    }

    @Test
    void validateReportsProblemsWithExitCode() throws IOException {
        assertEquals(0, CliRunner.run(dir, "review", "validate", "--review", "example").code());
        Files.writeString(dir.resolve("one.csv"), "id,patients,lesions\nA2020,10,12\n");
        assertEquals(0, CliRunner.run(dir, "review", "import-studies", "--review", "r", "--csv", "one.csv", "--create").code());
        Path file = ReviewStore.modelFile(dir.resolve("r"));
        Files.writeString(file, Files.readString(file).replace("lesionCount=\"12\"", "lesionCount=\"3\""));
        CliRunner.Result r = CliRunner.run(dir, "review", "validate", "--review", "r");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("3 lesions is fewer than its 10 patients"), r.out());
    }

    @Test
    void benchRunsOnASmallReview() {
        CliRunner.Result r = CliRunner.run(dir, "review", "bench", "--studies", "50", "--lesions", "400", "--rounds", "1",
                "--dir", "bench");
        assertEquals(0, r.code(), r.err());
        assertEquals("50", r.value("studies"));
        assertTrue(Long.parseLong(r.value("load_ms")) >= 0);
    }
}
