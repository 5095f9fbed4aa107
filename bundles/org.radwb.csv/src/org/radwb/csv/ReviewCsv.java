package org.radwb.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.radwb.model.DatabaseSearch;
import org.radwb.model.Exclusion;
import org.radwb.model.PrismaFlow;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Reviewer;
import org.radwb.model.ScreeningStage;

/**
 * A review's own data (question, PICO, search, PRISMA 2020 counts, reviewers) as a two-column
 * {@code key,value} CSV. Keys: {@code title, question, population, intervention, comparator, outcome,
 * citation, license, searchCompleted, records.<database>, search.<database>, duplicatesRemoved, otherRemoved,
 * recordsScreened, excluded.<title|abstract|fulltext>, excludedReason.<stage>, reportsSought,
 * reportsNotRetrieved, reportsAssessed, studiesIncluded, reviewer.<n>} and free notes {@code note.<anything>}.
 */
public final class ReviewCsv {

    private static final Map<String, ScreeningStage> STAGES = Map.of("title", ScreeningStage.TITLE, "abstract",
            ScreeningStage.ABSTRACT, "fulltext", ScreeningStage.FULL_TEXT, "other", ScreeningStage.OTHER);

    private ReviewCsv() {
    }

    /** Reads a review file into a new review (without studies); refuses the whole file on any problem. */
    public static Review read(Path file) throws IOException {
        return read(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads review data from text; {@code file} only names the source in problems. */
    public static Review read(Path file, String text) throws IOException {
        ReviewFactory f = ReviewFactory.eINSTANCE;
        Review review = f.createReview();
        PrismaFlow prisma = f.createPrismaFlow();
        review.setPrisma(prisma);
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, DatabaseSearch> searches = new LinkedHashMap<>();
        Map<ScreeningStage, Exclusion> exclusions = new LinkedHashMap<>();
        Map<Integer, String> reviewers = new TreeMap<>();
        StringBuilder notes = new StringBuilder();
        String searchDate = null;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVParser.parse(r, format)) {
            if (!parser.getHeaderNames().equals(List.of("key", "value"))) {
                throw new CsvImportException(List.of(new CsvProblem(file, 1, null, String.join(",", parser.getHeaderNames()),
                        "the header 'key,value'")));
            }
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                if (rec.size() != 2) {
                    problems.add(new CsvProblem(file, line, null, null, "2 fields (key,value), found " + rec.size()));
                    continue;
                }
                String key = rec.get(0).trim();
                String value = rec.get(1).trim();
                try {
                    switch (key) {
                        case "title" -> review.setTitle(value);
                        case "question" -> review.setQuestion(value);
                        case "population" -> review.setPopulation(value);
                        case "intervention" -> review.setIntervention(value);
                        case "comparator" -> review.setComparator(value);
                        case "outcome" -> review.setOutcome(value);
                        case "citation" -> review.setCitation(value);
                        case "license" -> review.setLicense(value);
                        case "searchCompleted" -> searchDate = value;
                        case "duplicatesRemoved" -> count(value, prisma::setDuplicatesRemoved);
                        case "otherRemoved" -> count(value, prisma::setOtherRemoved);
                        case "recordsScreened" -> count(value, prisma::setRecordsScreened);
                        case "reportsSought" -> count(value, prisma::setReportsSought);
                        case "reportsNotRetrieved" -> count(value, prisma::setReportsNotRetrieved);
                        case "reportsAssessed" -> count(value, prisma::setReportsAssessed);
                        case "studiesIncluded" -> count(value, prisma::setStudiesIncluded);
                        default -> {
                            if (key.startsWith("records.") || key.startsWith("search.")) {
                                String db = key.substring(key.indexOf('.') + 1);
                                DatabaseSearch s = searches.computeIfAbsent(db, d -> {
                                    DatabaseSearch x = f.createDatabaseSearch();
                                    x.setDatabase(d);
                                    return x;
                                });
                                if (key.startsWith("records.")) {
                                    count(value, s::setRecords);
                                } else if (!value.isEmpty()) {
                                    s.setSearchString(value);
                                }
                            } else if (key.startsWith("excluded.") || key.startsWith("excludedReason.")) {
                                String stage = key.substring(key.indexOf('.') + 1);
                                ScreeningStage st = STAGES.get(stage);
                                if (st == null) {
                                    throw new IllegalArgumentException("a stage: title, abstract, fulltext or other");
                                }
                                Exclusion e = exclusions.computeIfAbsent(st, s -> {
                                    Exclusion x = f.createExclusion();
                                    x.setStage(s);
                                    return x;
                                });
                                if (key.startsWith("excluded.")) {
                                    count(value, e::setCount);
                                } else if (!value.isEmpty()) {
                                    e.setReason(value);
                                }
                            } else if (key.startsWith("reviewer.")) {
                                reviewers.put(Integer.parseInt(key.substring(9)), value);
                            } else if (key.startsWith("note.")) {
                                notes.append(key.substring(5)).append(": ").append(value).append('\n');
                            } else {
                                throw new IllegalArgumentException("a known key (title, question, records.<database>, "
                                        + "duplicatesRemoved, excluded.<stage>, reviewer.<n>, note.<name>, ... see docs/csv-format.md)");
                            }
                        }
                    }
                } catch (NumberFormatException e) {
                    problems.add(new CsvProblem(file, line, "key", key, "reviewer.<number>"));
                } catch (IllegalArgumentException e) {
                    problems.add(new CsvProblem(file, line, key.contains(".") || !value.isEmpty() ? "value" : "key",
                            e.getMessage().startsWith("a known key") || e.getMessage().startsWith("a stage") ? key : value,
                            e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        for (DatabaseSearch s : searches.values()) {
            if (searchDate != null) {
                s.setDateSearched(searchDate);
            }
            review.getSearches().add(s);
        }
        prisma.getExclusions().addAll(exclusions.values());
        int n = 1;
        for (String name : reviewers.values()) {
            Reviewer rv = f.createReviewer();
            rv.setId("R" + n++);
            rv.setName(name);
            review.getReviewers().add(rv);
        }
        if (notes.length() > 0) {
            review.setNotes(notes.toString().trim());
        }
        return review;
    }

    private static void count(String value, java.util.function.IntConsumer setter) {
        if (value.isEmpty()) {
            return;
        }
        try {
            int v = Integer.parseInt(value);
            if (v < 0) {
                throw new IllegalArgumentException("a count of 0 or more");
            }
            setter.accept(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a whole number");
        }
    }
}
