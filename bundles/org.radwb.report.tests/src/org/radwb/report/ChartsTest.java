package org.radwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.report.figure.BarChart;
import org.radwb.report.figure.BarChart.Bar;
import org.radwb.report.figure.BarChart.Group;
import org.radwb.report.figure.ForestPlot;
import org.radwb.report.figure.ForestPlot.Row;
import org.radwb.report.figure.ForestPlot.Section;
import org.radwb.report.render.SvgCanvas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Bar lengths are proportional to values; forest plot rows show exactly the reported interval or say there is none. */
class ChartsTest {

    private static double width(Element barGroup) {
        List<Element> rects = XmlRead.byName(barGroup, "rect");
        return rects.isEmpty() ? 0 : Double.parseDouble(rects.get(0).getAttribute("width"));
    }

    @Test
    void barLengthsAreProportionalToValues() throws Exception {
        BarChart chart = new BarChart("adherence", "RQS item adherence", "Studies with at least one point (%)", 0, 100,
                List.of(new Group("Domain 1", List.of(new Bar("Image protocol quality", 100, "100.0 %"),
                        new Bar("Phantom study", 0, "0.0 %"))),
                        new Group("Domain 6", List.of(new Bar("Open science and data", 64.7, "64.7 %")))));
        Document svg = XmlRead.parse(SvgCanvas.render(chart, true));
        double full = width(XmlRead.byId(svg, "adherence-bar-1"));
        assertEquals(340, full, 1e-9, "a 100 % bar spans the whole 340-unit plot");
        assertEquals(0, width(XmlRead.byId(svg, "adherence-bar-2")), 1e-9, "a 0 % bar draws no rectangle");
        // coordinates are written with 2 decimals, hence the 0.005 tolerance
        assertEquals(full * 0.647, width(XmlRead.byId(svg, "adherence-bar-3")), 0.005);
        assertTrue(XmlRead.svgText(XmlRead.byId(svg, "adherence-bar-3")).contains("64.7 %"));
        assertEquals("Open science and data", XmlRead.byId(svg, "adherence-bar-3").getAttribute("data-label"));
        assertTrue(XmlRead.svgText(svg.getDocumentElement()).contains("Domain 6"));
    }

    @Test
    void negativeBarsGoLeftOfZero() throws Exception {
        BarChart chart = new BarChart("domains", "Domain scores", "points", -8, 8,
                List.of(new Group("", List.of(new Bar("D2", -4, "-4")))));
        Document svg = XmlRead.parse(SvgCanvas.render(chart, true));
        Element rect = XmlRead.byName(XmlRead.byId(svg, "domains-bar-1"), "rect").get(0);
        double x = Double.parseDouble(rect.getAttribute("x"));
        double w = Double.parseDouble(rect.getAttribute("width"));
        assertEquals(340 / 4.0, w, 0.005, "-4 on a 16-point axis is a quarter of the plot");
        assertTrue(x + w <= 340 / 2.0 + x + 1e-6);
    }

    @Test
    void valuesOutsideTheAxisAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarChart("a", "t", "x", 0,
                100, List.of(new Group("", List.of(new Bar("Item 5", 120, ""))))));
        assertTrue(e.getMessage().contains("Item 5") && e.getMessage().contains("120"), e.getMessage());
    }

    @Test
    void forestRowsShowReportedIntervalsOnly() throws Exception {
        ForestPlot plot = new ForestPlot("Discrimination", List.of(
                new Section("AUC", List.of(new Row("Kawahara 2021", 0.87, 0.80, 0.93), new Row("Jiang 2022", 0.852,
                        null, null))),
                new Section("C-index", List.of(new Row("Zheng 2021", 0.79, null, null)))));
        Document svg = XmlRead.parse(SvgCanvas.render(plot, true));
        Element r1 = XmlRead.byId(svg, "forest-row-1");
        assertEquals("0.87", r1.getAttribute("data-estimate"));
        assertEquals("0.80", r1.getAttribute("data-lower"));
        assertEquals("0.93", r1.getAttribute("data-upper"));
        assertTrue(XmlRead.svgText(r1).contains("0.87 (0.80\u20130.93)"), XmlRead.svgText(r1));
        assertEquals(3, XmlRead.byName(r1, "line").size(), "interval and two whiskers");

        Element r2 = XmlRead.byId(svg, "forest-row-2");
        assertEquals("", r2.getAttribute("data-lower"));
        assertTrue(XmlRead.svgText(r2).contains("0.852 (CI not reported)"), XmlRead.svgText(r2));
        assertEquals(0, XmlRead.byName(r2, "line").size(), "no invented interval");
        assertEquals("#ffffff", XmlRead.byName(r2, "rect").get(0).getAttribute("fill"), "hollow marker");

        // the estimate marker sits where the value is: x positions are monotone in the estimate
        double x1 = Double.parseDouble(XmlRead.byName(r1, "rect").get(0).getAttribute("x"));
        double x3 = Double.parseDouble(XmlRead.byName(XmlRead.byId(svg, "forest-row-3"), "rect").get(0)
                .getAttribute("x"));
        assertTrue(x3 < x1, "0.79 is drawn left of 0.87");
    }

    @Test
    void badIntervalsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Row("Liao 2021", 0.86, 0.88, 0.95));
        assertTrue(e.getMessage().contains("Liao 2021"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Row("X", 0.86, 0.8, null));
        assertThrows(IllegalArgumentException.class, () -> new Row("Y", 86, null, null));
    }

    @Test
    void longLabelsAreShortenedButKeptInData() throws Exception {
        String longLabel = "Multivariable analysis with non-radiomics features ".repeat(5).trim();
        BarChart chart = new BarChart("long", "t", "x", 0, 100, List.of(new Group("", List.of(new Bar(longLabel, 50,
                "50 %")))));
        Document svg = XmlRead.parse(SvgCanvas.render(chart, true));
        Element bar = XmlRead.byId(svg, "long-bar-1");
        assertEquals(longLabel, bar.getAttribute("data-label"));
        String drawn = XmlRead.byName(bar, "text").get(0).getTextContent();
        assertTrue(drawn.endsWith("\u2026") && longLabel.startsWith(drawn.substring(0, drawn.length() - 1)), drawn);
        assertTrue(org.radwb.report.render.TextMetrics.width(drawn, 11.5, false) <= 350, drawn);
        Element rect = XmlRead.byName(bar, "rect").get(0);
        assertTrue(Double.parseDouble(rect.getAttribute("x")) >= 12 + 350, "the bar starts right of the label");
    }
}
