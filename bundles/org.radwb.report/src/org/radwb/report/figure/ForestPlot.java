package org.radwb.report.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.report.render.Anchor;
import org.radwb.report.render.Canvas;
import org.radwb.report.render.Figure;
import org.radwb.report.render.Style;
import org.radwb.report.render.TextMetrics;
import org.radwb.report.render.TextStyle;

/**
 * A forest plot of discrimination statistics (AUC, C-index) on the 0–1 scale, one section per statistic, with a
 * dashed line at 0.5 (no discrimination). A row without a reported confidence interval is drawn as a hollow
 * marker and says "CI not reported", never an invented interval. No pooled estimate is drawn: the studies'
 * outcomes and populations differ, so pooling would mislead. Each row is an SVG group {@code forest-row-N} with
 * {@code data-section}, {@code data-label}, {@code data-estimate}, {@code data-lower}, {@code data-upper}.
 */
public final class ForestPlot implements Figure {

    /** One reported value; {@code lower} and {@code upper} are both {@code null} when no CI was reported. */
    public record Row(String label, double estimate, Double lower, Double upper) {
        public Row {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("forest plot row needs a label");
            }
            check(label, "estimate", estimate);
            if ((lower == null) != (upper == null)) {
                throw new IllegalArgumentException("forest plot row '" + label
                        + "': give both CI bounds or neither (lower=" + lower + ", upper=" + upper + ")");
            }
            if (lower != null) {
                check(label, "lower bound", lower);
                check(label, "upper bound", upper);
                if (lower > estimate || estimate > upper) {
                    throw new IllegalArgumentException("forest plot row '" + label + "': expected lower <= estimate"
                            + " <= upper, was " + lower + " / " + estimate + " / " + upper);
                }
            }
        }

        private static void check(String label, String what, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("forest plot row '" + label + "': " + what
                        + " must be in [0, 1], was " + v);
            }
        }

        /** Whether a confidence interval was reported. */
        public boolean hasInterval() {
            return lower != null;
        }

        /** "0.87 (0.80–0.93)" or "0.87 (CI not reported)". */
        public String text() {
            return hasInterval() ? f(estimate) + " (" + f(lower) + "\u2013" + f(upper) + ")"
                    : f(estimate) + " (CI not reported)";
        }
    }

    /** The rows of one statistic, e.g. "AUC (radiomics model)". */
    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    private static final double MARGIN = 12;
    private static final double ROW = 20;
    private static final double HEADING = 24;
    private static final double PLOT_W = 300;
    /** Longer labels are shortened with an ellipsis (the full text stays in data-label). */
    private static final double MAX_LABEL_W = 360;
    private static final double FONT = 11.5;
    private static final String INK = "#1f4e79";

    private final String title;
    private final List<Section> sections;
    private final double labelW;
    private final double textW;
    private final Axis axis;
    private final double height;

    public ForestPlot(String title, List<Section> sections) {
        this.title = title;
        this.sections = List.copyOf(sections);
        double lw = 0;
        double tw = TextMetrics.width("Estimate (95 % CI)", FONT, true);
        double min = 0.5;
        int rows = 0;
        for (Section s : this.sections) {
            lw = Math.max(lw, TextMetrics.width(s.heading(), FONT, true) - 10);
            for (Row r : s.rows()) {
                lw = Math.max(lw, 10 + TextMetrics.width(r.label(), FONT, false));
                tw = Math.max(tw, TextMetrics.width(r.text(), FONT, false));
                min = Math.min(min, r.hasInterval() ? r.lower() : r.estimate());
                rows++;
            }
        }
        if (rows == 0) {
            throw new IllegalArgumentException("forest plot '" + title + "' has no rows");
        }
        this.labelW = Math.min(lw, MAX_LABEL_W) + 16;
        this.textW = tw + 16;
        double axisMin = Math.floor(min * 10 + 1e-9) / 10;
        this.axis = new Axis(axisMin, 1.0, MARGIN + labelW, MARGIN + labelW + PLOT_W);
        this.height = MARGIN + 44 + this.sections.size() * HEADING + rows * ROW + 44 + MARGIN;
    }

    /** Two decimals, or three when the third is not zero, as papers print AUCs ("0.80", "0.852"). */
    static String f(double v) {
        String three = String.format(Locale.ROOT, "%.3f", v);
        return three.endsWith("0") ? three.substring(0, three.length() - 1) : three;
    }

    @Override
    public String id() {
        return "forest-plot";
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public double width() {
        return MARGIN + labelW + PLOT_W + 12 + textW + MARGIN;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void draw(Canvas c) {
        c.text(MARGIN, MARGIN + 14, TextMetrics.fit(title, width() - 2 * MARGIN, 14, true), TextStyle.plain(14).asBold());
        double top = MARGIN + 44;
        double bottom = height - MARGIN - 44;
        double textX = axis.x1 + 12;
        c.text(MARGIN, top - 8, "Study", TextStyle.plain(FONT).asBold());
        c.text(textX, top - 8, "Estimate (95 % CI)", TextStyle.plain(FONT).asBold());
        List<Double> ticks = axis.ticks(5);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 0.1;
        for (double t : ticks) {
            double x = axis.map(t);
            c.line(x, bottom, x, bottom + 4, Style.stroke("#666666", 1));
            c.text(x, bottom + 17, Axis.label(t, step), TextStyle.plain(FONT).withAnchor(Anchor.MIDDLE));
        }
        c.line(axis.x0, bottom, axis.x1, bottom, Style.stroke("#666666", 1));
        double half = axis.map(0.5);
        c.line(half, top, half, bottom, Style.stroke("#999999", 1).asDashed());
        c.text((axis.x0 + axis.x1) / 2, bottom + 34, "Discrimination (0.5 = chance)",
                TextStyle.plain(FONT).withAnchor(Anchor.MIDDLE));

        double y = top;
        int n = 1;
        for (Section s : sections) {
            c.text(MARGIN, y + 16, TextMetrics.fit(s.heading(), MAX_LABEL_W + PLOT_W, FONT, true),
                    TextStyle.plain(FONT).asBold());
            y += HEADING;
            for (Row r : s.rows()) {
                Map<String, String> data = new LinkedHashMap<>();
                data.put("section", s.heading());
                data.put("label", r.label());
                data.put("estimate", f(r.estimate()));
                data.put("lower", r.hasInterval() ? f(r.lower()) : "");
                data.put("upper", r.hasInterval() ? f(r.upper()) : "");
                c.beginGroup("forest-row-" + n++, data);
                double cy = y + ROW / 2;
                c.text(MARGIN + 10, cy + 4, TextMetrics.fit(r.label(), MAX_LABEL_W - 10, FONT, false),
                        TextStyle.plain(FONT));
                double x = axis.map(r.estimate());
                if (r.hasInterval()) {
                    double lo = axis.map(r.lower());
                    double hi = axis.map(r.upper());
                    c.line(lo, cy, hi, cy, Style.stroke(INK, 1.4));
                    c.line(lo, cy - 4, lo, cy + 4, Style.stroke(INK, 1.4));
                    c.line(hi, cy - 4, hi, cy + 4, Style.stroke(INK, 1.4));
                    c.rect(x - 4.5, cy - 4.5, 9, 9, 0, Style.fill(INK));
                } else {
                    c.rect(x - 4.5, cy - 4.5, 9, 9, 0, Style.of("#ffffff", INK, 1.4));
                }
                c.text(textX, cy + 4, r.text(), TextStyle.plain(FONT).withColour(r.hasInterval() ? "#222222" : "#666666"));
                c.endGroup();
                y += ROW;
            }
        }
    }
}
