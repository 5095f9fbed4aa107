package org.radwb.report.review;

import java.util.List;

import org.radwb.checklist.AgreementReport;
import org.radwb.checklist.ChecklistAgreement;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.RatedAnswers;
import org.radwb.checklist.ChecklistStatistics;
import org.radwb.checklist.DomainSummary;
import org.radwb.checklist.ItemAdherence;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.Summary;

/**
 * The scored appraisals of the review's studies with one checklist, and the review-level numbers, all computed by
 * the checklist bundle's {@link ChecklistStatistics} (the report never re-scores).
 *
 * @param checklist the checklist
 * @param scores    one score per appraised study, in review order
 * @param problems  why other studies' assessments were not scored (no consensus yet, invalid answers, ...)
 * @param ratings   the submitted independent rater assessments, for inter-rater agreement
 */
public record ChecklistAppraisal(ChecklistDescriptor checklist, List<StudyScore> scores, List<String> problems,
        List<RatedAnswers> ratings) {

    public ChecklistAppraisal {
        scores = List.copyOf(scores);
        problems = List.copyOf(problems);
        ratings = List.copyOf(ratings);
    }

    /** Whether at least two raters appraised at least one study independently. */
    public boolean hasRaterPairs() {
        return ratings.stream().map(RatedAnswers::rater).distinct().count() >= 2;
    }

    /**
     * Inter-rater agreement per item and ICC(2,1) of the totals, from the checklist bundle's
     * {@link ChecklistAgreement}; studies not rated by every rater are left out by it.
     */
    public AgreementReport agreement() throws InvalidAnswersException {
        return ChecklistAgreement.compute(checklist.checklist(), ratings);
    }

    /** The engine results, one per appraised study. */
    public List<ScoreResult> results() {
        return scores.stream().map(StudyScore::result).toList();
    }

    /** Per-item adherence (the seed review's Table 4). */
    public List<ItemAdherence> itemAdherence() {
        return ChecklistStatistics.itemAdherence(checklist.checklist(), results());
    }

    /** Per-domain totals across studies. */
    public List<DomainSummary> domainSummaries() {
        return ChecklistStatistics.domainSummaries(checklist.checklist(), results());
    }

    /** Distribution of the total scores. */
    public Summary totals() {
        return ChecklistStatistics.totals(results());
    }

    /** Distribution of the percentages. */
    public Summary percents() {
        return ChecklistStatistics.percents(results());
    }
}
