package org.radwb.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.ScoringMethod;

/** Programmatic registration, version lookup, and the defects the loader reports instead of crashing. */
class ChecklistRegistryTest {

    private static final String HEAD = "<model:Checklist xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:model=\"http://www.radwb.org/model/checklist/1.0\" id=\"t\" version=\"1.0\" title=\"T\">";

    @Test
    void registerFindAndRejectDuplicates() {
        ChecklistRegistry r = new ChecklistRegistry();
        r.register(small("x", "1.0"), "test");
        r.register(small("x", "1.10"), "test");
        r.register(small("x", "1.9"), "test");
        assertEquals("1.10", r.find("x").orElseThrow().version());
        assertEquals("1.9", r.find("x@1.9").orElseThrow().version());
        assertTrue(r.find("y").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.register(small("x", "1.0"),
                "other"));
        assertTrue(e.getMessage().contains("already registered by test"), e.getMessage());
        assertEquals(List.of("1.0", "1.9", "1.10"), r.all().stream().map(ChecklistDescriptor::version).toList());
    }

    @Test
    void saveAndLoadRoundTrip() throws Exception {
        Checklist c = small("rt", "2.0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistLoader.save(c, out);
        Checklist back = ChecklistLoader.load(new ByteArrayInputStream(out.toByteArray()), "rt.xmi");
        assertEquals("rt", back.getId());
        assertEquals(List.of(-1.0, 2.0), Checklists.reachablePoints(Checklists.items(back).get(0)));
    }

    @Test
    void malformedFilesAreReportedWithElementAndProblem() {
        assertProblem("not xml at all", "file", "is not a valid checklist XMI document");
        assertProblem(HEAD + "<sections id=\"s\" title=\"S\"><items id=\"1\" title=\"A\" domain=\"D9\">"
                + "<options id=\"y\" label=\"Y\"/></items></sections></model:Checklist>", "line", "D9");
        assertProblem(HEAD + "<sections id=\"s\" title=\"S\"><items id=\"1\" title=\"A\"><options id=\"y\" label=\"Y\"/>"
                + "</items><items id=\"1\" title=\"B\"><options id=\"y\" label=\"Y\"/></items></sections></model:Checklist>",
                "item 1", "id is used twice");
        assertProblem(HEAD + "<sections id=\"s\" title=\"S\"><items id=\"1\" title=\"A\"><options id=\"y\" label=\"Y\""
                + " exclusive=\"true\"/></items></sections></model:Checklist>", "item 1 / option y",
                "'exclusive' only makes sense on MULTI_SELECT items");
        assertProblem(HEAD + "<sections id=\"s\" title=\"S\"><items id=\"1\" title=\"A\"/></sections></model:Checklist>",
                "item 1", "has no options");
    }

    @Test
    void theExampleInTheExtensionPointSchemaLoads() throws Exception {
        String exsd;
        try (InputStream in = getClass().getResourceAsStream("/schema/checklists.exsd")) {
            exsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("&lt;pre&gt;(.*?)&lt;/pre&gt;", Pattern.DOTALL).matcher(exsd);
        String example = null;
        while (m.find()) {
            if (m.group(1).contains("model:Checklist")) {
                example = m.group(1);
            }
        }
        String xml = example.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        Checklist c = ChecklistLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "exsd");
        assertEquals("demo", c.getId());
        ScoreResult r = ScoringEngine.score(c, AnswerSet.builder().answer("C1", "yes").answer("1", "external")
                .answer("2", "yes").build(), ScoringOptions.COMPLETE);
        assertEquals(3, r.total(), 0.0);
        assertEquals(3, r.domain("D1").orElseThrow().total(), 0.0);
    }

    private static void assertProblem(String xml, String element, String text) {
        ChecklistLoadException e = assertThrows(ChecklistLoadException.class, () -> ChecklistLoader.load(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xmi"));
        assertTrue(e.problems().stream().anyMatch(p -> p.element().startsWith(element) && p.toString().contains(text)),
                e.problems().toString());
        assertTrue(e.getMessage().startsWith("bad.xmi: "), e.getMessage());
    }

    private static Checklist small(String id, String version) {
        Checklist c = TestChecklists.checklist(id, ScoringMethod.POINTS);
        c.setVersion(version);
        TestChecklists.item(c, "1", ItemKind.SINGLE_CHOICE, "no", -1, "yes", 2);
        return c;
    }
}
