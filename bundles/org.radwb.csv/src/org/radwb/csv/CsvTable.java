package org.radwb.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EObject;

/**
 * A header-driven CSV table of model objects: columns may come in any order and optional ones may be
 * missing; unknown or duplicated headers, malformed cells and wrong field counts are problems. Reading
 * collects every problem and then refuses the file as a whole; nothing is half-imported.
 *
 * @param <T> the model class of a row
 */
public final class CsvTable<T extends EObject> {

    /** A row read from a file: the new object, its line, and the key cells that are not attributes of it. */
    public record Row<T>(T object, long line, Map<String, String> keys) {
    }

    private final List<CsvCell<T>> cells;
    private final List<String> keyColumns;
    private final List<String> requiredColumns;
    private final Supplier<T> factory;

    /**
     * @param keyColumns      columns that link a row to others (e.g. {@code study_id}); returned raw in {@link Row#keys()}
     * @param requiredColumns columns that must be present with a non-empty value in every row
     */
    public CsvTable(List<CsvCell<T>> cells, List<String> keyColumns, List<String> requiredColumns, Supplier<T> factory) {
        this.cells = List.copyOf(cells);
        this.keyColumns = List.copyOf(keyColumns);
        this.requiredColumns = List.copyOf(requiredColumns);
        this.factory = factory;
    }

    /** @return the headers in the order they are written */
    public List<String> headers() {
        List<String> h = new ArrayList<>(keyColumns);
        cells.forEach(c -> h.add(c.header()));
        return h;
    }

    /** Rows read from a file with the problems found in them (cell by cell). */
    public record Parsed<T>(List<Row<T>> rows, List<CsvProblem> problems) {
    }

    /** Reads a file; throws {@link CsvImportException} listing every problem if anything is wrong. */
    public List<Row<T>> read(Path file) throws IOException {
        Parsed<T> parsed = parse(file);
        if (!parsed.problems().isEmpty()) {
            throw new CsvImportException(parsed.problems());
        }
        return parsed.rows();
    }

    /**
     * Reads a file and returns its rows with every cell problem, so callers can add their own checks and report
     * everything at once. Problems of the header or the encoding are thrown at once (no row can be read then).
     */
    public Parsed<T> parse(Path file) throws IOException {
        String text = decode(file);
        List<CsvProblem> problems = new ArrayList<>();
        List<Row<T>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            Map<String, CsvCell<T>> byHeader = new LinkedHashMap<>();
            cells.forEach(c -> byHeader.put(c.header(), c));
            Map<String, Integer> seen = new HashMap<>();
            for (String h : header) {
                String name = h.trim();
                if (name.isEmpty()) {
                    problems.add(new CsvProblem(file, 1, h, null, "a column name (empty header cell)"));
                } else if (seen.merge(name, 1, Integer::sum) > 1) {
                    problems.add(new CsvProblem(file, 1, name, null, "each column once (duplicated header)"));
                } else if (!byHeader.containsKey(name) && !keyColumns.contains(name)) {
                    problems.add(new CsvProblem(file, 1, name, null, "a known column: " + String.join(", ", headers())));
                }
            }
            for (String required : requiredColumns) {
                if (!seen.containsKey(required)) {
                    problems.add(new CsvProblem(file, 1, required, null, "the required column '" + required + "' in the header"));
                }
            }
            if (!problems.isEmpty()) {
                throw new CsvImportException(problems);
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    problems.add(new CsvProblem(file, line, null, null, header.size() + " fields as in the header, found " + record.size()));
                    continue;
                }
                T object = factory.get();
                Map<String, String> keys = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String name = header.get(i).trim();
                    String value = unneutralise(record.get(i));
                    if (keyColumns.contains(name)) {
                        keys.put(name, value.trim());
                    }
                    if (requiredColumns.contains(name) && value.isBlank()) {
                        problems.add(new CsvProblem(file, line, name, value, "a value (this column is required)"));
                        continue;
                    }
                    CsvCell<T> cell = byHeader.get(name);
                    if (cell == null || value.isBlank()) {
                        continue;
                    }
                    try {
                        cell.write(object, cell.isText() ? value : value.trim());
                    } catch (IllegalArgumentException e) {
                        problems.add(new CsvProblem(file, line, name, value, e.getMessage()));
                    }
                }
                rows.add(new Row<>(object, line, keys));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new CsvProblem(file, 0, null, null, "well-formed CSV (" + e.getMessage() + ")"));
        }
        return new Parsed<>(rows, problems);
    }

    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvImportException(List.of(new CsvProblem(file, 0, null, null,
                    "UTF-8 text (the file has bytes that are not UTF-8; save it as \"CSV UTF-8\")")));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Writes rows atomically (temporary file then rename), neutralising text cells that a spreadsheet would
     * run as a formula.
     *
     * @param keys per object, the values of the key columns
     */
    public void write(List<T> objects, java.util.function.Function<T, List<String>> keys, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                printer.printRecord(headers());
                for (T o : objects) {
                    List<String> record = new ArrayList<>();
                    for (String k : keys.apply(o)) {
                        record.add(neutralise(k));
                    }
                    for (CsvCell<T> c : cells) {
                        String v = c.read(o);
                        record.add(c.isText() ? neutralise(v) : v);
                    }
                    printer.printRecord(record);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Prefixes a quote to text a spreadsheet would execute as a formula (=, +, -, @, tab, CR at the start). */
    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Reverses {@link #neutralise(String)} so that export and import round-trip losslessly. */
    public static String unneutralise(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }


}
