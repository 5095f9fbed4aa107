package org.radwb.modeling.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radwb.modeling.data.CsvTable;

/**
 * The saved form of a fitted model: a list of records {@code kind, key, value...} written as a small CSV file
 * ({@code record,key,v1,v2,...}), readable by people and diff tools. Numbers are written with
 * {@link Double#toString(double)} so they round-trip exactly. The first record is
 * {@code format,radwb-model,1}; the second names the model type.
 */
public final class ModelState {

    /** The format marker of the first line. */
    public static final String FORMAT = "radwb-model";

    private final List<String[]> records = new ArrayList<>();

    /** Appends a record. */
    public ModelState add(String kind, String key, String... values) {
        String[] r = new String[values.length + 2];
        r[0] = kind;
        r[1] = key;
        System.arraycopy(values, 0, r, 2, values.length);
        records.add(r);
        return this;
    }

    /** Appends a record of numbers. */
    public ModelState addNumbers(String kind, String key, double... values) {
        String[] v = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = Double.toString(values[i]);
        }
        return add(kind, key, v);
    }

    /** All records of a kind, in order. */
    public List<String[]> all(String kind) {
        return records.stream().filter(r -> r[0].equals(kind)).toList();
    }

    /** The single record of a kind and key; throws naming them if absent. */
    public String[] one(String kind, String key) {
        return records.stream().filter(r -> r[0].equals(kind) && r[1].equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("saved model has no '" + kind + "," + key + "' record"));
    }

    /** The first value of a record. */
    public String value(String kind, String key) {
        String[] r = one(kind, key);
        if (r.length < 3) {
            throw new IllegalArgumentException("saved model record '" + kind + "," + key + "' has no value");
        }
        return r[2];
    }

    /** Values of a record from index 2 on, as numbers. */
    public static double[] numbers(String[] record) {
        double[] v = new double[record.length - 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(record[i + 2]);
        }
        return v;
    }

    /** The model type id recorded in the state. */
    public String typeId() {
        return value("model", "type");
    }

    /** Writes the records as CSV. */
    public void write(Writer w) throws IOException {
        for (String[] r : records) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(quote(r[i]));
            }
            w.write(line.append('\n').toString());
        }
    }

    /** Writes to a file. */
    public void save(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    /** Reads a saved model file. */
    public static ModelState load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses saved text; {@code source} names it in errors. */
    public static ModelState parse(String text, String source) throws IOException {
        List<String[]> lines = CsvTable.records(new StringReader(text), source, new ArrayList<>());
        ModelState s = new ModelState();
        for (String[] r : lines) {
            if (r.length < 2) {
                throw new IOException(source + ": record '" + String.join(",", r) + "' has fewer than 2 fields");
            }
            s.records.add(r);
        }
        if (s.records.isEmpty() || !s.records.get(0)[0].equals("format") || !s.records.get(0)[1].equals(FORMAT)) {
            throw new IOException(source + ": not a saved radwb model (first line must be 'format," + FORMAT + ",1')");
        }
        return s;
    }

    private static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A new state with the format and model type records. */
    public static ModelState of(String typeId) {
        return new ModelState().add("format", FORMAT, "1").add("model", "type", typeId);
    }
}
