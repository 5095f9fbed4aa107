package org.radwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.report.figure.ForestPlot;
import org.radwb.report.figure.PrismaDiagram;
import org.radwb.report.html.HtmlReportWriter;
import org.radwb.report.html.ReportDocument;
import org.radwb.report.table.ReportTable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** The HTML report is one self-contained file; the writer exports every table as CSV and every figure as SVG + PNG. */
public class HtmlReportTest {

    /** Elements that load or run something from elsewhere. */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "link", "iframe", "img", "object", "embed",
            "image", "use", "frame", "base", "audio", "video", "source", "foreignObject");
    /** Attributes that reference another resource. */
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "background", "poster", "data", "manifest", "cite", "longdesc");

    static ReportDocument sampleDocument() {
        ReportTable t = new ReportTable("table1-segmentation", "Table 1. Segmentation and radiomics software",
                List.of("Study", "Segmentation software", "Radiomics software"),
                List.of(List.of("Kawahara 2021", "GK planning system", "IBEX"),
                        List.of("Jiang 2022", "ITK-SNAP", "PyRadiomics"),
                        List.of("Formula, Inc.", "=HYPERLINK(\"http://x\")", "-0.5")),
                List.of("NR: not reported."));
        ForestPlot forest = new ForestPlot("Reported discrimination", List.of(new ForestPlot.Section("AUC",
                List.of(new ForestPlot.Row("Kawahara 2021", 0.87, null, null)))));
        return new ReportDocument("Review report").heading("Study selection")
                .figure(new PrismaDiagram(PrismaDiagramTest.seedFlow()), "PRISMA 2020 flow of the seed review.")
                .heading("Studies").table(t).figure(forest, "AUC as reported.");
    }

    @Test
    void htmlHasNoExternalReference() throws Exception {
        Document doc = assertSelfContained(HtmlReportWriter.toHtml(sampleDocument()));
        assertEquals(2, XmlRead.byName(doc.getDocumentElement(), "svg").size(), "both figures are inline SVG");
        assertEquals(2, XmlRead.byName(doc.getDocumentElement(), "a").size(), "the contents list links both sections");
        assertEquals("UTF-8", XmlRead.byName(doc.getDocumentElement(), "meta").get(0).getAttribute("charset"));
    }

    /**
     * Parses {@code html} and fails on anything that would load or run something from elsewhere: script, link,
     * img, iframe, object and similar elements, reference attributes, event handlers, url() and @import; in-page
     * links must point at an element of the page.
     */
    public static Document assertSelfContained(String html) throws Exception {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        Document doc = XmlRead.parse(html);
        for (Element e : XmlRead.elements(doc)) {
            assertFalse(FORBIDDEN_ELEMENTS.contains(e.getLocalName()), "element <" + e.getLocalName() + ">");
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (e.getLocalName().equals("a") && a.getLocalName().equals("href")) {
                    assertTrue(a.getValue().startsWith("#"), "external link " + a.getValue());
                    XmlRead.byId(doc, a.getValue().substring(1));
                    continue;
                }
                assertFalse(REFERENCE_ATTRIBUTES.contains(a.getLocalName()),
                        "<" + e.getLocalName() + " " + a.getName() + "=\"" + a.getValue() + "\">");
                assertFalse(a.getLocalName().startsWith("on"), "event handler " + a.getName());
                assertFalse(a.getValue().toLowerCase().contains("url("), a.getName() + " uses url()");
            }
        }
        String style = XmlRead.byName(doc.getDocumentElement(), "style").get(0).getTextContent().toLowerCase();
        assertFalse(style.contains("url(") || style.contains("@import"), "CSS loads nothing");
        return doc;
    }

    @Test
    void writerExportsCsvSvgPngAndHtml(@TempDir Path dir) throws Exception {
        List<Path> written = ReportWriter.write(sampleDocument(), dir);
        assertEquals(List.of(Path.of("report.html"), Path.of("tables/table1-segmentation.csv"),
                Path.of("figures/prisma-flow.svg"), Path.of("figures/prisma-flow.png"),
                Path.of("figures/forest-plot.svg"), Path.of("figures/forest-plot.png")), written);

        List<List<String>> rows = Rfc4180.parse(Files.readString(dir.resolve("tables/table1-segmentation.csv"),
                StandardCharsets.UTF_8));
        assertEquals(4, rows.size());
        assertEquals(List.of("Study", "Segmentation software", "Radiomics software"), rows.get(0));
        assertEquals("ITK-SNAP", rows.get(2).get(1));
        assertEquals("Formula, Inc.", rows.get(3).get(0), "commas survive quoting");
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(3).get(1), "formulas are neutralised");
        assertEquals("-0.5", rows.get(3).get(2), "negative numbers are kept");

        XmlRead.parse(Files.readString(dir.resolve("figures/prisma-flow.svg")));
        BufferedImage png = ImageIO.read(dir.resolve("figures/prisma-flow.png").toFile());
        PrismaDiagram d = new PrismaDiagram(PrismaDiagramTest.seedFlow());
        assertEquals((int) Math.ceil(d.width() * ReportWriter.pngScale(d)), png.getWidth());
        assertEquals((int) Math.ceil(d.height() * ReportWriter.pngScale(d)), png.getHeight());
        // the yellow PRISMA header (#ffd966) is painted where the SVG puts it: x 54..., y 12..40
        int rgb = png.getRGB((int) (100 * ReportWriter.PNG_SCALE), (int) (16 * ReportWriter.PNG_SCALE)) & 0xffffff;
        assertEquals(0xffd966, rgb, Integer.toHexString(rgb));
        assertEquals(0xffffff, png.getRGB(1, 1) & 0xffffff, "white background");
    }

    @Test
    void hugeFiguresGetASmallerPngScaleWithinThePixelBudget() {
        List<ForestPlot.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(new ForestPlot.Row("Study " + i, 0.5 + (i % 50) / 100.0, null, null));
        }
        ForestPlot big = new ForestPlot("Many studies", List.of(new ForestPlot.Section("AUC", rows)));
        double scale = ReportWriter.pngScale(big);
        assertTrue(scale < ReportWriter.PNG_SCALE, "scale " + scale);
        assertTrue(big.width() * big.height() * scale * scale <= ReportWriter.MAX_PNG_PIXELS * 1.0001);
        assertEquals(ReportWriter.PNG_SCALE, ReportWriter.pngScale(new PrismaDiagram(PrismaDiagramTest.seedFlow())));
    }
}
