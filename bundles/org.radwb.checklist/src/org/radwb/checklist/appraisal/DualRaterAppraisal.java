package org.radwb.checklist.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.radwb.checklist.AnswerProblem;
import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringEngine;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Item;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;

/**
 * Independent appraisal of one study with one checklist by several raters, as systematic reviewers do it:
 * each rater fills their own assessment (saved as a draft and resumed at will) without seeing the others'
 * answers; after every rater has submitted, a consensus assessment is built item by item: agreed answers are
 * copied, disagreements are listed and must each be resolved with a stated resolution and who made it.
 * <p>
 * This class changes the review model directly. Interactive code runs each call inside an EMF
 * {@code ChangeCommand} on the session's command stack so that every step can be undone.
 *
 * @since 0.1
 */
public final class DualRaterAppraisal {

    /** Resolution recorded on consensus answers all raters agreed on. */
    public static final String AGREED = "agreed by all raters";

    private final Study study;
    private final ChecklistDescriptor checklist;
    private final Clock clock;

    /**
     * @param study     the study being appraised
     * @param checklist the checklist
     */
    public DualRaterAppraisal(Study study, ChecklistDescriptor checklist) {
        this(study, checklist, Clock.systemUTC());
    }

    /**
     * @param study     the study being appraised
     * @param checklist the checklist
     * @param clock     source of the modification times
     */
    public DualRaterAppraisal(Study study, ChecklistDescriptor checklist, Clock clock) {
        this.study = study;
        this.checklist = checklist;
        this.clock = clock;
    }

    /** @return the checklist this appraisal uses */
    public ChecklistDescriptor checklist() {
        return checklist;
    }

    /** @return the study being appraised */
    public Study study() {
        return study;
    }

    /**
     * Opens a rater's assessment: resumes the existing one or starts a draft.
     *
     * @param rater rater name
     * @return the rater's assessment
     */
    public Assessment open(String rater) {
        requireName(rater);
        return assessmentOf(rater).orElseGet(() -> {
            Assessment a = ReviewFactory.eINSTANCE.createAssessment();
            a.setId(checklist.id() + "-" + checklist.version() + "-" + rater);
            a.setChecklistId(checklist.id());
            a.setChecklistVersion(checklist.version());
            a.setRater(rater);
            a.setKind(AssessmentKind.RATER);
            a.setStatus(AssessmentStatus.DRAFT);
            touch(a);
            study.getAssessments().add(a);
            return a;
        });
    }

    /**
     * @param rater rater name
     * @return that rater's assessment with this checklist version, if started
     */
    public Optional<Assessment> assessmentOf(String rater) {
        return raterAssessments().stream().filter(a -> rater.equals(a.getRater())).findFirst();
    }

    /** @return the rater (non-consensus) assessments of this study with this checklist version */
    public List<Assessment> raterAssessments() {
        return study.getAssessments().stream().filter(this::isThisChecklist)
                .filter(a -> a.getKind() == AssessmentKind.RATER).toList();
    }

    /** @return the consensus assessment, if started */
    public Optional<Assessment> consensus() {
        return study.getAssessments().stream().filter(this::isThisChecklist)
                .filter(a -> a.getKind() == AssessmentKind.CONSENSUS).findFirst();
    }

    /**
     * Blinding: a rater sees their own answers always, and another rater's answers only once their own
     * assessment is submitted. Someone who is not a rater of this study (an adjudicator) sees the rater
     * answers once every rater has submitted.
     *
     * @param viewer who is looking
     * @param of     an assessment of this study
     * @return its answers if the viewer may see them, otherwise an empty list
     */
    public List<Answer> answersVisibleTo(String viewer, Assessment of) {
        return mayView(viewer, of) ? List.copyOf(of.getAnswers()) : List.of();
    }

    /**
     * @param viewer who is looking
     * @param of     an assessment of this study
     * @return whether the viewer may see its answers now
     */
    public boolean mayView(String viewer, Assessment of) {
        if (viewer.equals(of.getRater())) {
            return true;
        }
        Optional<Assessment> own = assessmentOf(viewer);
        if (own.isPresent()) {
            return own.get().getStatus() == AssessmentStatus.SUBMITTED;
        }
        return allRatersSubmitted();
    }

