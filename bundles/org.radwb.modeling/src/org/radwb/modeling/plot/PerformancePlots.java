package org.radwb.modeling.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.stats.DecisionCurve;
import org.radwb.modeling.survival.KaplanMeier;
import org.radwb.modeling.validation.PerformanceMetrics;

/** The standard plots of a validation run, as SVG documents keyed by file name. */
public final class PerformancePlots {

    private PerformancePlots() {
    }

    /** ROC, calibration and decision curves (binary) or Kaplan-Meier curves by predicted risk group (survival). */
    public static Map<String, String> of(Dataset d, double[] prediction) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.outcome() != null) {
            out.put("roc.svg", roc(d.outcome(), prediction));
            out.put("calibration.svg", calibration(d.outcome(), prediction, 10));
            out.put("decision-curve.svg", decisionCurve(d.outcome(), prediction));
        } else {
            out.put("kaplan-meier.svg", kaplanMeier(d, prediction));
        }
        return out;
    }

    /** Empirical ROC curve. */
    public static String roc(double[] y, double[] p) {
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
        return new SvgChart("ROC curve", "1 - specificity", "Sensitivity", 0, 1, 0, 1)
                .line("model", pts.stream().mapToDouble(v -> v[0]).toArray(), pts.stream().mapToDouble(v -> v[1]).toArray(), false)
                .line("chance", new double[] {0, 1}, new double[] {0, 1}, true).toSvg();
    }

    /** Calibration plot: mean predicted vs observed fraction in groups of equal size. */
    public static String calibration(double[] y, double[] p, int groups) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < y.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        int g = Math.min(groups, y.length);
        double[] mx = new double[g];
        double[] my = new double[g];
        for (int k = 0; k < g; k++) {
            int from = k * y.length / g;
            int to = (k + 1) * y.length / g;
            for (int i = from; i < to; i++) {
                mx[k] += p[order[i]] / (to - from);
                my[k] += y[order[i]] / (to - from);
            }
        }
        return new SvgChart("Calibration (" + g + " groups)", "Predicted probability", "Observed fraction", 0, 1, 0, 1)
                .points("model", mx, my).line("ideal", new double[] {0, 1}, new double[] {0, 1}, true).toSvg();
    }

    /** Decision curve from threshold 0.01 to 0.99. */
    public static String decisionCurve(double[] y, double[] p) {
        double[] t = new double[99];
        for (int k = 0; k < t.length; k++) {
            t[k] = (k + 1) / 100.0;
        }
        DecisionCurve.Point[] c = DecisionCurve.curve(y, p, t);
        double prevalence = Arrays.stream(y).average().orElse(0);
        double top = Math.max(0.05, prevalence * 1.1);
        return new SvgChart("Decision curve", "Threshold probability", "Net benefit", 0, 1, -0.05, top)
                .line("model", t, Arrays.stream(c).mapToDouble(DecisionCurve.Point::netBenefit).toArray(), false)
                .line("treat all", t, Arrays.stream(c).mapToDouble(DecisionCurve.Point::netBenefitTreatAll).toArray(), true)
                .line("treat none", new double[] {0, 1}, new double[] {0, 0}, true).toSvg();
    }

    /** Kaplan-Meier curves of the lesions below and above the median predicted risk. */
    public static String kaplanMeier(Dataset d, double[] risk) {
        int[] group = PerformanceMetrics.riskGroups(risk);
        double tMax = Arrays.stream(d.time()).max().orElse(1);
        SvgChart chart = new SvgChart("Kaplan-Meier by predicted risk", "Time", "Event-free probability", 0, tMax, 0, 1);
        for (int g = 0; g <= 1; g++) {
            int gg = g;
            int[] rows = java.util.stream.IntStream.range(0, d.size()).filter(i -> group[i] == gg).toArray();
            if (rows.length == 0) {
                continue;
            }
            double[] t = Arrays.stream(rows).mapToDouble(i -> d.time()[i]).toArray();
            boolean[] e = new boolean[rows.length];
            for (int k = 0; k < rows.length; k++) {
                e[k] = d.event()[rows[k]];
            }
            List<KaplanMeier.Step> steps = KaplanMeier.fit(t, e, 0.95).steps();
            double[] x = new double[steps.size() + 1];
            double[] y = new double[steps.size() + 1];
            y[0] = 1;
            for (int k = 0; k < steps.size(); k++) {
                x[k + 1] = steps.get(k).time();
                y[k + 1] = steps.get(k).survival();
            }
            chart.steps(g == 0 ? "low risk (n=" + rows.length + ")" : "high risk (n=" + rows.length + ")", x, y);
        }
        return chart.toSvg();
    }
}
