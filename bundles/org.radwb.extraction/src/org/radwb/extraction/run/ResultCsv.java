package org.radwb.extraction.run;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.radwb.extraction.CsvLine;
import org.radwb.extraction.FeatureValue;

/**
 * CSV output of results. Wide: one row per (image, mask, label), provenance columns, then one column per feature
 * (PyRadiomics names, or {@code tag} / {@code tag@aggregation} in IBSI mode). Long: the columns
 * {@code image,mask,label,family,feature,ibsi_code,aggregation,value}, one row per value, joinable with the IBSI
 * reference tables.
 */
public final class ResultCsv {

    /** Provenance and status columns of the wide format, after image, mask, label. */
    public static final List<String> WIDE_META = List.of("status", "error", "engine", "engine_version", "mode",
            "image_sha256", "mask_sha256", "settings_sha256", "notes");

    private ResultCsv() {
    }

    public static String columnName(FeatureValue v) {
        return v.aggregation().isEmpty() ? v.name() : v.name() + "@" + v.aggregation();
    }

    public static void writeWide(List<CaseResult> results, Writer w) throws IOException {
        Set<String> cols = new LinkedHashSet<>();
        for (CaseResult r : results) {
            for (FeatureValue v : r.values()) {
                cols.add(columnName(v));
            }
        }
        List<String> header = new ArrayList<>(List.of("image", "mask", "label"));
        header.addAll(WIDE_META);
        header.addAll(cols);
        line(w, header);
        for (CaseResult r : results) {
            java.util.Map<String, Double> byName = new java.util.HashMap<>();
            for (FeatureValue v : r.values()) {
                byName.put(columnName(v), v.value());
            }
            List<String> row = new ArrayList<>(List.of(r.image(), r.mask(), Integer.toString(r.label()), r.ok() ? "ok" : "failed",
                    r.error() == null ? "" : r.error(), Engine.NAME, Engine.VERSION, r.mode().id(), r.imageSha256(),
                    r.maskSha256(), r.settingsSha256(), String.join("; ", r.notes())));
            for (String c : cols) {
                Double v = byName.get(c);
                row.add(v == null ? "" : number(v));
            }
            line(w, row);
        }
    }

    public static void writeLong(List<CaseResult> results, Writer w) throws IOException {
        line(w, List.of("image", "mask", "label", "family", "feature", "ibsi_code", "aggregation", "value"));
        for (CaseResult r : results) {
            for (FeatureValue v : r.values()) {
                line(w, List.of(r.image(), r.mask(), Integer.toString(r.label()), v.family(), v.name(), v.ibsiCode(),
                        v.aggregation(), number(v.value())));
            }
        }
    }

    /** Full precision, locale-independent; NaN as "nan" as PyRadiomics writes it. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(CsvLine.quote(fields.get(i)));
        }
        w.write('\n');
    }

    /**
     * The provenance sidecar written next to an output file: engine, mode, the parameter file text and the inputs'
     * hashes (YAML).
     */
    public static void writeProvenance(List<CaseResult> results, String paramsSource, String paramsText, Writer w) throws IOException {
        w.write("engine: " + Engine.NAME + "\nengine_version: " + Engine.VERSION + "\n");
        w.write("created: " + java.time.Instant.now() + "\n");
        w.write("parameter_file: " + quoteYaml(paramsSource) + "\nparameter_file_sha256: " + Provenance.sha256(paramsText) + "\n");
        w.write("parameters: |\n");
        for (String l : paramsText.split("\n", -1)) {
            w.write("  " + l + "\n");
        }
        w.write("inputs:\n");
        Set<String> seen = new LinkedHashSet<>();
        for (CaseResult r : results) {
            if (seen.add(r.image() + "\n" + r.mask())) {
                w.write("  - image: " + quoteYaml(r.image()) + "\n    image_sha256: " + r.imageSha256() + "\n    mask: "
                        + quoteYaml(r.mask()) + "\n    mask_sha256: " + r.maskSha256() + "\n");
            }
        }
    }

    private static String quoteYaml(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
