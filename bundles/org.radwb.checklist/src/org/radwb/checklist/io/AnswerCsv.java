package org.radwb.checklist.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.radwb.checklist.AnswerProblem;
import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.RatedAnswers;
import org.radwb.checklist.ScoringEngine;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Checklist;

/**
 * Reads answers in the CSV contract of {@code radwb checklist score|agreement}: columns
 * {@code study_id,rater,item_id,answer}, where {@code answer} is an option id, several joined by {@code |} for
 * multi-select items, and {@code item_id} may also be a condition id (answer {@code yes} or {@code no}).
 * Everything is checked against the checklist before anything is returned: every problem is reported with
 * its row, so a caller can refuse to write any output.
 *
 * @since 0.1
 */
public final class AnswerCsv {

    /** The required columns, in the documented order. */
    public static final List<String> COLUMNS = List.of("study_id", "rater", "item_id", "answer");

    private AnswerCsv() {
    }

    /**
     * @param file      answers CSV (UTF-8)
     * @param checklist checklist to check against
     * @param options   {@code requireComplete} makes missing required answers errors
     * @return the answers, grouped by study and rater
     * @throws CsvInputException when the file breaks the contract or the checklist's rules
     * @throws IOException       when it cannot be read
     */
    public static AnswerTable read(Path file, Checklist checklist, ScoringOptions options)
            throws CsvInputException, IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), checklist, options);
        }
    }

    /**
     * @param reader    CSV content
     * @param name      file name for messages
     * @param checklist checklist to check against
     * @param options   scoring options
     * @return the answers
     * @throws CsvInputException when the content breaks the contract or the checklist's rules
     * @throws IOException       on read failure
     */
    public static AnswerTable read(Reader reader, String name, Checklist checklist, ScoringOptions options)
            throws CsvInputException, IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, AnswerSet.Builder>> byStudy = new LinkedHashMap<>();
        Map<String, Long> rows = new HashMap<>();
        Set<String> known = new java.util.HashSet<>();
        Checklists.items(checklist).forEach(i -> known.add(i.getId()));
        checklist.getConditions().forEach(c -> known.add(c.getId()));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(COLUMNS)) {
                throw new CsvInputException(name, List.of("row 1: header is " + String.join(",", header)
                        + "; expected exactly " + String.join(",", COLUMNS)));
            }
            for (CSVRecord rec : parser) {
                long row = rec.getRecordNumber() + 1; // the header is row 1
                if (rec.size() != COLUMNS.size()) {
                    problems.add("row " + row + ": has " + rec.size() + " fields; expected " + COLUMNS.size());
                    continue;
                }
                String study = rec.get(0);
                String rater = rec.get(1);
                String item = rec.get(2);
                String answer = rec.get(3);
                boolean ok = true;
                for (int c = 0; c < 4; c++) {
                    if (rec.get(c).isEmpty()) {
                        problems.add("row " + row + ": empty " + COLUMNS.get(c));
                        ok = false;
                    }
                }
                if (!ok) {
                    continue;
                }
                if (!known.contains(item)) {
                    problems.add("row " + row + ": unknown item '" + item + "' for checklist " + checklist.getId()
                            + " " + checklist.getVersion() + " (see 'radwb checklist template')");
                    continue;
                }
                String key = AnswerTable.key(study, rater, item);
                Long first = rows.putIfAbsent(key, row);
                if (first != null) {
                    problems.add("row " + row + ": second answer of rater " + rater + " to item " + item + " for study "
                            + study + " (first in row " + first + ")");
                    continue;
                }
                List<String> optionIds = Arrays.stream(answer.split("\\|", -1)).map(String::trim).toList();
                byStudy.computeIfAbsent(study, s -> new LinkedHashMap<>())
                        .computeIfAbsent(rater, x -> AnswerSet.builder()).answer(item, optionIds);
            }
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new CsvInputException(name, List.of("not a readable CSV file: " + e.getMessage()));
        }
        List<RatedAnswers> ratings = new ArrayList<>();
        byStudy.forEach((study, raters) -> raters.forEach((rater, b) -> {
            AnswerSet answers = b.build();
            for (AnswerProblem p : ScoringEngine.validate(checklist, answers, options)) {
                Long row = rows.get(AnswerTable.key(study, rater, p.itemId()));
                problems.add((row != null ? "row " + row + ": " : "")
                        + "study " + study + ", rater " + rater + ": " + p.message());
            }
            ratings.add(new RatedAnswers(study, rater, answers));
        }));
        if (!problems.isEmpty()) {
            throw new CsvInputException(name, problems);
        }
        return new AnswerTable(name, List.copyOf(ratings), Map.copyOf(rows));
    }
}
