package org.radwb.checklist.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.ChecklistLoader;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringEngine;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Item;

/**
 * METRICS 1.0 as Kocak et al. 2024 Table 1 and the official web tool define it. Expected percentages are
 * computed by hand from the published weights (shown in the comments), tolerance 1e-9 on the rounded value.
 */
class MetricsTest {

    private static Checklist load() throws Exception {
        try (InputStream in = MetricsTest.class.getResourceAsStream("/checklists/metrics-1.0.xmi")) {
            return ChecklistLoader.load(in, "checklists/metrics-1.0.xmi");
        }
    }

    @Test
    void thirtyItemsNineCategoriesWeightsSumToOne() throws Exception {
        Checklist m = load();
        List<Item> items = Checklists.items(m);
        assertEquals(30, items.size());
        assertEquals(9, m.getDomains().size());
        assertEquals(5, m.getConditions().size());
        assertEquals(1.0, items.stream().mapToDouble(Item::getWeight).sum(), 1e-9);
        // category sums from the paper's Table 1
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("study-design", 0.2022);
        expected.put("imaging-data", 0.1460);
        expected.put("segmentation", 0.0674);
        expected.put("image-processing", 0.1348);
        expected.put("feature-processing", 0.0900);
        expected.put("preparation", 0.0899);
        expected.put("metrics", 0.1348);
        expected.put("testing", 0.1124);
        expected.put("open-science", 0.0225);
        expected.forEach((cat, w) -> assertEquals(w, items.stream().filter(i -> i.getDomain().getId().equals(cat))
                .mapToDouble(Item::getWeight).sum(), 1e-9, cat));
    }

    @Test
    void allYesIs100Excellent() throws Exception {
        AnswerSet.Builder b = conditions(true, true, true, true, true);
        for (int i = 1; i <= 30; i++) {
            b.answer(String.valueOf(i), "yes");
        }
        ScoreResult r = ScoringEngine.score(load(), b.build(), ScoringOptions.COMPLETE);
        assertEquals(100.0, r.percent(), 1e-9);
        assertEquals("excellent", r.band());
    }

    @Test
    void conditionsRemoveItemsFromTheDenominator() throws Exception {
        // C1..C5 all "no": items 8, 9, 10, 12, 14, 15, 16, 17 are off. Yes to items 1-7:
        // earned 0.0368+0.0735+0.0919+0.0438+0.0292+0.0438+0.0292 = 0.3482;
        // applicable 1 - (0.0337+0.0225+0.0112+0.0311+0.0200+0.0200+0.0300+0.0200) = 0.8115;
        // 100 * 0.3482 / 0.8115 = 42.908... -> 42.9 % "moderate"
        AnswerSet.Builder b = conditions(false, false, false, false, false);
        for (int i : new int[] { 1, 2, 3, 4, 5, 6, 7 }) {
            b.answer(String.valueOf(i), "yes");
        }
        for (int i : new int[] { 11, 13, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 }) {
            b.answer(String.valueOf(i), "no");
        }
        ScoreResult r = ScoringEngine.score(load(), b.build(), ScoringOptions.COMPLETE);
        assertEquals(42.9, r.percent(), 1e-9);
        assertEquals("moderate", r.band());
        assertEquals(0.8115, r.max(), 1e-9);
        assertFalse(r.item("9").orElseThrow().applicable());
        assertTrue(r.item("11").orElseThrow().applicable()); // 11 and 13 stay on whatever C3 says
    }

    @Test
    void segmentationWithoutAutomationKeepsItems8And10Only() throws Exception {
        // C1 yes, C2 no, C3 yes, C4 yes, C5 no: off are 9 (C2) and 17 (C5): applicable 1 - 0.0225 - 0.0200 = 0.9575.
        // Yes to 8, 10, 12, 27: 0.0337 + 0.0112 + 0.0311 + 0.0749 = 0.1509 -> 15.759... -> 15.8 % "very low"
        AnswerSet.Builder b = conditions(true, false, true, true, false);
        for (int i = 1; i <= 30; i++) {
            if (i != 9 && i != 17) {
                b.answer(String.valueOf(i), List.of(8, 10, 12, 27).contains(i) ? "yes" : "no");
            }
        }
        ScoreResult r = ScoringEngine.score(load(), b.build(), ScoringOptions.COMPLETE);
        assertEquals(15.8, r.percent(), 1e-9);
        assertEquals("very low", r.band());
    }

    @Test
    void answeringASwitchedOffItemOrMissingAConditionIsAnError() throws Exception {
        Checklist m = load();
        AnswerSet.Builder b = conditions(false, false, false, false, false);
        for (int i = 1; i <= 30; i++) {
            b.answer(String.valueOf(i), "no");
        }
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(m, b.build(), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("item 8 is switched off because condition C1 is answered 'no'"), e.getMessage());
        // item 9 also needs C2, which is not even asked when C1 is no: the message names the root cause, C1
        assertTrue(e.getMessage().contains("item 9 is switched off because condition C1 is answered 'no'"), e.getMessage());
        e = assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(m, AnswerSet.builder().answer("1", "yes").build(), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("missing required answer for condition C1"), e.getMessage());
        // C2 is only asked when C1 holds
        assertFalse(e.getMessage().contains("condition C2"), e.getMessage());
    }

    @Test
    void bandsHaveTheirPublishedEdges() throws Exception {
        Checklist m = load();
        assertEquals("very low", ScoringEngine.band(m, 19.9));
        assertEquals("low", ScoringEngine.band(m, 20.0));
        assertEquals("moderate", ScoringEngine.band(m, 59.9));
        assertEquals("good", ScoringEngine.band(m, 60.0));
        assertEquals("excellent", ScoringEngine.band(m, 80.0));
        assertEquals("excellent", ScoringEngine.band(m, 100.0));
        assertNull(ScoringEngine.band(m, 100.1));
    }

    private static AnswerSet.Builder conditions(boolean... yes) {
        AnswerSet.Builder b = AnswerSet.builder();
        for (int c = 0; c < yes.length; c++) {
            if (c == 1 && !yes[0]) {
                continue; // C2 is not asked without C1
            }
            b.answer("C" + (c + 1), yes[c] ? "yes" : "no");
        }
        return b;
    }
}
