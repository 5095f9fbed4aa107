package org.radwb.checklist;

import org.radwb.checklist.model.Checklist;

/**
 * Java for the scoring rules that checklist data cannot express. A contribution names an implementation in
 * the {@code scoringRule} attribute of {@code org.radwb.checklist.checklists}; it receives the result the
 * data-driven {@link ScoringEngine} computed and may return a changed one. Implementations are stateless and
 * need a public no-argument constructor.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ScoringRule {

    /** The rule of checklists without a scoring class: the data-driven result unchanged. */
    ScoringRule STANDARD = (checklist, answers, options, standard) -> standard;

    /**
     * @param checklist the definition
     * @param answers   the validated answers
     * @param options   scoring options
     * @param standard  the result computed from the data alone
     * @return the final result
     */
    ScoreResult score(Checklist checklist, AnswerSet answers, ScoringOptions options, ScoreResult standard);
}
