package org.radwb.report.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.report.figure.PrismaFlow.Reason;
import org.radwb.report.figure.PrismaFlow.Source;
import org.radwb.report.figure.PrismaFlow.Stage;
import org.radwb.report.figure.TextBox.Entry;
import org.radwb.report.render.Anchor;
import org.radwb.report.render.Canvas;
import org.radwb.report.render.Figure;
import org.radwb.report.render.Style;
import org.radwb.report.render.TextMetrics;
import org.radwb.report.render.TextStyle;

/**
 * The PRISMA 2020 flow diagram (Page et al., BMJ 2021;372:n71, template for new reviews with databases and
 * registers only) drawn from a {@link PrismaFlow}. Every box is an SVG group whose id names its role
 * ({@code prisma-identified}, {@code prisma-source-N}, {@code prisma-removed}, {@code prisma-duplicates},
 * {@code prisma-stage-N}, {@code prisma-stage-N-excluded}, {@code prisma-stage-N-reason-M}, {@code prisma-included})
 * and whose {@code data-count} attribute holds its number.
 */
public final class PrismaDiagram implements Figure {

    private static final double MARGIN = 12;
    private static final double BAND_W = 28;
    private static final double MAIN_X = MARGIN + BAND_W + 14;
    private static final double MAIN_W = 300;
    private static final double GAP_X = 46;
    private static final double SIDE_X = MAIN_X + MAIN_W + GAP_X;
    private static final double SIDE_W = 300;
    private static final double GAP_Y = 30;
    private static final double HEADER_H = 28;
    private static final double BAND_FONT = 12;

    private static final String BOX_FILL = "#ffffff";
    private static final String LINE = "#333333";
    private static final String BAND_FILL = "#9fc5e8";
    private static final String HEADER_FILL = "#ffd966";

    private final PrismaFlow flow;
    private final List<Row> rows = new ArrayList<>();
    private final double height;

    private record Row(TextBox main, String mainId, Map<String, String> mainData, TextBox side, String sideId,
            Map<String, String> sideData, double top, double height) {
    }

    public PrismaDiagram(PrismaFlow flow) {
        this.flow = flow;
        double y = MARGIN + HEADER_H + GAP_Y * 0.6;

        List<Entry> ident = new ArrayList<>();
        ident.add(Entry.plain("Records identified from databases and registers (n = " + flow.identified() + "):"));
        int s = 1;
        for (Source src : flow.sources()) {
            ident.add(new Entry(src.name() + " (n\u00a0=\u00a0" + src.count() + ")", false, "prisma-source-" + s++,
                    count(src.count(), "source", src.name())));
        }
        List<Entry> removed = new ArrayList<>();
        removed.add(Entry.plain("Records removed before screening:"));
        removed.add(new Entry("Duplicate records removed (n = " + flow.duplicatesRemoved() + ")", false,
                "prisma-duplicates", count(flow.duplicatesRemoved(), "duplicates", null)));
        if (flow.otherRemoved() > 0) {
            removed.add(new Entry("Records removed for other reasons (n = " + flow.otherRemoved() + ")", false,
                    "prisma-other-removed", count(flow.otherRemoved(), "other-removed", null)));
        }
        y = addRow(y, new TextBox(MAIN_W, ident), "prisma-identified", count(flow.identified(), "identified", null),
                new TextBox(SIDE_W, removed), "prisma-removed",
                count(flow.duplicatesRemoved() + flow.otherRemoved(), "removed", null), "Identification");

        int n = 1;
        for (Stage stage : flow.stages()) {
            List<Entry> excluded = new ArrayList<>();
            excluded.add(Entry.plain(stage.excludedLabel() + " (n\u00a0=\u00a0" + stage.excluded() + ")"
                    + (stage.reasons().isEmpty() ? "" : ":")));
            int r = 1;
            for (Reason reason : stage.reasons()) {
                excluded.add(new Entry(reason.text() + " (n\u00a0=\u00a0" + reason.count() + ")", false,
                        "prisma-stage-" + n + "-reason-" + r++, count(reason.count(), "reason", reason.text())));
            }
            y = addRow(y, new TextBox(MAIN_W, List.of(Entry.plain(stage.label() + " (n\u00a0=\u00a0" + stage.assessed() + ")"))),
                    "prisma-stage-" + n, count(stage.assessed(), "assessed", stage.label()),
                    new TextBox(SIDE_W, excluded), "prisma-stage-" + n + "-excluded",
                    count(stage.excluded(), "excluded", stage.excludedLabel()),
                    flow.stages().size() == 1 ? "Screening" : null);
            n++;
        }
        y = addRow(y, new TextBox(MAIN_W, List.of(Entry.bold("Studies included in review (n = " + flow.included()
                + ")"))), "prisma-included", count(flow.included(), "included", null), null, null, null, "Included");
        this.height = y - GAP_Y + MARGIN;
    }

