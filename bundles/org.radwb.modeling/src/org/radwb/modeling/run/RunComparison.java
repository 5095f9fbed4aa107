package org.radwb.modeling.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.plot.SvgChart;
import org.radwb.modeling.stats.DeLongTest;
import org.radwb.modeling.stats.RocAnalysis;
import org.radwb.modeling.survival.ConcordanceIndex;

/**
 * Radiomic, clinical and combined models side by side: reads the {@code predictions.csv} of several runs on the same
 * lesions, reports each run's AUC (DeLong CI) or C-index (CI) and, for binary outcomes, DeLong's test for every pair;
 * writes {@code comparison.csv} and, for binary outcomes, {@code roc-comparison.svg}.
 */
public final class RunComparison {

    /**
     * One row of the comparison.
     *
     * @param first run name (folder name)
     * @param second the other run for a pairwise test, or empty for a single-run row
     * @param statistic auc, c_index, or delong_z
     * @param value the value (AUC/C, or z)
     * @param lower lower 95 % limit (NaN for tests)
     * @param upper upper 95 % limit (NaN for tests)
     * @param pValue p-value of a pairwise test (NaN otherwise)
     */
    public record Row(String first, String second, String statistic, double value, double lower, double upper, double pValue) {
    }

    private RunComparison() {
    }

    /** Compares the runs and writes the files into {@code out}. */
    public static List<Row> compare(List<Path> runs, Path out) throws IOException {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("comparing needs at least two run folders, got " + runs.size());
        }
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Path r : runs) {
            Path file = r.resolve("predictions.csv");
            if (!Files.exists(file)) {
                throw new IllegalArgumentException(r + " has no predictions.csv (is it a 'radwb model train' folder?)");
            }
            tables.put(r.getFileName().toString(), CsvTable.read(file));
        }
        List<String> names = new ArrayList<>(tables.keySet());
        CsvTable first = tables.get(names.get(0));
        boolean binary = first.has("outcome");
        String[] lesions = first.strings("lesion");
        for (String n : names) {
            CsvTable t = tables.get(n);
            if (!Arrays.equals(lesions, t.strings("lesion")) || binary != t.has("outcome")) {
                throw new IllegalArgumentException("run '" + n + "' does not have predictions for the same lesions in the same order as '"
                        + names.get(0) + "' (compare runs of cross-validation or external validation on the same data)");
            }
        }
        List<Row> rows = new ArrayList<>();
        if (binary) {
            double[] y = first.numbers("outcome");
            SvgChart chart = new SvgChart("ROC curves", "1 - specificity", "Sensitivity", 0, 1, 0, 1);
            for (String n : names) {
                double[] p = tables.get(n).numbers("prediction");
                RocAnalysis roc = RocAnalysis.of(y, p);
                double[] ci = roc.confidenceInterval(0.95);
                rows.add(new Row(n, "", "auc", roc.auc(), ci[0], ci[1], Double.NaN));
                double[][] curve = rocPoints(y, p);
                chart.line(String.format(java.util.Locale.ROOT, "%s (%.3f)", n, roc.auc()), curve[0], curve[1], false);
            }
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    DeLongTest t = DeLongTest.compare(y, tables.get(names.get(a)).numbers("prediction"), tables.get(names.get(b)).numbers("prediction"));
                    rows.add(new Row(names.get(a), names.get(b), "delong_z", t.z(), Double.NaN, Double.NaN, t.pValue()));
                }
            }
            chart.line("chance", new double[] {0, 1}, new double[] {0, 1}, true);
            Files.createDirectories(out);
            Files.writeString(out.resolve("roc-comparison.svg"), chart.toSvg(), StandardCharsets.UTF_8);
        } else {
            double[] time = first.numbers("time");
            double[] ev = first.numbers("event");
            boolean[] event = new boolean[ev.length];
            for (int i = 0; i < ev.length; i++) {
                event[i] = ev[i] == 1;
            }
            for (String n : names) {
                ConcordanceIndex c = ConcordanceIndex.of(time, event, tables.get(n).numbers("risk"));
                double[] ci = c.confidenceInterval(0.95);
                rows.add(new Row(n, "", "c_index", c.cIndex(), ci[0], ci[1], Double.NaN));
            }
        }
        StringBuilder s = new StringBuilder("run,versus,statistic,value,lower,upper,p\n");
        for (Row r : rows) {
            s.append(TrainingRun.csv(r.first())).append(',').append(TrainingRun.csv(r.second())).append(',').append(r.statistic()).append(',')
                    .append(TrainingRun.num(r.value())).append(',').append(TrainingRun.num(r.lower())).append(',')
                    .append(TrainingRun.num(r.upper())).append(',').append(TrainingRun.num(r.pValue())).append('\n');
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("comparison.csv"), s.toString(), StandardCharsets.UTF_8);
        return rows;
    }

    private static double[][] rocPoints(double[] y, double[] p) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < y.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double pos = Arrays.stream(y).sum();
        double neg = y.length - pos;
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 0});
        double tp = 0;
        double fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (y[order[k]] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (k == order.length - 1 || p[order[k + 1]] != p[order[k]]) {
                pts.add(new double[] {fp / neg, tp / pos});
            }
        }
        return new double[][] {pts.stream().mapToDouble(v -> v[0]).toArray(), pts.stream().mapToDouble(v -> v[1]).toArray()};
    }
}
