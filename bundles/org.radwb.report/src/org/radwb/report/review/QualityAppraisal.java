package org.radwb.report.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.RatedAnswers;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringOptions;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.Review;
import org.radwb.model.Study;

/**
 * Chooses, for every study and checklist, the assessment that stands for the study and scores it with the
 * checklist engine. The choice: the submitted consensus; otherwise the only submitted assessment (a single rater
 * or a self-report); otherwise the study is not counted and the reason is recorded (raters disagree and no
 * consensus exists yet, or only drafts). Drafts never count.
 */
public final class QualityAppraisal {

    private final List<ChecklistAppraisal> appraisals;
    private final List<String> problems;

    private QualityAppraisal(List<ChecklistAppraisal> appraisals, List<String> problems) {
        this.appraisals = List.copyOf(appraisals);
        this.problems = List.copyOf(problems);
    }

    /** Appraisals per checklist in order of first use in the review. */
    public List<ChecklistAppraisal> appraisals() {
        return appraisals;
    }

    /** Assessments that name a checklist the registry does not know. */
    public List<String> problems() {
        return problems;
    }

    /** The appraisal with checklist {@code id}, if the review uses it. */
    public Optional<ChecklistAppraisal> find(String id) {
        return appraisals.stream().filter(a -> a.checklist().id().equals(id)).findFirst();
    }

    /** Scores every study of {@code review} with every checklist its assessments use. */
    public static QualityAppraisal of(Review review, ChecklistRegistry registry, StudyTables labels) {
        Map<ChecklistDescriptor, List<StudyScore>> scores = new LinkedHashMap<>();
        Map<ChecklistDescriptor, List<String>> studyProblems = new LinkedHashMap<>();
        Map<ChecklistDescriptor, List<RatedAnswers>> ratings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Study study : review.getStudies()) {
            Map<ChecklistDescriptor, List<Assessment>> byChecklist = new LinkedHashMap<>();
            for (Assessment a : study.getAssessments()) {
                Optional<ChecklistDescriptor> d = resolve(registry, a);
                if (d.isEmpty()) {
                    problems.add(labels.label(study) + ": " + describe(a) + " uses checklist '"
                            + a.getChecklistId() + (a.getChecklistVersion() == null ? "" : "@" + a.getChecklistVersion())
                            + "', which is not installed; it is not scored");
                    continue;
                }
                byChecklist.computeIfAbsent(d.get(), k -> new ArrayList<>()).add(a);
            }
            for (Map.Entry<ChecklistDescriptor, List<Assessment>> e : byChecklist.entrySet()) {
                ChecklistDescriptor d = e.getKey();
                scores.computeIfAbsent(d, k -> new ArrayList<>());
                List<String> sp = studyProblems.computeIfAbsent(d, k -> new ArrayList<>());
                String label = labels.label(study);
                List<RatedAnswers> rated = ratings.computeIfAbsent(d, k -> new ArrayList<>());
                for (Assessment a : e.getValue()) {
                    // agreement is about independent appraisals: submitted rater assessments only
                    if (a.getKind() == AssessmentKind.RATER && a.getStatus() == AssessmentStatus.SUBMITTED) {
                        String rater = a.getRater() == null || a.getRater().isBlank() ? "unnamed rater" : a.getRater().trim();
                        rated.add(new RatedAnswers(label, rater, answers(a)));
                    }
                }
                Assessment chosen = choose(e.getValue(), label, sp);
                if (chosen == null) {
                    continue;
                }
                try {
                    ScoreResult r = d.score(answers(chosen), ScoringOptions.COMPLETE);
                    scores.get(d).add(new StudyScore(study, label, chosen, r));
                } catch (InvalidAnswersException ex) {
                    sp.add(label + ": " + describe(chosen) + " is not scored because its " + ex.getMessage());
                }
            }
        }
        List<ChecklistAppraisal> out = new ArrayList<>();
        for (ChecklistDescriptor d : scores.keySet()) {
            out.add(new ChecklistAppraisal(d, scores.get(d), studyProblems.get(d), ratings.get(d)));
        }
        return new QualityAppraisal(out, problems);
    }

    private static Optional<ChecklistDescriptor> resolve(ChecklistRegistry registry, Assessment a) {
        if (a.getChecklistId() == null || a.getChecklistId().isBlank()) {
            return Optional.empty();
        }
        return a.getChecklistVersion() == null || a.getChecklistVersion().isBlank()
                ? registry.find(a.getChecklistId())
                : registry.find(a.getChecklistId(), a.getChecklistVersion());
    }

    private static Assessment choose(List<Assessment> assessments, String label, List<String> problems) {
        List<Assessment> submitted = assessments.stream().filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
                .toList();
        List<Assessment> consensus = submitted.stream().filter(a -> a.getKind() == AssessmentKind.CONSENSUS).toList();
        if (consensus.size() == 1) {
            return consensus.get(0);
        }
        if (consensus.size() > 1) {
            problems.add(label + ": " + consensus.size() + " submitted consensus assessments; expected one");
            return null;
        }
        if (submitted.size() == 1) {
            return submitted.get(0);
        }
        if (submitted.isEmpty()) {
            problems.add(label + ": only draft assessments (" + assessments.size() + "), not counted yet");
        } else {
            problems.add(label + ": " + submitted.size() + " submitted rater assessments but no consensus yet");
        }
        return null;
    }

    /** The answers of an assessment as the checklist engine takes them (item or condition id to option ids). */
    static AnswerSet answers(Assessment a) {
        AnswerSet.Builder b = AnswerSet.builder();
        for (Answer answer : a.getAnswers()) {
            if (answer.getItemId() != null && !answer.getOptionIds().isEmpty()) {
                b.answer(answer.getItemId(), List.copyOf(answer.getOptionIds()));
            }
        }
        return b.build();
    }

    private static String describe(Assessment a) {
        String kind = a.getKind().getLiteral();
        String rater = a.getRater() == null || a.getRater().isBlank() ? "" : " by " + a.getRater().trim();
        return "the " + kind + " assessment" + rater;
    }
}
