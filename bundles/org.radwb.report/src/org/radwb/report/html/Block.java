package org.radwb.report.html;

import java.util.List;

import org.radwb.report.render.Figure;
import org.radwb.report.table.ReportTable;

/** One element of a {@link ReportDocument}, in reading order. */
public sealed interface Block {

    /** A section heading (level 2). */
    record Heading(String text) implements Block {
    }

    /** A paragraph of plain text (escaped on output; no markup). */
    record Paragraph(String text) implements Block {
    }

    /** A list of key figures, e.g. "Mean RQS: 14.1 points (39.2 %)". */
    record KeyValues(List<String[]> pairs) implements Block {
        public KeyValues {
            pairs = List.copyOf(pairs);
            for (String[] p : pairs) {
                if (p.length != 2) {
                    throw new IllegalArgumentException("a key value pair needs exactly 2 entries");
                }
            }
        }
    }

    /** A table, exported as CSV next to the report. */
    record Table(ReportTable table) implements Block {
    }

    /** A figure, inlined as SVG and exported as SVG and PNG next to the report. */
    record FigureBlock(Figure figure, String caption) implements Block {
    }
}
