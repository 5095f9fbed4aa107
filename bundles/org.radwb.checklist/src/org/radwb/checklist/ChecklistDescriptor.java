package org.radwb.checklist;

import org.radwb.checklist.model.Checklist;

/**
 * A registered checklist: its definition, who contributed it and the rule that scores it.
 *
 * @param checklist   the definition
 * @param contributor symbolic name of the contributing bundle, or a label for programmatic registrations
 * @param file        the file inside the contributor, or null
 * @param scoringRule rule applied after the data-driven scoring ({@link ScoringRule#STANDARD} when none)
 * @since 0.1
 */
public record ChecklistDescriptor(Checklist checklist, String contributor, String file, ScoringRule scoringRule) {

    /** @return checklist id */
    public String id() {
        return checklist.getId();
    }

    /** @return checklist version */
    public String version() {
        return checklist.getVersion();
    }

    /**
     * Scores answers with this checklist's rule.
     *
     * @param answers answers
     * @param options options
     * @return the result
     * @throws InvalidAnswersException when the answers break the checklist's rules
     */
    public ScoreResult score(AnswerSet answers, ScoringOptions options) throws InvalidAnswersException {
        return ScoringEngine.score(checklist, answers, options, scoringRule);
    }
}
