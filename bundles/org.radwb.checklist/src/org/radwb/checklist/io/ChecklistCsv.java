package org.radwb.checklist.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radwb.checklist.AgreementReport;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.ItemAgreement;
import org.radwb.checklist.RatedAnswers;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;

/**
 * The CSV tables of the {@code radwb checklist} commands: template, scores and agreement. Tables are built
 * completely in memory and written atomically, so a failure never leaves a partial file.
 *
 * @since 0.1
 */
public final class ChecklistCsv {

    /** Columns of the template. */
    public static final List<String> TEMPLATE_COLUMNS = List.of("item_id", "item_title", "domain", "option_id",
            "option_label", "points");
    /** Columns of the score table. */
    public static final List<String> SCORE_COLUMNS = List.of("study_id", "rater", "total", "min", "max", "percent");
    /** Columns of the agreement table. */
    public static final List<String> AGREEMENT_COLUMNS = List.of("item_id", "studies", "percent_agreement", "kappa",
            "weighted_kappa", "method");

    private ChecklistCsv() {
    }

    /**
     * One row per option; conditions first (domain {@code condition}, options yes/no, no points); for weighted
     * yes/no items {@code points} is the weight earned by the option.
     *
     * @param checklist checklist
     * @return rows without the header
     */
    public static List<List<String>> templateRows(Checklist checklist) {
        List<List<String>> rows = new ArrayList<>();
        for (Condition c : checklist.getConditions()) {
            rows.add(List.of(c.getId(), c.getQuestion(), "condition", "yes", "Yes", ""));
            rows.add(List.of(c.getId(), c.getQuestion(), "condition", "no", "No", ""));
        }
        for (Item i : org.radwb.checklist.Checklists.items(checklist)) {
            String domain = i.getDomain() == null ? "" : i.getDomain().getTitle();
            double factor = i.getKind() == ItemKind.WEIGHTED_YES_NO ? i.getWeight() : 1.0;
            for (Option o : i.getOptions()) {
                rows.add(List.of(i.getId(), i.getTitle(), domain, o.getId(), o.getLabel(),
                        number(o.getPoints() * factor)));
            }
        }
        return rows;
    }

    /**
     * Scores every (study, rater) of a table.
     *
     * @param descriptor checklist and its scoring rule
     * @param table      validated answers
     * @param options    scoring options
     * @return rows {@code study_id,rater,total,min,max,percent}, in file order
     * @throws InvalidAnswersException when an answer set cannot be scored (not expected after {@link AnswerCsv})
     */
    public static List<List<String>> scoreRows(ChecklistDescriptor descriptor, AnswerTable table, ScoringOptions options)
            throws InvalidAnswersException {
        List<List<String>> rows = new ArrayList<>();
        for (RatedAnswers r : table.ratings()) {
            ScoreResult s = descriptor.score(r.answers(), options);
            rows.add(List.of(r.studyId(), r.rater(), number(s.total()), number(s.min()), number(s.max()),
                    number(s.percent())));
        }
        return rows;
    }

    /**
     * @param report agreement report
     * @return rows {@code item_id,studies,percent_agreement,kappa,weighted_kappa,method}; NA where undefined
     */
    public static List<List<String>> agreementRows(AgreementReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ItemAgreement a : report.items()) {
            rows.add(List.of(a.itemId(), Integer.toString(a.subjects()), number(a.percentAgreement()),
                    number(a.kappa()), number(a.weightedKappa()), a.method()));
        }
        return rows;
    }

    /**
     * @param header column names
     * @param rows   rows
     * @return the CSV text (RFC 4180, "\n" line ends)
     */
    public static String toCsv(List<String> header, List<List<String>> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r.stream().map(ChecklistCsv::safeCell).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e); // StringWriter does not throw
        }
        return w.toString();
    }

    /**
     * Keeps spreadsheets from executing a cell as a formula (a title from a third-party checklist could start
     * with "="): such cells get a leading apostrophe, numbers such as "-8" stay as they are.
     *
     * @param cell cell text
     * @return the text to write
     */
    static String safeCell(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '@'
                || (c == '-' && !(cell.length() > 1 && (Character.isDigit(cell.charAt(1)) || cell.charAt(1) == '.')));
        return formula ? "'" + cell : cell;
    }

    /**
     * Writes text to a file atomically (temporary file in the same folder, then rename).
     *
     * @param file target
     * @param text content
     * @throws IOException on failure; the target is then unchanged
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Formats a number for the tables: up to 4 decimals, no trailing zeros, "NA" for NaN.
     *
     * @param x value
     * @return text
     */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "NA";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
