package org.radwb.report.html;

import java.util.ArrayList;
import java.util.List;

import org.radwb.report.render.Figure;
import org.radwb.report.table.ReportTable;

/** The content of a report in reading order, independent of its output formats. */
public final class ReportDocument {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("report title must not be empty");
        }
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public ReportDocument heading(String text) {
        blocks.add(new Block.Heading(text));
        return this;
    }

    public ReportDocument paragraph(String text) {
        blocks.add(new Block.Paragraph(text));
        return this;
    }

    public ReportDocument keyValues(List<String[]> pairs) {
        blocks.add(new Block.KeyValues(pairs));
        return this;
    }

    public ReportDocument table(ReportTable table) {
        blocks.add(new Block.Table(table));
        return this;
    }

    public ReportDocument figure(Figure figure, String caption) {
        blocks.add(new Block.FigureBlock(figure, caption));
        return this;
    }

    /** All tables in order. */
    public List<ReportTable> tables() {
        return blocks.stream().filter(Block.Table.class::isInstance).map(b -> ((Block.Table) b).table()).toList();
    }

    /** All figures in order. */
    public List<Figure> figures() {
        return blocks.stream().filter(Block.FigureBlock.class::isInstance)
                .map(b -> ((Block.FigureBlock) b).figure()).toList();
    }
}