    /**
     * Sets (or replaces) one answer of a draft assessment. The options are checked against the item at once.
     *
     * @param assessment a draft assessment of this study
     * @param itemId     item or condition id
     * @param optionIds  chosen options (several for multi-select items)
     * @param evidence   page, quote and comment, or {@link Evidence#NONE}
     * @throws AppraisalException when the assessment is submitted or the answer does not fit the item
     */
    public void answer(Assessment assessment, String itemId, List<String> optionIds, Evidence evidence)
            throws AppraisalException {
        requireDraft(assessment);
        if (optionIds.isEmpty()) {
            throw new AppraisalException("no option chosen for item " + itemId + "; use clear() to remove an answer");
        }
        AnswerSet candidate = AssessmentAnswers.of(assessment).with(itemId, optionIds.toArray(String[]::new));
        List<String> errors = ScoringEngine.validate(checklist.checklist(), candidate, ScoringOptions.DRAFT).stream()
                .filter(p -> p.itemId().equals(itemId)).map(AnswerProblem::message).toList();
        if (!errors.isEmpty()) {
            throw new AppraisalException(String.join("; ", errors));
        }
        Answer a = answerFor(assessment, itemId);
        a.getOptionIds().clear();
        a.getOptionIds().addAll(optionIds);
        a.setPage(evidence.page());
        a.setQuote(evidence.quote());
        a.setComment(evidence.comment());
        touch(assessment);
    }

    /**
     * Removes an answer from a draft.
     *
     * @param assessment a draft assessment
     * @param itemId     item or condition id
     * @throws AppraisalException when the assessment is submitted
     */
    public void clear(Assessment assessment, String itemId) throws AppraisalException {
        requireDraft(assessment);
        assessment.getAnswers().removeIf(a -> itemId.equals(a.getItemId()));
        touch(assessment);
    }

    /**
     * Submits a rater's assessment after checking that every required applicable item is answered.
     *
     * @param assessment a draft rater assessment
     * @return its score
     * @throws InvalidAnswersException when answers are missing or break the checklist's rules
     * @throws AppraisalException      when it is already submitted
     */
    public ScoreResult submit(Assessment assessment) throws InvalidAnswersException, AppraisalException {
        requireDraft(assessment);
        ScoreResult score = checklist.score(AssessmentAnswers.of(assessment), ScoringOptions.COMPLETE);
        assessment.setStatus(AssessmentStatus.SUBMITTED);
        touch(assessment);
        return score;
    }

    /**
     * Reopens a submitted rater assessment for correction; not allowed once a consensus exists.
     *
     * @param assessment a submitted rater assessment
     * @throws AppraisalException when a consensus has been started
     */
    public void reopen(Assessment assessment) throws AppraisalException {
        if (consensus().isPresent()) {
            throw new AppraisalException("the consensus of " + checklist.id() + " for study " + study.getId()
                    + " has started; rater assessments can no longer be reopened");
        }
        assessment.setStatus(AssessmentStatus.DRAFT);
        touch(assessment);
    }

    /** @return true when at least two raters exist and all of them submitted */
    public boolean allRatersSubmitted() {
        List<Assessment> raters = raterAssessments();
        return raters.size() >= 2 && raters.stream().allMatch(a -> a.getStatus() == AssessmentStatus.SUBMITTED);
    }

    /**
     * @return items and conditions on which the submitted rater assessments differ, in checklist order
     * @throws AppraisalException when not every rater has submitted yet (answers are still blinded)
     */
    public List<Disagreement> disagreements() throws AppraisalException {
        requireAllSubmitted();
        List<Disagreement> out = new ArrayList<>();
        for (String id : itemAndConditionIds()) {
            Map<String, List<String>> byRater = new LinkedHashMap<>();
            for (Assessment a : raterAssessments()) {
                byRater.put(a.getRater(), sorted(AssessmentAnswers.of(a).options(id)));
            }
            if (new LinkedHashSet<>(byRater.values()).size() > 1) {
                out.add(new Disagreement(id, byRater));
            }
        }
        return out;
    }

    /**
     * Starts (or resumes) the consensus: answers all raters agree on are copied with resolution
     * {@value #AGREED}; disagreements are left open for {@link #resolve}.
     *
     * @param by who starts it
     * @return the consensus assessment
     * @throws AppraisalException when not every rater has submitted
     */
    public Assessment startConsensus(String by) throws AppraisalException {
        requireName(by);
        requireAllSubmitted();
        Optional<Assessment> existing = consensus();
        if (existing.isPresent()) {
            return existing.get();
        }
        Assessment c = ReviewFactory.eINSTANCE.createAssessment();
        c.setId(checklist.id() + "-" + checklist.version() + "-consensus");
        c.setChecklistId(checklist.id());
        c.setChecklistVersion(checklist.version());
        c.setRater(by);
        c.setKind(AssessmentKind.CONSENSUS);
        c.setStatus(AssessmentStatus.DRAFT);
        Set<String> disputed = new LinkedHashSet<>();
        disagreements().forEach(d -> disputed.add(d.itemId()));
        Assessment first = raterAssessments().get(0);
        for (Answer a : first.getAnswers()) {
            if (!disputed.contains(a.getItemId()) && !a.getOptionIds().isEmpty()) {
                Answer copy = ReviewFactory.eINSTANCE.createAnswer();
                copy.setItemId(a.getItemId());
                copy.getOptionIds().addAll(a.getOptionIds());
                copy.setPage(a.getPage());
                copy.setQuote(a.getQuote());
                copy.setComment(a.getComment());
                copy.setResolution(AGREED);
                c.getAnswers().add(copy);
            }
        }
        touch(c);
        study.getAssessments().add(c);
        return c;
    }

