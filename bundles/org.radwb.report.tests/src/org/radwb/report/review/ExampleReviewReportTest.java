package org.radwb.report.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.example.ExampleReview;
import org.radwb.report.XmlRead;
import org.radwb.report.table.ReportTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report of the bundled example review (the seed paper, Umaru et al. 2025, transcribed by the lead): the
 * published PRISMA counts and study totals must come out of the rendered files, not just the model.
 */
class ExampleReviewReportTest {

    private static ReviewReport report;

    @BeforeAll
    static void build() throws Exception {
        report = ReviewReport.build(ExampleReview.create(), TestReviews.rqsRegistry());
    }

    @Test
    void exampleHasNoDataProblems() {
        assertEquals(List.of(), report.problems());
    }

    @Test
    void prismaShowsThePublishedCounts(@TempDir Path dir) throws Exception {
        report.write(dir);
        Document svg = XmlRead.parse(Files.readString(dir.resolve("figures/prisma-flow.svg")));
        // section 3.1 of the paper: 200 = 174 + 24 + 2, 16 duplicates, 130 excluded on title, 54 assessed,
        // 29 excluded on abstract, 8 excluded (classification, not prediction), 17 included
        String[][] boxes = {{"prisma-identified", "200"}, {"prisma-source-1", "174"}, {"prisma-source-2", "24"},
            {"prisma-source-3", "2"}, {"prisma-duplicates", "16"}, {"prisma-stage-1", "184"},
            {"prisma-stage-1-excluded", "130"}, {"prisma-stage-2", "54"}, {"prisma-stage-2-excluded", "29"},
            {"prisma-stage-3", "25"}, {"prisma-stage-3-excluded", "8"}, {"prisma-included", "17"}};
        for (String[] b : boxes) {
            Element g = XmlRead.byId(svg, b[0]);
            assertEquals(b[1], g.getAttribute("data-count"), b[0]);
            assertTrue(XmlRead.svgText(g).contains("(n = " + b[1] + ")"), b[0] + ": " + XmlRead.svgText(g));
        }
        assertTrue(XmlRead.svgText(XmlRead.byId(svg, "prisma-stage-2")).startsWith("Reports assessed for eligibility"));
        assertTrue(XmlRead.svgText(XmlRead.byId(svg, "prisma-stage-3-excluded")).contains("Classification"));
        assertNotNull(ImageIO.read(dir.resolve("figures/prisma-flow.png").toFile()));
        org.radwb.report.HtmlReportTest.assertSelfContained(Files.readString(dir.resolve("report.html")));
    }

    @Test
    void tablesListTheSeventeenStudiesWithThePublishedTotals() {
        ReportTable t2 = report.document().tables().stream()
                .filter(t -> t.id().equals("table2-study-characteristics")).findFirst().orElseThrow();
        assertEquals(17, t2.rows().size());
        int patients = 0;
        int lesions = 0;
        for (List<String> row : t2.rows()) {
            patients += Integer.parseInt(row.get(t2.column("Patients")));
            lesions += Integer.parseInt(row.get(t2.column("Metastases")));
        }
        // section 3.2: 2744 patients and 7377 lesions
        assertEquals(2744, patients);
        assertEquals(7377, lesions);
        for (String id : List.of("table1-segmentation-extraction", "table3-findings")) {
            assertEquals(17, report.document().tables().stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow().rows().size(), id);
        }
    }

    @Test
    void forestPlotSpansThePublishedAucRange() throws Exception {
        Document svg = XmlRead.parse(org.radwb.report.render.SvgCanvas.render(report.document().figures().stream()
                .filter(f -> f.id().equals("forest-plot")).findFirst().orElseThrow(), true));
        double min = 1;
        double max = 0;
        int rows = 0;
        for (Element g : XmlRead.byName(svg.getDocumentElement(), "g")) {
            if ("AUC, radiomics model".equals(g.getAttribute("data-section"))) {
                double v = Double.parseDouble(g.getAttribute("data-estimate"));
                min = Math.min(min, v);
                max = Math.max(max, v);
                rows++;
            }
        }
        assertEquals(13, rows, "the 13 radiomics AUCs of Table 3");
        // abstract: radiomics AUC 0.74 to 0.92; Table 3 prints 0.93 for Du et al. (reference [39] there)
        assertEquals(0.74, min, 1e-9);
        assertEquals(0.93, max, 1e-9);
    }

    @Test
    void overviewShowsTheSummaryTotals() throws Exception {
        Document html = XmlRead.parse(org.radwb.report.html.HtmlReportWriter.toHtml(report.document()));
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        List<Element> dts = XmlRead.byName(html.getDocumentElement(), "dt");
        List<Element> dds = XmlRead.byName(html.getDocumentElement(), "dd");
        for (int i = 0; i < dts.size(); i++) {
            kv.put(dts.get(i).getTextContent(), dds.get(i).getTextContent());
        }
        assertEquals("17", kv.get("Studies"));
        assertEquals("2744", kv.get("Patients (sum of reported counts)"));
        assertEquals("7377", kv.get("Lesions (sum of reported counts)"));
        assertEquals("2019-2023", kv.get("Publication years"));
    }
}
