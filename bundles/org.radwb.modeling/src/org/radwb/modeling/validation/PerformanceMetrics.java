package org.radwb.modeling.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.stats.BrierScore;
import org.radwb.modeling.stats.Calibration;
import org.radwb.modeling.stats.RocAnalysis;
import org.radwb.modeling.stats.YoudenCutoff;
import org.radwb.modeling.survival.ConcordanceIndex;
import org.radwb.modeling.survival.LogRankTest;

/**
 * The statistics reported for a set of predictions: for binary outcomes AUC with DeLong CI; Brier score,
 * calibration-in-the-large and slope, and accuracy / sensitivity / specificity at the Youden cut-off, each with a
 * 95 % percentile CI from resampling patients (the predictions are fixed; the cut-off is re-chosen in every
 * resample); for time-to-event outcomes Harrell's C with its infinitesimal-jackknife CI and the log-rank test
 * between the groups above and below the median predicted risk.
 */
public final class PerformanceMetrics {

    /** Bootstrap resamples for the percentile intervals. */
    public static final int RESAMPLES = 1000;

    private PerformanceMetrics() {
    }

    /** Metrics of {@code predictions} for the rows of {@code d}. */
    public static List<Metric> of(Dataset d, double[] predictions, long seed) {
        return d.task() == Task.BINARY ? binary(d, predictions, seed) : survival(d, predictions);
    }

    private static List<Metric> binary(Dataset d, double[] p, long seed) {
        double[] y = d.outcome();
        List<Metric> out = new ArrayList<>();
        out.add(Metric.point("n", d.size(), "lesions evaluated"));
        out.add(Metric.point("events", d.events(), "positive outcomes"));
        RocAnalysis roc = RocAnalysis.of(y, p);
        double[] ci = roc.confidenceInterval(0.95);
        out.add(new Metric("auc", roc.auc(), ci[0], ci[1], "DeLong"));
        Map<String, ToDoubleFunction<int[]>> stats = new java.util.LinkedHashMap<>();
        stats.put("brier", rows -> BrierScore.of(pick(y, rows), pick(p, rows)));
        stats.put("calibration_in_the_large", rows -> Calibration.of(pick(y, rows), pick(p, rows)).inTheLarge());
        stats.put("calibration_slope", rows -> Calibration.of(pick(y, rows), pick(p, rows)).slope());
        stats.put("youden_threshold", rows -> YoudenCutoff.of(pick(y, rows), pick(p, rows)).threshold());
        stats.put("accuracy", rows -> YoudenCutoff.of(pick(y, rows), pick(p, rows)).accuracy());
        stats.put("sensitivity", rows -> YoudenCutoff.of(pick(y, rows), pick(p, rows)).sensitivity());
        stats.put("specificity", rows -> YoudenCutoff.of(pick(y, rows), pick(p, rows)).specificity());
        int[] all = java.util.stream.IntStream.range(0, d.size()).toArray();
        List<List<Integer>> groups = new ArrayList<>(Folds.patients(d).values());
        double[][] boot = new double[stats.size()][RESAMPLES];
        SplittableRandom rng = new SplittableRandom(seed);
        int b = 0;
        int attempts = 0;
        while (b < RESAMPLES && attempts < 5 * RESAMPLES) {
            attempts++;
            int[] rows = Folds.bootstrapByPatient(groups, rng);
            try {
                int s = 0;
                for (ToDoubleFunction<int[]> f : stats.values()) {
                    boot[s++][b] = f.applyAsDouble(rows);
                }
                b++;
            } catch (IllegalArgumentException oneClassOrSeparated) {
                // a resample with one class (or perfect separation) has no value for these statistics: draw again
            }
        }
        int s = 0;
        for (Map.Entry<String, ToDoubleFunction<int[]>> e : stats.entrySet()) {
            double value;
            try {
                value = e.getValue().applyAsDouble(all);
            } catch (IllegalArgumentException undefined) {
                value = Double.NaN;
            }
            double[] v = Arrays.copyOf(boot[s++], b);
            Arrays.sort(v);
            out.add(b < 100 ? Metric.point(e.getKey(), value, "too few valid resamples for an interval")
                    : new Metric(e.getKey(), value, quantile(v, 0.025), quantile(v, 0.975), "patient bootstrap (" + b + ")"));
        }
        return out;
    }

    private static List<Metric> survival(Dataset d, double[] risk) {
        List<Metric> out = new ArrayList<>();
        out.add(Metric.point("n", d.size(), "lesions evaluated"));
        out.add(Metric.point("events", d.events(), "observed events"));
        ConcordanceIndex c = ConcordanceIndex.of(d.time(), d.event(), risk);
        double[] ci = c.confidenceInterval(0.95);
        out.add(new Metric("c_index", c.cIndex(), ci[0], ci[1], "Harrell, infinitesimal jackknife"));
        int[] group = riskGroups(risk);
        if (Arrays.stream(group).distinct().count() == 2) {
            LogRankTest lr = LogRankTest.of(d.time(), d.event(), group);
            out.add(Metric.point("logrank_chisq", lr.chiSquare(), "high vs low risk (median split)"));
            out.add(Metric.point("logrank_p", lr.pValue(), "high vs low risk (median split)"));
        }
        return out;
    }

    /** 1 for rows above the median predicted risk, else 0. */
    public static int[] riskGroups(double[] risk) {
        double[] sorted = risk.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return Arrays.stream(risk).mapToInt(r -> r > median ? 1 : 0).toArray();
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    /** The headline discrimination of predictions: AUC or C-index. */
    public static double discrimination(Dataset d, double[] predictions) {
        return d.task() == Task.BINARY ? RocAnalysis.auc(d.outcome(), predictions)
                : ConcordanceIndex.of(d.time(), d.event(), predictions).cIndex();
    }
}
