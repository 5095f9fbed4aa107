package org.radwb.csv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.csv.CsvImportException;
import org.radwb.csv.CsvProblem;
import org.radwb.csv.CsvTable;
import org.radwb.csv.StudyCsv;
import org.radwb.example.ExampleReview;
import org.radwb.model.MetricKind;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.summary.ReviewSummary;

class StudyCsvTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theExampleReviewHasThePapersTotals() throws IOException {
        Review r = ExampleReview.create();
        ReviewSummary s = ReviewSummary.of(r);
        assertEquals(17, s.studies());
        assertEquals(2744, s.patients());
        assertEquals(7377, s.lesions());
        assertEquals(2019, s.firstYear().getAsInt());
        assertEquals(2023, s.lastYear().getAsInt());
        assertEquals(0.64, s.minCIndex().getAsDouble(), 1e-12);
        assertEquals(0.79, s.maxCIndex().getAsDouble(), 1e-12);
        assertEquals(16, r.getPrisma().getDuplicatesRemoved());
        assertEquals(200, r.getSearches().stream().mapToInt(x -> x.getRecords()).sum());
        assertEquals(17, r.getPrisma().getStudiesIncluded());
    }

    @Test
    void exportThenImportIsLosslessAndExportIsStable() throws IOException {
        Review r = ExampleReview.create();
        Path first = dir.resolve("first.csv");
        StudyCsv.write(r.getStudies(), first);
        List<Study> back = StudyCsv.read(first, null);
        assertEquals(r.getStudies().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertTrue(EcoreUtil.equals(r.getStudies().get(i), back.get(i)), "study " + back.get(i).getId() + " round-trips");
        }
        Path second = dir.resolve("second.csv");
        StudyCsv.write(back, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "byte-identical re-export");
    }

    @Test
    void notReportedStaysDistinctFromZeroAndListsSplitOnSemicolons() throws IOException {
        String header = String.join(",", StudyCsv.TABLE.headers());
        Path p = write("s.csv", "id,year,patients,field_strengths,sequences,auc_radiomic,auc_radiomic_lower\n"
                + "A2020,2020,0,1.5;3,CE-T1W; FLAIR ,0.8,\n");
        Study s = StudyCsv.read(p, null).get(0);
        assertTrue(s.isSetPatientCount());
        assertEquals(0, s.getPatientCount());
        assertFalse(s.isSetLesionCount());
        assertEquals(List.of(1.5, 3.0), s.getFieldStrengths());
        assertEquals(List.of("CE-T1W", "FLAIR"), s.getSequences());
        assertEquals(MetricKind.AUC_RADIOMIC, s.getResults().get(0).getKind());
        assertFalse(s.getResults().get(0).isSetLower());
        assertTrue(header.startsWith("id,authors,year,title"));
    }

    @Test
    void aBadFileIsRefusedWholeWithFileLineColumnValueAndExpectation() throws IOException {
        Path p = write("bad.csv", "id,year,patients,treatment,auc_radiomic\n"
                + "Ok2020,2020,10,gamma-knife,0.8\n"
                + "Bad2021,twenty,10,gamma-knife,0.8\n"
                + "Bad2022,2022,10,proton,1.7\n");
        CsvImportException e = assertThrows(CsvImportException.class, () -> StudyCsv.read(p, null));
        List<CsvProblem> problems = e.getProblems();
        assertEquals(3, problems.size(), e.getMessage());
        CsvProblem year = problems.get(0);
        assertEquals(p, year.file());
        assertEquals(3, year.line());
        assertEquals("year", year.column());
        assertEquals("twenty", year.value());
        assertTrue(year.expected().contains("whole number"));
        assertTrue(problems.get(1).expected().contains("gamma-knife"), problems.get(1).toString());
        assertEquals("auc_radiomic", problems.get(2).column(), problems.get(2).toString());
        assertTrue(problems.get(2).expected().contains("[0, 1]"), problems.get(2).toString());
        assertTrue(e.getMessage().contains("bad.csv:3, column 'year', value 'twenty'"), e.getMessage());
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws IOException {
        Path p = write("h.csv", "year,pateints\n2020,3\n");
        CsvImportException e = assertThrows(CsvImportException.class, () -> StudyCsv.read(p, null));
        assertTrue(e.getProblems().stream().anyMatch(x -> "pateints".equals(x.column()) && x.line() == 1), e.getMessage());
        assertTrue(e.getProblems().stream().anyMatch(x -> "id".equals(x.column())), e.getMessage());
    }

    @Test
    void duplicateIdsInTheFileOrAgainstTheReviewAreRefused() throws IOException {
        Review review = ReviewFactory.eINSTANCE.createReview();
        Study existing = ReviewFactory.eINSTANCE.createStudy();
        existing.setId("Old2019");
        review.getStudies().add(existing);
        Path p = write("d.csv", "id\nNew2020\nNew2020\nOld2019\n");
        CsvImportException e = assertThrows(CsvImportException.class, () -> StudyCsv.read(p, review));
        assertEquals(2, e.getProblems().size(), e.getMessage());
        assertEquals(1, review.getStudies().size(), "nothing added to the review");
    }

    @Test
    void wrongFieldCountAndNonUtf8AreRefused() throws IOException {
        Path p = write("f.csv", "id,year\nA,2020,extra\n");
        CsvImportException e = assertThrows(CsvImportException.class, () -> StudyCsv.read(p, null));
        assertTrue(e.getMessage().contains("2 fields as in the header, found 3"), e.getMessage());
        Path latin = dir.resolve("latin1.csv");
        Files.write(latin, "id,country\nA,M\u00e9xico\n".getBytes(StandardCharsets.ISO_8859_1));
        CsvImportException e2 = assertThrows(CsvImportException.class, () -> StudyCsv.read(latin, null));
        assertTrue(e2.getMessage().contains("UTF-8"), e2.getMessage());
    }

    @Test
    void formulasAreNeutralisedOnExportAndRestoredOnImport() throws IOException {
        Study s = ReviewFactory.eINSTANCE.createStudy();
        s.setId("X2020");
        s.setTitle("=HYPERLINK(\"http://evil\",\"click\")");
        s.setNotes("@SUM(A1:A9)");
        s.setAuthors("-2+3");
        Path out = dir.resolve("x.csv");
        StudyCsv.write(List.of(s), out);
        String text = Files.readString(out);
        assertTrue(text.contains("\"'=HYPERLINK("), text);
        assertTrue(text.contains("'@SUM"), text);
        assertTrue(text.contains("'-2+3"), text);
        Study back = StudyCsv.read(out, null).get(0);
        assertEquals(s.getTitle(), back.getTitle());
        assertEquals(s.getNotes(), back.getNotes());
        assertEquals(s.getAuthors(), back.getAuthors());
        assertEquals("'=A1", CsvTable.neutralise("=A1"));
        assertEquals("plain", CsvTable.neutralise("plain"));
    }

    @Test
    void aFailedExportLeavesTheOldFileUntouched() throws IOException {
        Path out = write("keep.csv", "old content\n");
        Study s = ReviewFactory.eINSTANCE.createStudy();
        s.setId("A");
        Path dirAsFile = dir.resolve("keep.csv/child.csv");
        assertThrows(IOException.class, () -> StudyCsv.write(List.of(s), dirAsFile));
        assertEquals("old content\n", Files.readString(out));
    }
}
