package org.radwb.checklist;

import org.radwb.checklist.model.Checklist;

/** A contributed scoring rule for ExtensionRegistryTest: labels the result so the test sees it ran. */
public class TestScoringRule implements ScoringRule {

    @Override
    public ScoreResult score(Checklist checklist, AnswerSet answers, ScoringOptions options, ScoreResult standard) {
        return standard.withTotal(standard.total() + 100, standard.percent(), "rule ran");
    }
}