    /**
     * Records the consensus answer of a disputed (or any) item with its resolution and who made it.
     *
     * @param itemId     item or condition id
     * @param optionIds  the agreed options
     * @param resolution how the disagreement was resolved (required)
     * @param resolvedBy who resolved it (required)
     * @throws AppraisalException when no consensus is open, the text is missing or the answer does not fit
     */
    public void resolve(String itemId, List<String> optionIds, String resolution, String resolvedBy)
            throws AppraisalException {
        Assessment c = consensus().orElseThrow(() -> new AppraisalException(
                "no consensus started for " + checklist.id() + " in study " + study.getId()));
        if (resolution == null || resolution.isBlank()) {
            throw new AppraisalException("item " + itemId + ": say how the disagreement was resolved");
        }
        requireName(resolvedBy);
        answer(c, itemId, optionIds, Evidence.NONE);
        Answer a = answerFor(c, itemId);
        a.setResolution(resolution);
        a.setResolvedBy(resolvedBy);
    }

    /**
     * @return disagreements whose consensus answer has no recorded resolution yet
     * @throws AppraisalException when not every rater has submitted
     */
    public List<Disagreement> unresolved() throws AppraisalException {
        Optional<Assessment> c = consensus();
        List<Disagreement> out = new ArrayList<>();
        for (Disagreement d : disagreements()) {
            Answer a = c.map(x -> find(x, d.itemId())).orElse(null);
            if (a == null || a.getResolvedBy() == null || a.getResolution() == null) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Submits the consensus once every disagreement is resolved and the answers are complete.
     *
     * @return the consensus score
     * @throws AppraisalException      when disagreements are unresolved or no consensus exists
     * @throws InvalidAnswersException when the consensus answers are incomplete or invalid
     */
    public ScoreResult submitConsensus() throws AppraisalException, InvalidAnswersException {
        Assessment c = consensus().orElseThrow(() -> new AppraisalException("no consensus started"));
        List<Disagreement> open = unresolved();
        if (!open.isEmpty()) {
            throw new AppraisalException("unresolved disagreements on items "
                    + String.join(", ", open.stream().map(Disagreement::itemId).toList()));
        }
        return submit(c);
    }

    private List<String> itemAndConditionIds() {
        List<String> ids = new ArrayList<>();
        checklist.checklist().getConditions().forEach(c -> ids.add(c.getId()));
        for (Item i : Checklists.items(checklist.checklist())) {
            ids.add(i.getId());
        }
        return ids;
    }

    private boolean isThisChecklist(Assessment a) {
        return checklist.id().equals(a.getChecklistId()) && checklist.version().equals(a.getChecklistVersion());
    }

    private void requireAllSubmitted() throws AppraisalException {
        if (!allRatersSubmitted()) {
            throw new AppraisalException("study " + study.getId() + ": the consensus needs at least two raters with "
                    + "submitted " + checklist.id() + " assessments; submitted: "
                    + raterAssessments().stream().filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
                            .map(Assessment::getRater).toList()
                    + " of " + raterAssessments().stream().map(Assessment::getRater).toList());
        }
    }

    private static void requireDraft(Assessment a) throws AppraisalException {
        if (a.getStatus() == AssessmentStatus.SUBMITTED) {
            throw new AppraisalException("the " + a.getKind().getLiteral() + " assessment of " + a.getRater()
                    + " is submitted; reopen it to change answers");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rater name is required");
        }
    }

    private static Answer find(Assessment assessment, String itemId) {
        return assessment.getAnswers().stream().filter(a -> itemId.equals(a.getItemId())).findFirst().orElse(null);
    }

    private static Answer answerFor(Assessment assessment, String itemId) {
        Answer a = find(assessment, itemId);
        if (a == null) {
            a = ReviewFactory.eINSTANCE.createAnswer();
            a.setItemId(itemId);
            assessment.getAnswers().add(a);
        }
        return a;
    }

    private static List<String> sorted(List<String> options) {
        return options.stream().sorted().toList();
    }

    private void touch(Assessment a) {
        a.setModifiedAt(Instant.now(clock).toString());
    }
}
