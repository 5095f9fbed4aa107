package org.radwb.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.ScoringMethod;

/** The data-driven scoring rules on small hand-made checklists; expected values computed by hand. */
class ScoringEngineTest {

    @Test
    void weightedYesNoWithNotApplicableLeavingTheDenominator() throws Exception {
        Checklist c = TestChecklists.checklist("w", ScoringMethod.WEIGHTED_PERCENT);
        for (String[] def : new String[][] { { "a", "0.5" }, { "b", "0.3" }, { "c", "0.2" } }) {
            Item i = TestChecklists.item(c, def[0], ItemKind.WEIGHTED_YES_NO, "yes", 1, "no", 0, "na", 0);
            i.setWeight(Double.parseDouble(def[1]));
            i.getOptions().get(2).setNotApplicable(true);
        }
        // yes(0.5) + no(0.3) + n.a.(0.2): 100 * 0.5 / 0.8 = 62.5
        ScoreResult r = ScoringEngine.score(c, AnswerSet.builder().answer("a", "yes").answer("b", "no")
                .answer("c", "na").build(), ScoringOptions.COMPLETE);
        assertEquals(62.5, r.percent(), 1e-12);
        assertEquals(0.8, r.max(), 1e-12);
        assertFalse(r.item("c").orElseThrow().applicable());
        // the same answers with c = no: 100 * 0.5 / 1.0
        assertEquals(50.0, ScoringEngine.score(c, AnswerSet.builder().answer("a", "yes").answer("b", "no")
                .answer("c", "no").build(), ScoringOptions.COMPLETE).percent(), 1e-12);
    }

    @Test
    void unscoredReportingChecklistCountsReportedItems() throws Exception {
        Checklist c = TestChecklists.checklist("r", ScoringMethod.UNSCORED);
        for (String id : List.of("1", "2", "3", "4")) {
            Item i = TestChecklists.item(c, id, ItemKind.REPORTING, "yes", 1, "no", 0, "na", 0);
            i.getOptions().get(2).setNotApplicable(true);
            i.setPageReference(true);
        }
        ScoreResult r = ScoringEngine.score(c, AnswerSet.builder().answer("1", "yes").answer("2", "yes")
                .answer("3", "no").answer("4", "na").build(), ScoringOptions.COMPLETE);
        assertEquals(2, r.total(), 0.0);
        assertEquals(3, r.max(), 0.0);
        assertEquals(200.0 / 3, r.percent(), 1e-12);
    }

    @Test
    void gatedSectionAndNestedConditions() throws Exception {
        Checklist c = TestChecklists.checklist("g", ScoringMethod.POINTS);
        var c1 = TestChecklists.condition(c, "C1");
        var c2 = TestChecklists.condition(c, "C2");
        c2.getRequires().add(c1);
        TestChecklists.item(c, "x", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 1);
        var gated = TestChecklists.section("gated");
        gated.getEnabledWhen().add(c1);
        c.getSections().add(gated);
        Item y = TestChecklists.item(c, "y", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 2);
        gated.getItems().add(y); // moves y into the gated section
        Item z = TestChecklists.item(c, "z", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 4);
        z.getEnabledWhen().add(c2);

        ScoreResult off = ScoringEngine.score(c, AnswerSet.builder().answer("C1", "no").answer("x", "yes").build(),
                ScoringOptions.COMPLETE);
        assertEquals(1, off.total(), 0.0);
        assertEquals(1, off.max(), 0.0);
        ScoreResult on = ScoringEngine.score(c, AnswerSet.builder().answer("C1", "yes").answer("C2", "yes")
                .answer("x", "yes").answer("y", "no").answer("z", "yes").build(), ScoringOptions.COMPLETE);
        assertEquals(5, on.total(), 0.0);
        assertEquals(7, on.max(), 0.0);
        assertEquals(500.0 / 7, on.percent(), 1e-12);
        // C2 answered yes but C1 no: C2 does not hold, z stays off
        assertTrue(ScoringEngine.conditionsThatHold(c, AnswerSet.builder().answer("C1", "no").answer("C2", "yes")
                .build()).isEmpty());
    }

