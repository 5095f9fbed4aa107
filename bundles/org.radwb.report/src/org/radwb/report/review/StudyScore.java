package org.radwb.report.review;

import org.radwb.checklist.ScoreResult;
import org.radwb.model.Assessment;
import org.radwb.model.Study;

/**
 * The score of the one assessment that stands for a study in the review's numbers.
 *
 * @param study      the study
 * @param label      its table label
 * @param assessment the assessment scored (the consensus, or the only submitted one)
 * @param result     the checklist engine's result
 */
public record StudyScore(Study study, String label, Assessment assessment, ScoreResult result) {

    /** "consensus", "rater A.U." or "self-report", for the tables. */
    public String basis() {
        return switch (assessment.getKind()) {
            case CONSENSUS -> "consensus";
            case SELF_REPORT -> "self-report";
            case RATER -> "single rater" + (assessment.getRater() == null || assessment.getRater().isBlank() ? ""
                    : " " + assessment.getRater().trim());
        };
    }
}
