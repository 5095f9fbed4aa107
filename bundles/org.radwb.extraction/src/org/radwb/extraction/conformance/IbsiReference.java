package org.radwb.extraction.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.CsvLine;

/** The IBSI-1 reference-value table (columns as in the IBSI reference CSV: dataset, ibsi_tag, aggregation_code, value, tolerance...). */
public final class IbsiReference {

    /** One reference row; {@code value} NaN when the manual prints no value. */
    public record Row(String dataset, String family, String feature, String code, String tag, String aggregation,
            String aggregationCode, double value, double tolerance) {
    }

    private IbsiReference() {
    }

    /** Reads the rows of one dataset ({@code digital_phantom}, {@code config_A} ...); source names the file in errors. */
    public static List<Row> read(Reader in, String source, String dataset) throws IOException {
        BufferedReader r = new BufferedReader(in);
        String header = r.readLine();
        if (header == null) {
            throw new IOException(source + ": empty file; expected the IBSI reference CSV header");
        }
        String[] h = CsvLine.split(header);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < h.length; i++) {
            col.put(h[i].strip(), i);
        }
        for (String need : List.of("dataset", "family", "feature", "feature_code", "ibsi_tag", "aggregation",
                "aggregation_code", "value", "tolerance")) {
            if (!col.containsKey(need)) {
                throw new IOException(source + ": header lacks column '" + need + "'; found " + String.join(",", h));
            }
        }
        List<Row> rows = new ArrayList<>();
        String line;
        int no = 1;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = CsvLine.split(line);
            if (f.length < h.length) {
                throw new IOException(source + ": row " + no + " has " + f.length + " fields, expected " + h.length);
            }
            if (!f[col.get("dataset")].equals(dataset)) {
                continue;
            }
            rows.add(new Row(f[col.get("dataset")], f[col.get("family")], f[col.get("feature")], f[col.get("feature_code")],
                    f[col.get("ibsi_tag")], f[col.get("aggregation")], f[col.get("aggregation_code")],
                    number(f[col.get("value")], source, no, "value"), number(f[col.get("tolerance")], source, no, "tolerance")));
        }
        return rows;
    }

    private static double number(String s, String source, int row, String column) throws IOException {
        if (s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IOException(source + ": row " + row + ", column " + column + ": '" + s + "' is not a number");
        }
    }
}
