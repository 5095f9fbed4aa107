package org.radwb.checklist;

/**
 * One rater's answers for one study, the unit of agreement analysis.
 *
 * @param studyId study id
 * @param rater   rater name
 * @param answers the answers
 * @since 0.1
 */
public record RatedAnswers(String studyId, String rater, AnswerSet answers) {
}