    @Test
    void levelGatingAsAChainOfConditions() throws Exception {
        // RQS 2.0-style readiness levels: "level >= k" conditions, each requiring the one below; items of level k
        // are enabled by it, so only items up to the reached level count and the maximum depends on the level
        Checklist c = TestChecklists.checklist("tiers", ScoringMethod.POINTS);
        var l2 = TestChecklists.condition(c, "L2");
        var l3 = TestChecklists.condition(c, "L3");
        l3.getRequires().add(l2);
        TestChecklists.item(c, "a", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 1); // level 1
        TestChecklists.item(c, "b", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 2).getEnabledWhen().add(l2);
        TestChecklists.item(c, "c", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 3).getEnabledWhen().add(l3);
        ScoreResult level1 = ScoringEngine.score(c, AnswerSet.builder().answer("L2", "no").answer("a", "yes").build(),
                ScoringOptions.COMPLETE);
        assertEquals(1, level1.max(), 0.0);
        assertEquals(100, level1.percent(), 1e-12);
        ScoreResult level2 = ScoringEngine.score(c, AnswerSet.builder().answer("L2", "yes").answer("L3", "no")
                .answer("a", "yes").answer("b", "yes").build(), ScoringOptions.COMPLETE);
        assertEquals(3, level2.max(), 0.0);
        ScoreResult level3 = ScoringEngine.score(c, AnswerSet.builder().answer("L2", "yes").answer("L3", "yes")
                .answer("a", "yes").answer("b", "no").answer("c", "yes").build(), ScoringOptions.COMPLETE);
        assertEquals(6, level3.max(), 0.0);
        assertEquals(4, level3.total(), 0.0);
    }

    @Test
    void everyBrokenRuleIsReportedWithItsItem() {
        Checklist c = TestChecklists.checklist("e", ScoringMethod.POINTS);
        TestChecklists.condition(c, "C1");
        TestChecklists.item(c, "s", ItemKind.SINGLE_CHOICE, "a", 1, "b", 2);
        Item m = TestChecklists.item(c, "m", ItemKind.MULTI_SELECT, "p", 1, "q", 1, "none", 0);
        m.getOptions().get(2).setExclusive(true);
        List<AnswerProblem> problems = ScoringEngine.validate(c, AnswerSet.builder().answer("s", "a", "b")
                .answer("m", "p", "p").answer("zz", "a").answer("C1", "maybe").build(), ScoringOptions.COMPLETE);
        List<String> messages = problems.stream().map(AnswerProblem::message).toList();
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("unknown item 'zz'")), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.contains("condition C1: answer 'maybe' is not allowed")), messages.toString());
        assertTrue(messages.contains("item s takes exactly one option but got 'a|b'"), messages.toString());
        assertTrue(messages.contains("item m: an option is given twice in 'p|p'"), messages.toString());
        assertEquals(4, problems.size(), messages.toString());
    }

    @Test
    void percentDenominatorDefaultsToTheMaximumAndRoundingIsData() throws Exception {
        Checklist c = TestChecklists.checklist("p", ScoringMethod.POINTS);
        TestChecklists.item(c, "1", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 3);
        TestChecklists.item(c, "2", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 3);
        TestChecklists.item(c, "3", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 3);
        AnswerSet a = AnswerSet.builder().answer("1", "yes").answer("2", "no").answer("3", "no").build();
        assertEquals(100.0 / 3, ScoringEngine.score(c, a, ScoringOptions.COMPLETE).percent(), 1e-12);
        c.setPercentDecimals(1);
        assertEquals(33.3, ScoringEngine.score(c, a, ScoringOptions.COMPLETE).percent(), 0.0);
    }

    @Test
    void aScoringRuleAdjustsTheDataDrivenResult() throws Exception {
        Checklist c = TestChecklists.checklist("rule", ScoringMethod.POINTS);
        TestChecklists.item(c, "1", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 2);
        ScoringRule doubled = (cl, answers, options, standard) -> standard.withTotal(standard.total() * 2,
                standard.percent(), "doubled");
        ScoreResult r = ScoringEngine.score(c, AnswerSet.builder().answer("1", "yes").build(), ScoringOptions.COMPLETE,
                doubled);
        assertEquals(4, r.total(), 0.0);
        assertEquals("doubled", r.band());
        assertThrows(InvalidAnswersException.class, () -> ScoringEngine.score(c, AnswerSet.empty(),
                ScoringOptions.COMPLETE, doubled));
    }
}
