package org.radwb.modeling.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart written as SVG: axes with ticks, several named series (lines, optionally drawn as steps or as
 * points), a legend. Enough for ROC, calibration, decision and Kaplan-Meier curves without a charting library.
 */
public final class SvgChart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#7f7f7f", "#9467bd", "#ff7f0e"};
    private static final int W = 480;
    private static final int H = 400;
    private static final int L = 60;
    private static final int R = 20;
    private static final int T = 40;
    private static final int B = 50;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Series> series = new ArrayList<>();

    private record Series(String name, double[] x, double[] y, boolean step, boolean points, boolean dashed) {
    }

    /** A chart with fixed axis ranges. */
    public SvgChart(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Adds a polyline. */
    public SvgChart line(String name, double[] x, double[] y, boolean dashed) {
        series.add(new Series(name, x, y, false, false, dashed));
        return this;
    }

    /** Adds a right-continuous step function (Kaplan-Meier). */
    public SvgChart steps(String name, double[] x, double[] y) {
        series.add(new Series(name, x, y, true, false, false));
        return this;
    }

    /** Adds points joined by a line (calibration groups). */
    public SvgChart points(String name, double[] x, double[] y) {
        series.add(new Series(name, x, y, false, true, false));
        return this;
    }

    private double px(double x) {
        return L + (x - xMin) / (xMax - xMin) * (W - L - R);
    }

    private double py(double y) {
        return H - B - (Math.max(yMin, Math.min(yMax, y)) - yMin) / (yMax - yMin) * (H - T - B);
    }

    /** The SVG document. */
    public String toSvg() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(text(W / 2.0, 22, title, "middle", 14));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>%n",
                L, T, W - L - R, H - T - B));
        for (int k = 0; k <= 5; k++) {
            double xv = xMin + k * (xMax - xMin) / 5;
            double yv = yMin + k * (yMax - yMin) / 5;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", px(xv), H - B,
                    px(xv), H - B + 5));
            s.append(text(px(xv), H - B + 18, tick(xv), "middle", 11));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>%n", L - 5, py(yv), L,
                    py(yv)));
            s.append(text(L - 8, py(yv) + 4, tick(yv), "end", 11));
        }
        s.append(text((L + W - R) / 2.0, H - 12, xLabel, "middle", 12));
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">%s</text>%n",
                (T + H - B) / 2.0, (T + H - B) / 2.0, escape(yLabel)));
        int c = 0;
        for (Series se : series) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < se.x.length; i++) {
                if (!Double.isFinite(se.x[i]) || !Double.isFinite(se.y[i])) {
                    continue;
                }
                if (d.length() == 0) {
                    d.append(String.format(Locale.ROOT, "M%.1f,%.1f", px(se.x[i]), py(se.y[i])));
                } else if (se.step) {
                    d.append(String.format(Locale.ROOT, " H%.1f V%.1f", px(se.x[i]), py(se.y[i])));
                } else {
                    d.append(String.format(Locale.ROOT, " L%.1f,%.1f", px(se.x[i]), py(se.y[i])));
                }
                if (se.points) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px(se.x[i]), py(se.y[i]), colour));
                }
            }
            s.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n", d, colour,
                    se.dashed ? " stroke-dasharray=\"5,4\"" : ""));
            double ly = T + 16 + 16 * c;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    W - R - 150, ly - 4, W - R - 130, ly - 4, colour, se.dashed ? " stroke-dasharray=\"5,4\"" : ""));
            s.append(text(W - R - 126, ly, se.name, "start", 11));
            c++;
        }
        return s.append("</svg>\n").toString();
    }

    private static String tick(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String text(double x, double y, String t, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n", x, y, anchor, size,
                escape(t));
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
