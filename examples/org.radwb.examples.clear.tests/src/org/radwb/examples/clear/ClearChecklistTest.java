package org.radwb.examples.clear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistLoader;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringEngine;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;

/** CLEAR 1.0 as Kocak et al. 2023 define it, loaded through the public API only. */
class ClearChecklistTest {

    private static Checklist load() throws Exception {
        try (InputStream in = ClearChecklistTest.class.getResourceAsStream("/checklists/clear-1.0.xmi")) {
            return ChecklistLoader.load(in, "checklists/clear-1.0.xmi");
        }
    }

    @Test
    void fiftyEightUnscoredReportingItemsInTheOfficialSections() throws Exception {
        Checklist c = load();
        List<Item> items = Checklists.items(c);
        assertEquals(58, items.size());
        assertEquals(IntStream.rangeClosed(1, 58).mapToObj(Integer::toString).toList(),
                items.stream().map(Item::getId).toList());
        assertTrue(items.stream().allMatch(i -> i.getKind() == ItemKind.REPORTING && i.isPageReference()));
        assertEquals(List.of("53", "58"), items.stream().filter(i -> !i.isEssential()).map(Item::getId).toList());
        assertEquals(List.of("Title", "Abstract", "Keywords", "Introduction", "Method", "Results", "Discussion",
                "Open science"), c.getSections().stream().map(s -> s.getTitle()).toList());
        // Method: study design 7-12, data 13-18, segmentation 19-20, pre-processing 21-24, feature extraction
        // 25-28, data preparation 29-33, modeling 34-37, evaluation 38-43
        assertEquals(List.of(6, 6, 2, 4, 4, 5, 4, 6), c.getSections().get(4).getSections().stream()
                .map(s -> s.getItems().size()).toList());
    }

    @Test
    void reportedShareLeavesNotApplicableItemsOut() throws Exception {
        AnswerSet.Builder b = AnswerSet.builder();
        for (int i = 1; i <= 58; i++) {
            // 40 reported, items 9 and 53 n/a, the other 16 not reported: 40 / 56
            b.answer(Integer.toString(i), i == 9 || i == 53 ? "na" : i <= 41 ? "yes" : "no");
        }
        ScoreResult r = ScoringEngine.score(load(), b.build(), ScoringOptions.COMPLETE);
        assertEquals(40, r.total(), 0.0);
        assertEquals(56, r.max(), 0.0);
        assertEquals(71.4, r.percent(), 1e-9); // 100 * 40 / 56 = 71.43, one decimal
        assertFalse(r.item("53").orElseThrow().applicable());
    }

    @Test
    void contributedThroughThePublicExtensionPoint() {
        // runs inside OSGi under Tycho; the registry reads this bundle's plugin.xml
        ChecklistDescriptor d = ChecklistRegistry.getDefault().find("clear").orElseThrow(
                () -> new AssertionError("clear not registered; problems: " + ChecklistRegistry.getDefault().problems()));
        assertEquals("org.radwb.examples.clear", d.contributor());
        assertEquals("checklists/clear-1.0.xmi", d.file());
        assertEquals(58, Checklists.items(d.checklist()).size());
    }
}
