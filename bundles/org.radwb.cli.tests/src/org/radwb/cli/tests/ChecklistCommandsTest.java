package org.radwb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist command contract of issue 3, run through the real extension registry. */
class ChecklistCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void fixtures() throws IOException {
        for (String name : List.of("rqs-two-raters.csv", "rqs-two-raters-expected.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    private static List<CSVRecord> csv(Reader reader) throws IOException {
        try (CSVParser p = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void listShowsTheContributedChecklistsWithBundleItemsAndRange() {
        CliRunner.Result r = CliRunner.run(dir, "checklist", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rqs,1.0,Radiomics Quality Score (RQS),org.radwb.checklist.rqs,16,-8..36 points"), r.out());
        assertTrue(r.out().contains("metrics,1.0,"), r.out());
    }

    @Test
    void scoreEqualsTheSumOfTheTemplatePointsOfEveryChosenOption() throws IOException {
        assertEquals(0, CliRunner.run(dir, "checklist", "template", "--checklist", "rqs", "--out", "template.csv").code());
        String header = Files.readAllLines(dir.resolve("template.csv")).get(0);
        assertEquals("item_id,item_title,domain,option_id,option_label,points", header);
        Map<String, Double> points = new HashMap<>();
        for (CSVRecord t : csv(Files.newBufferedReader(dir.resolve("template.csv")))) {
            points.put(t.get("item_id") + "/" + t.get("option_id"), Double.parseDouble(t.get("points")));
        }
        Map<String, Double> expected = new HashMap<>();
        for (CSVRecord a : csv(Files.newBufferedReader(dir.resolve("rqs-two-raters.csv")))) {
            for (String option : a.get("answer").split("\\|")) {
                expected.merge(a.get("study_id") + "/" + a.get("rater"), points.get(a.get("item_id") + "/" + option), Double::sum);
            }
        }
        CliRunner.Result r = CliRunner.run(dir, "checklist", "score", "--checklist", "rqs", "--answers", "rqs-two-raters.csv",
                "--out", "scores.csv");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> scores = csv(Files.newBufferedReader(dir.resolve("scores.csv")));
        assertEquals(34, scores.size());
        for (CSVRecord s : scores) {
            double total = Double.parseDouble(s.get("total"));
            assertEquals(expected.get(s.get("study_id") + "/" + s.get("rater")), total, 0.0, s.toString());
            assertEquals("-8", s.get("min"));
            assertEquals("36", s.get("max"));
            assertEquals(Math.max(0, total) / 36 * 100, Double.parseDouble(s.get("percent")), 1e-4, "percent of 36, floor 0");
        }
    }

    @Test
    void agreementMatchesRPsych() throws IOException {
        CliRunner.Result r = CliRunner.run(dir, "checklist", "agreement", "--checklist", "rqs", "--answers", "rqs-two-raters.csv");
        assertEquals(0, r.code(), r.err());
        Map<String, CSVRecord> reference = new HashMap<>();
        for (CSVRecord e : csv(Files.newBufferedReader(dir.resolve("rqs-two-raters-expected.csv")))) {
            reference.put(e.get("item_id"), e);
        }
        // tolerance: 1e-3 on the ICC, which the command prints with 4 significant digits
        String icc = r.value("icc21_totals");
        assertEquals(Double.parseDouble(reference.get("icc21").get("kappa")), Double.parseDouble(icc.split(" ")[0]), 1e-3, icc);
        assertTrue(icc.contains("0.9325") && icc.contains("0.9909"), icc);
        String table = r.out().substring(0, r.out().indexOf("raters:"));
        List<CSVRecord> items = csv(new StringReader(table));
        assertEquals(16, items.size(), table);
        for (CSVRecord item : items) {
            CSVRecord ref = reference.get(item.get(0));
            assertEquals(Double.parseDouble(ref.get("percent_agreement")), Double.parseDouble(item.get(2)), 1e-3, item.toString());
        }
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheRowAndNothingIsWritten() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("rqs-two-raters.csv")));
        lines.set(5, lines.get(5).replaceAll(",[^,]*$", ",perhaps"));
        Files.write(dir.resolve("bad.csv"), lines);
        CliRunner.Result r = CliRunner.run(dir, "checklist", "score", "--checklist", "rqs", "--answers", "bad.csv", "--out", "s.csv");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("perhaps") && r.err().contains("6"), r.err());
        assertFalse(Files.exists(dir.resolve("s.csv")), "nothing written");
        CliRunner.Result unknown = CliRunner.run(dir, "checklist", "score", "--checklist", "rqs9", "--answers", "bad.csv");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("rqs"), unknown.err());
    }
}
