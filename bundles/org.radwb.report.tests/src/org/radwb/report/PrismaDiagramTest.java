package org.radwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.report.figure.PrismaDiagram;
import org.radwb.report.figure.PrismaFlow;
import org.radwb.report.figure.PrismaFlow.Reason;
import org.radwb.report.figure.PrismaFlow.Source;
import org.radwb.report.figure.PrismaFlow.Stage;
import org.radwb.report.render.SvgCanvas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The PRISMA diagram puts each of the seed review's counts (Umaru et al. 2025, section 3.1) in its own box. */
class PrismaDiagramTest {

    /** The seed paper's flow: 200 records (174 + 24 + 2), 16 duplicates, 130 / 29 / 8 excluded, 17 included. */
    static PrismaFlow seedFlow() {
        return new PrismaFlow(
                List.of(new Source("Scopus", 174), new Source("PubMed", 24), new Source("Web of Science", 2)), 16, 0,
                List.of(new Stage("Records screened on title", 184, "Records excluded on title", 130, List.of()),
                        new Stage("Records screened on abstract", 54, "Records excluded on abstract", 29, List.of()),
                        new Stage("Full-text reports assessed for eligibility", 25, "Reports excluded", 8,
                                List.of(new Reason("Classification, not prediction", 8)))),
                17);
    }

    private static void assertBox(Document svg, String id, int count, String text) {
        Element g = XmlRead.byId(svg, id);
        assertEquals(Integer.toString(count), g.getAttribute("data-count"), id);
        String drawn = XmlRead.svgText(g);
        assertTrue(drawn.contains(text), id + " should show '" + text + "' but shows '" + drawn + "'");
    }

    @Test
    void seedCountsAreInTheirBoxes() throws Exception {
        Document svg = XmlRead.parse(SvgCanvas.render(new PrismaDiagram(seedFlow()), true));
        assertBox(svg, "prisma-identified", 200, "(n = 200)");
        assertBox(svg, "prisma-source-1", 174, "Scopus (n = 174)");
        assertBox(svg, "prisma-source-2", 24, "PubMed (n = 24)");
        assertBox(svg, "prisma-source-3", 2, "Web of Science (n = 2)");
        assertBox(svg, "prisma-duplicates", 16, "Duplicate records removed (n = 16)");
        assertBox(svg, "prisma-stage-1", 184, "(n = 184)");
        assertBox(svg, "prisma-stage-1-excluded", 130, "excluded on title (n = 130)");
        assertBox(svg, "prisma-stage-2", 54, "(n = 54)");
        assertBox(svg, "prisma-stage-2-excluded", 29, "excluded on abstract (n = 29)");
        assertBox(svg, "prisma-stage-3", 25, "(n = 25)");
        assertBox(svg, "prisma-stage-3-excluded", 8, "Reports excluded (n = 8)");
        assertBox(svg, "prisma-stage-3-reason-1", 8, "Classification, not prediction (n = 8)");
        assertBox(svg, "prisma-included", 17, "Studies included in review (n = 17)");
        // the three sources are inside the identification box, the included box is the last drawn
        assertEquals(3, XmlRead.byName(XmlRead.byId(svg, "prisma-identified"), "g").size());
    }

    @Test
    void boxesDoNotOverlapAndStackDownwards() throws Exception {
        Document svg = XmlRead.parse(SvgCanvas.render(new PrismaDiagram(seedFlow()), true));
        double previousBottom = 0;
        for (String id : List.of("prisma-identified", "prisma-stage-1", "prisma-stage-2", "prisma-stage-3",
                "prisma-included")) {
            Element rect = XmlRead.byName(XmlRead.byId(svg, id), "rect").get(0);
            double y = Double.parseDouble(rect.getAttribute("y"));
            assertTrue(y > previousBottom, id + " starts at " + y + ", above the previous box's bottom "
                    + previousBottom);
            previousBottom = y + Double.parseDouble(rect.getAttribute("height"));
        }
    }

    @Test
    void inconsistentCountsAreRejectedWithTheBoxNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PrismaFlow(List.of(new Source("Scopus", 174), new Source("PubMed", 24)), 16, 0,
                        List.of(new Stage("Records screened", 184, "Records excluded", 130, List.of())), 54));
        assertTrue(e.getMessage().contains("182") && e.getMessage().contains("Records screened"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> new Stage("Reports assessed", 25, "Reports excluded", 8, List.of(new Reason("Wrong design", 5))));
        assertTrue(e.getMessage().contains("add up to 5"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> new PrismaFlow(List.of(new Source("Scopus", 10)), 0, 0,
                List.of(new Stage("Records screened", 10, "Records excluded", 4, List.of())), 7));
        assertTrue(e.getMessage().contains("leaves 6"), e.getMessage());
    }
}
