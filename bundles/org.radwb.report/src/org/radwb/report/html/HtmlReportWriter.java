package org.radwb.report.html;

import java.util.List;

import org.radwb.report.render.SvgCanvas;
import org.radwb.report.render.TextMetrics;
import org.radwb.report.render.Xml;
import org.radwb.report.table.ReportTable;

/**
 * Renders a {@link ReportDocument} as ONE self-contained HTML5 file: styles inline, figures as inline SVG, no
 * scripts, no external references of any kind (the only links are in-page links of the contents list), so it opens offline and can be archived or mailed as it is. The
 * markup is polyglot (well-formed XML), so XML tools, including the tests, can read it back.
 */
public final class HtmlReportWriter {

    private static final String CSS = """
            body { font-family: %s; color: #222; margin: 2em auto; max-width: 1200px; padding: 0 1em; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.85em; display: block; overflow-x: auto; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            tbody tr:nth-child(even) { background: #fafafa; }
            .note { font-size: 0.8em; color: #555; margin: 0.2em 0; }
            figure { margin: 1.5em 0; overflow-x: auto; }
            figcaption { font-size: 0.9em; color: #333; margin-top: 0.4em; }
            dl.keys { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dl.keys dt { font-weight: bold; } dl.keys dd { margin: 0; }
            ol.contents { font-size: 0.9em; }
            @media print { body { max-width: none; margin: 0; } figure, table { break-inside: avoid; }
              nav { display: none; } }
            """.formatted(TextMetrics.FONT_FAMILY);

    private HtmlReportWriter() {
    }

    /** The complete HTML text of {@code doc}. */
    public static String toHtml(ReportDocument doc) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Xml.escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Xml.escape(doc.title())).append("</h1>\n");
        contents(h, doc);
        int figureNo = 1;
        int section = 1;
        for (Block b : doc.blocks()) {
            // Java 17 has no pattern switch (preview only), hence the instanceof chain
            if (b instanceof Block.Heading x) {
                h.append("<h2 id=\"section-").append(section++).append("\">").append(Xml.escape(x.text()))
                        .append("</h2>\n");
            } else if (b instanceof Block.Paragraph x) {
                h.append("<p>").append(Xml.escape(x.text())).append("</p>\n");
            } else if (b instanceof Block.KeyValues x) {
                keyValues(h, x.pairs());
            } else if (b instanceof Block.Table x) {
                table(h, x.table());
            } else if (b instanceof Block.FigureBlock x) {
                h.append("<figure id=\"figure-").append(x.figure().id()).append("\">\n")
                        .append(SvgCanvas.render(x.figure(), false))
                        .append("<figcaption>Figure ").append(figureNo++).append(". ")
                        .append(Xml.escape(x.caption())).append("</figcaption>\n</figure>\n");
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** A list of the sections linking to their headings (in-page links only). */
    private static void contents(StringBuilder h, ReportDocument doc) {
        List<String> headings = doc.blocks().stream().filter(Block.Heading.class::isInstance)
                .map(b -> ((Block.Heading) b).text()).toList();
        if (headings.size() < 2) {
            return;
        }
        h.append("<nav aria-label=\"Contents\"><ol class=\"contents\">\n");
        for (int i = 0; i < headings.size(); i++) {
            h.append("<li><a href=\"#section-").append(i + 1).append("\">").append(Xml.escape(headings.get(i)))
                    .append("</a></li>\n");
        }
        h.append("</ol></nav>\n");
    }

    private static void keyValues(StringBuilder h, List<String[]> pairs) {
        h.append("<dl class=\"keys\">\n");
        for (String[] p : pairs) {
            h.append("<dt>").append(Xml.escape(p[0])).append("</dt><dd>").append(Xml.escape(p[1])).append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    private static void table(StringBuilder h, ReportTable t) {
        h.append("<table id=\"table-").append(t.id()).append("\">\n<caption>").append(Xml.escape(t.title()))
                .append("</caption>\n<thead><tr>");
        for (String c : t.columns()) {
            h.append("<th scope=\"col\">").append(Xml.escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(Xml.escape(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String note : t.notes()) {
            h.append("<p class=\"note\">").append(Xml.escape(note)).append("</p>\n");
        }
    }
}
