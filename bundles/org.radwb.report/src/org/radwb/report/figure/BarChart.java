package org.radwb.report.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.report.render.Anchor;
import org.radwb.report.render.Canvas;
import org.radwb.report.render.Figure;
import org.radwb.report.render.Style;
import org.radwb.report.render.TextMetrics;
import org.radwb.report.render.TextStyle;

/**
 * A horizontal bar chart with bars grouped under headings (e.g. RQS items under their domains). Bars start at 0
 * and may be negative when the axis minimum is below 0. Each bar is an SVG group {@code <id>-bar-N} with
 * {@code data-label} and {@code data-value}.
 */
public final class BarChart implements Figure {

    /** One bar: its label, its value on the axis and the text printed next to it. */
    public record Bar(String label, double value, String valueText) {
        public Bar {
            if (label == null || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("bar '" + label + "' needs a label and a finite value, was "
                        + value);
            }
            valueText = valueText == null ? "" : valueText;
        }
    }

    /** Bars under one heading; an empty heading draws no heading row. */
    public record Group(String heading, List<Bar> bars) {
        public Group {
            heading = heading == null ? "" : heading;
            bars = List.copyOf(bars);
        }
    }

    private static final double MARGIN = 12;
    private static final double ROW = 20;
    private static final double HEADING = 22;
    private static final double PLOT_W = 340;
    /** Longer labels are shortened with an ellipsis (the full text stays in data-label). */
    private static final double MAX_LABEL_W = 360;
    private static final double FONT = 11.5;
    private static final String BAR = "#3d85c6";
    private static final String NEGATIVE = "#cc4125";
    private static final String GRID = "#d9d9d9";

    private final String id;
    private final String title;
    private final String axisLabel;
    private final List<Group> groups;
    private final double labelW;
    private final double valueW;
    private final Axis axis;
    private final double height;

    /**
     * @param id        file-name-safe id
     * @param title     chart title drawn at the top
     * @param axisLabel label under the value axis
     * @param axisMin   axis minimum (0 for percentages)
     * @param axisMax   axis maximum
     * @param groups    the bars, grouped
     */
    public BarChart(String id, String title, String axisLabel, double axisMin, double axisMax, List<Group> groups) {
        this.id = id;
        this.title = title;
        this.axisLabel = axisLabel;
        this.groups = List.copyOf(groups);
        double lw = 0;
        double vw = 0;
        int rows = 0;
        int headings = 0;
        for (Group g : this.groups) {
            if (!g.heading().isEmpty()) {
                headings++; // headings may run into the plot area: their row has no bar
            }
            for (Bar b : g.bars()) {
                if (b.value() < axisMin || b.value() > axisMax) {
                    throw new IllegalArgumentException("chart '" + title + "': bar '" + b.label() + "' value "
                            + b.value() + " is outside the axis [" + axisMin + ", " + axisMax + "]");
                }
                lw = Math.max(lw, 10 + TextMetrics.width(b.label(), FONT, false));
                vw = Math.max(vw, TextMetrics.width(b.valueText(), FONT, false));
                rows++;
            }
        }
        if (rows == 0) {
            throw new IllegalArgumentException("chart '" + title + "' has no bars");
        }
        this.labelW = Math.min(lw, MAX_LABEL_W) + 16;
        this.valueW = vw + 12;
        double plotX = MARGIN + labelW;
        this.axis = new Axis(axisMin, axisMax, plotX, plotX + PLOT_W);
        this.height = MARGIN + 26 + headings * HEADING + rows * ROW + 44 + MARGIN;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public double width() {
        return MARGIN + labelW + PLOT_W + valueW + MARGIN;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void draw(Canvas c) {
        c.text(MARGIN, MARGIN + 14, TextMetrics.fit(title, width() - 2 * MARGIN, 14, true), TextStyle.plain(14).asBold());
        double top = MARGIN + 26;
        double bottom = height - MARGIN - 44;
        List<Double> ticks = axis.ticks(5);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
        for (double t : ticks) {
            double x = axis.map(t);
            c.line(x, top, x, bottom, Style.stroke(GRID, 1));
            c.text(x, bottom + 16, Axis.label(t, step), TextStyle.plain(FONT).withAnchor(Anchor.MIDDLE));
        }
        c.line(axis.x0, bottom, axis.x1, bottom, Style.stroke("#666666", 1));
        c.text((axis.x0 + axis.x1) / 2, bottom + 34, axisLabel, TextStyle.plain(FONT).withAnchor(Anchor.MIDDLE));

        double y = top;
        int n = 1;
        double zero = axis.map(0);
        for (Group g : groups) {
            if (!g.heading().isEmpty()) {
                c.text(MARGIN, y + 15, TextMetrics.fit(g.heading(), labelW + PLOT_W, FONT, true),
                        TextStyle.plain(FONT).asBold());
                y += HEADING;
            }
            for (Bar b : g.bars()) {
                Map<String, String> data = new LinkedHashMap<>();
                data.put("label", b.label());
                data.put("value", Double.toString(b.value()));
                c.beginGroup(id + "-bar-" + n++, data);
                c.text(MARGIN + 10, y + 14, TextMetrics.fit(b.label(), MAX_LABEL_W - 10, FONT, false),
                        TextStyle.plain(FONT));
                double xv = axis.map(b.value());
                double x = Math.min(zero, xv);
                double w = Math.abs(xv - zero);
                if (w > 0) {
                    c.rect(x, y + 3, w, ROW - 6, 0, Style.fill(b.value() < 0 ? NEGATIVE : BAR));
                }
                c.text(axis.x1 + 8, y + 14, b.valueText(), TextStyle.plain(FONT));
                c.endGroup();
                y += ROW;
            }
        }
        if (axis.min < 0) {
            c.line(zero, top, zero, bottom, Style.stroke("#666666", 1));
        }
    }
}
