package org.radwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.report.figure.BarChart;
import org.radwb.report.figure.BarChart.Bar;
import org.radwb.report.figure.BarChart.Group;
import org.radwb.report.html.HtmlReportWriter;
import org.radwb.report.html.ReportDocument;
import org.radwb.report.render.SvgCanvas;
import org.radwb.report.render.Xml;
import org.radwb.report.table.ReportTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Hostile text (markup, quotes, ampersands, control characters) comes back as text, never as markup. */
class EscapingTest {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'O'Brien' <b>bold</b> ]]> \u0007bell";
    static final String HOSTILE_READ_BACK = HOSTILE.replace('\u0007', '\uFFFD');

    @Test
    void escapeHandlesAllSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;O&#39;B &amp; C&lt;/a&gt;", Xml.escape("<a href=\"x\">O'B & C</a>"));
        assertEquals("\uFFFD", Xml.escape("\u0000"));
        assertEquals("\uD83D\uDE00", Xml.escape("\uD83D\uDE00"), "surrogate pairs survive");
        assertEquals("\uFFFD", Xml.escape("\uD83D"), "a lone surrogate is replaced");
    }

    @Test
    void hostileTextSurvivesHtmlAndSvgAsText() throws Exception {
        ReportTable table = new ReportTable("t1", HOSTILE, List.of("Authors", HOSTILE),
                List.of(List.of(HOSTILE, "0.87")), List.of(HOSTILE));
        BarChart chart = new BarChart("c1", HOSTILE, HOSTILE, 0, 100,
                List.of(new Group(HOSTILE, List.of(new Bar(HOSTILE, 50, HOSTILE)))));
        ReportDocument doc = new ReportDocument(HOSTILE).heading(HOSTILE).paragraph(HOSTILE)
                .keyValues(List.<String[]>of(new String[] {HOSTILE, HOSTILE})).table(table).figure(chart, HOSTILE);
        String html = HtmlReportWriter.toHtml(doc);
        Document parsed = XmlRead.parse(html); // well-formed despite the input

        for (Element e : XmlRead.elements(parsed)) {
            assertFalse(e.getLocalName().equals("script") || e.getLocalName().equals("b"),
                    "hostile text became a <" + e.getLocalName() + "> element");
        }
        Element cell = XmlRead.byName(XmlRead.byId(parsed, "table-t1"), "td").get(0);
        assertEquals(HOSTILE_READ_BACK, cell.getTextContent());
        assertEquals(HOSTILE_READ_BACK, XmlRead.byName(parsed.getDocumentElement(), "h2").get(0).getTextContent());
        assertEquals(HOSTILE_READ_BACK, XmlRead.byId(parsed, "c1-bar-1").getAttribute("data-label"));
        assertTrue(XmlRead.svgText(XmlRead.byId(parsed, "c1-bar-1")).contains(HOSTILE_READ_BACK));

        Document svg = XmlRead.parse(SvgCanvas.render(chart, true));
        assertEquals(HOSTILE_READ_BACK, XmlRead.byName(svg.getDocumentElement(), "title").get(0).getTextContent());
    }
}
