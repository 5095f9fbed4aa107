package org.radwb.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.modeling.data.CsvTable;


/** Reads the reference CSV fixtures written by {@code reference/make_reference.R}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** All rows of a fixture as header -> value maps. */
    public static List<Map<String, String>> rows(String name) {
        String path = "/fixtures/modeling/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            CsvTable t = CsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), path);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : t.header()) {
                    m.put(h, t.get(i, h));
                }
                rows.add(m);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name,value fixture as a map of doubles. */
    public static Map<String, Double> values(String name) {
        Map<String, Double> m = new HashMap<>();
        for (Map<String, String> r : rows(name)) {
            m.put(r.get("name"), Double.parseDouble(r.get("value")));
        }
        return m;
    }

    /** One numeric column of a fixture. */
    public static double[] column(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(column))).toArray();
    }

    /** The synthetic lesion table. */
    public static List<Map<String, String>> lesions() {
        return rows("lesions.csv");
    }

    /** Feature matrix f01..f12 of the lesion table (rows = lesions). */
    public static double[][] features(List<Map<String, String>> rows) {
        double[][] x = new double[rows.size()][12];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 12; j++) {
                x[i][j] = Double.parseDouble(rows.get(i).get(String.format("f%02d", j + 1)));
            }
        }
        return x;
    }

    /** A 0/1 column as booleans. */
    public static boolean[] flags(List<Map<String, String>> rows, String column) {
        boolean[] b = new boolean[rows.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = Double.parseDouble(rows.get(i).get(column)) == 1;
        }
        return b;
    }
}
