package org.radwb.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reads the contributions of this fragment's fragment.xml through the real extension registry (the test runs
 * in OSGi under Tycho): the good one is registered with its Java scoring rule, each broken one is reported
 * with bundle, file, element and problem and skipped.
 */
class ExtensionRegistryTest {

    @Test
    void goodContributionIsRegisteredWithItsScoringRule() throws Exception {
        ChecklistRegistry r = ChecklistRegistry.getDefault();
        ChecklistDescriptor d = r.find("fragment-demo", "1.0").orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals("org.radwb.checklist", d.contributor()); // a fragment contributes on behalf of its host
        assertEquals("contrib/good.xmi", d.file());
        ScoreResult s = d.score(AnswerSet.builder().answer("1", "yes").build(), ScoringOptions.COMPLETE);
        assertEquals(102, s.total(), 0.0);
        assertEquals("rule ran", s.band());
    }

    @Test
    void brokenContributionsAreReportedAndSkipped() {
        ChecklistRegistry r = ChecklistRegistry.getDefault();
        List<ContributionProblem> p = r.problems();
        assertHas(p, "contrib/missing.xmi", "<checklist file>", "file not found in the bundle");
        assertHas(p, "contrib/duplicate-ids.xmi", "item 1", "id is used twice");
        assertHas(p, "contrib/good-2.xmi", "<checklist id>", "declares id 'not-the-id' but the file defines checklist 'fragment-demo'");
        assertHas(p, "contrib/good.xmi", "checklist fragment-demo", "already registered by org.radwb.checklist");
        assertHas(p, "contrib/good-2.xmi", "<checklist scoringRule>", "java.lang.Object does not implement org.radwb.checklist.ScoringRule");
        assertTrue(r.find("broken").isEmpty());
        assertTrue(r.find("fragment-demo", "2.0").isEmpty());
        assertEquals(5, p.stream().filter(x -> x.bundle().equals("org.radwb.checklist")).count(), p.toString());
    }

    private static void assertHas(List<ContributionProblem> problems, String file, String element, String text) {
        assertTrue(problems.stream().anyMatch(x -> x.bundle().equals("org.radwb.checklist") && file.equals(x.file())
                && element.equals(x.element()) && x.problem().contains(text)), "no problem " + file + " / " + element
                        + " / " + text + " in " + problems);
    }
}
