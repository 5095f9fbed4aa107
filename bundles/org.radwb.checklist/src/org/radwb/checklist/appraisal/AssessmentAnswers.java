package org.radwb.checklist.appraisal;

import org.radwb.checklist.AnswerSet;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;

/**
 * Bridges the review model's stored answers to the scoring engine.
 *
 * @since 0.1
 */
public final class AssessmentAnswers {

    private AssessmentAnswers() {
    }

    /**
     * @param assessment an assessment of the review model
     * @return its answers as an {@link AnswerSet} (answers without options are left out)
     */
    public static AnswerSet of(Assessment assessment) {
        AnswerSet.Builder b = AnswerSet.builder();
        for (Answer a : assessment.getAnswers()) {
            if (a.getItemId() != null && !a.getOptionIds().isEmpty()) {
                b.answer(a.getItemId(), a.getOptionIds());
            }
        }
        return b.build();
    }
}
