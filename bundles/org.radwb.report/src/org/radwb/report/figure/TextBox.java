package org.radwb.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.radwb.report.render.Canvas;
import org.radwb.report.render.Style;
import org.radwb.report.render.TextMetrics;
import org.radwb.report.render.TextStyle;

/**
 * A rectangle of wrapped text lines, laid out before drawing so that callers know its height. Each logical entry
 * may carry its own SVG group (id and data attributes) so that readers can find individual counts.
 */
final class TextBox {

    /** One logical entry: a paragraph that may wrap to several lines, optionally wrapped in its own group. */
    record Entry(String text, boolean bold, String groupId, Map<String, String> data) {
        static Entry plain(String text) {
            return new Entry(text, false, null, Map.of());
        }

        static Entry bold(String text) {
            return new Entry(text, true, null, Map.of());
        }
    }

    static final double FONT = 12;
    static final double LINE = 16;
    static final double PAD = 8;

    private final double width;
    private final List<Entry> entries;
    private final List<List<String>> wrapped = new ArrayList<>();
    private final double height;

    TextBox(double width, List<Entry> entries) {
        this.width = width;
        this.entries = List.copyOf(entries);
        int lines = 0;
        for (Entry e : this.entries) {
            List<String> w = TextMetrics.wrap(e.text(), width - 2 * PAD, FONT, e.bold());
            wrapped.add(w);
            lines += w.size();
        }
        this.height = 2 * PAD + (lines - 1) * LINE + FONT;
    }

    double height() {
        return height;
    }

    double width() {
        return width;
    }

    /** Draws the box with its top-left corner at (x, y), inside a group {@code id} with {@code data}. */
    void draw(Canvas c, double x, double y, double boxHeight, String id, Map<String, String> data, Style style) {
        c.beginGroup(id, data);
        c.rect(x, y, width, boxHeight, 3, style);
        double baseline = y + PAD + FONT * 0.8;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.groupId() != null) {
                c.beginGroup(e.groupId(), e.data());
            }
            TextStyle ts = TextStyle.plain(FONT);
            for (String line : wrapped.get(i)) {
                c.text(x + PAD, baseline, line, e.bold() ? ts.asBold() : ts);
                baseline += LINE;
            }
            if (e.groupId() != null) {
                c.endGroup();
            }
        }
        c.endGroup();
    }
}