    private double addRow(double y, TextBox main, String mainId, Map<String, String> mainData, TextBox side,
            String sideId, Map<String, String> sideData, String bandLabel) {
        // a row that alone carries a phase band must be tall enough for the band's rotated label
        double minH = bandLabel == null ? 0 : TextMetrics.width(bandLabel, BAND_FONT, true) + 16;
        double h = Math.max(minH, Math.max(main.height(), side == null ? 0 : side.height()));
        rows.add(new Row(main, mainId, mainData, side, sideId, sideData, y, h));
        return y + h + GAP_Y;
    }

    private static Map<String, String> count(int n, String role, String label) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("count", Integer.toString(n));
        m.put("role", role);
        if (label != null) {
            m.put("label", label);
        }
        return m;
    }

    /** The counts this diagram draws. */
    public PrismaFlow flow() {
        return flow;
    }

    @Override
    public String id() {
        return "prisma-flow";
    }

    @Override
    public String title() {
        return "PRISMA 2020 flow diagram";
    }

    @Override
    public double width() {
        return SIDE_X + SIDE_W + MARGIN;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void draw(Canvas c) {
        Style box = Style.of(BOX_FILL, LINE, 1.2);
        c.rect(MAIN_X, MARGIN, SIDE_X + SIDE_W - MAIN_X, HEADER_H, 4, Style.of(HEADER_FILL, LINE, 1));
        c.text((MAIN_X + SIDE_X + SIDE_W) / 2, MARGIN + HEADER_H / 2 + 4.5,
                "Identification of studies via databases and registers", TextStyle.plain(13).asBold()
                        .withAnchor(Anchor.MIDDLE));

        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        band(c, "Identification", first.top(), first.top() + first.height());
        band(c, "Screening", rows.get(1).top(), rows.get(rows.size() - 2).top() + rows.get(rows.size() - 2).height());
        band(c, "Included", last.top(), last.top() + last.height());

        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double mainH = row.side() == null ? row.main().height() : row.height();
            row.main().draw(c, MAIN_X, row.top(), mainH, row.mainId(), row.mainData(), box);
            if (row.side() != null) {
                row.side().draw(c, SIDE_X, row.top(), row.height(), row.sideId(), row.sideData(), box);
                double ay = row.top() + row.height() / 2;
                Arrows.draw(c, MAIN_X + MAIN_W, ay, SIDE_X, ay, LINE);
            }
            if (i + 1 < rows.size()) {
                double ax = MAIN_X + MAIN_W / 2;
                Arrows.draw(c, ax, row.top() + mainH, ax, rows.get(i + 1).top(), LINE);
            }
        }
    }

    private static void band(Canvas c, String label, double top, double bottom) {
        c.rect(MARGIN, top, BAND_W, bottom - top, 4, Style.fill(BAND_FILL));
        c.text(MARGIN + BAND_W / 2 + 4.5, (top + bottom) / 2, label,
                TextStyle.plain(BAND_FONT).asBold().withAnchor(Anchor.MIDDLE).asRotated());
    }
}
