package org.radwb.modeling.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 CSV table (header row, comma separator, double-quoted fields with "" escapes).
 * Written here so that the modelling engine runs as a plain jar with no dependency; errors name the source,
 * the line and the column.
 */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String[]> rows;
    private final List<Integer> lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, List<Integer> lines) {
        this.source = source;
        this.header = Collections.unmodifiableList(header);
        this.rows = rows;
        this.lines = lines;
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    /** Reads a UTF-8 CSV file. */
    public static CsvTable read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads CSV text; {@code source} names it in error messages. */
    public static CsvTable read(Reader reader, String source) throws IOException {
        List<Integer> lines = new ArrayList<>();
        List<String[]> records = records(reader, source, lines);
        if (records.isEmpty()) {
            throw new IOException(source + ": empty file, expected a header row");
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            String name = h.strip();
            if (header.contains(name)) {
                throw new IOException(source + ": duplicate column '" + name + "' in the header");
            }
            header.add(name);
        }
        List<String[]> body = new ArrayList<>(records.subList(1, records.size()));
        List<Integer> bodyLines = new ArrayList<>(lines.subList(1, lines.size()));
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).length != header.size()) {
                throw new IOException(source + ": line " + bodyLines.get(i) + ": " + body.get(i).length
                        + " fields, expected " + header.size() + " as in the header");
            }
        }
        return new CsvTable(source, header, body, bodyLines);
    }

    /**
     * Reads raw CSV records of any width (no header handling).
     *
     * @param lines receives the starting line number of each record
     */
    public static List<String[]> records(Reader reader, String source, List<Integer> lines) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                    fields.add(field.toString());
                    records.add(fields.toArray(String[]::new));
                    lines.add(recordLine);
                }
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IOException(source + ": line " + recordLine + ": unterminated quoted field");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
            lines.add(recordLine);
        }
        return records;
    }

    /** Where the table came from (file name). */
    public String source() {
        return source;
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** True if the column exists. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The raw text of a cell. */
    public String get(int row, String column) {
        return rows.get(row)[columnIndex(column)];
    }

    /** The file line number of a data row (for messages). */
    public int line(int row) {
        return lines.get(row);
    }

    /** The index of a column; throws naming the file and the available columns if absent. */
    public int columnIndex(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException(source + ": no column '" + column + "'; columns are " + header);
        }
        return i;
    }

    /**
     * A numeric column; empty cells and NA/NaN become NaN (missing), anything else that is not a number is an
     * error naming the line.
     */
    public double[] numbers(String column) {
        int c = columnIndex(column);
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parse(rows.get(i)[c], i, column);
        }
        return v;
    }

    /** A text column. */
    public String[] strings(String column) {
        int c = columnIndex(column);
        String[] v = new String[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[c];
        }
        return v;
    }

    private double parse(String text, int row, String column) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": line " + lines.get(row) + ", column '" + column + "': '" + text
                    + "' is not a number", e);
        }
    }
}
