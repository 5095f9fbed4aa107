package org.radwb.cli.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.ModelRun;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;
import org.radwb.modeling.rqs.RqsDraft;
import org.radwb.modeling.run.TrainingRequest;
import org.radwb.modeling.run.TrainingRun;
import org.radwb.modeling.validation.Metric;

/**
 * Records a training run in a review: a {@link ModelRun} (model, parameters, outcome, validation, metrics with CIs,
 * run folder) and the self-reported RQS draft as a {@code SELF_REPORT} assessment in status {@code DRAFT}, with the
 * evidence of each answer as its comment, for the user to review.
 */
final class ReviewRecorder {

    private ReviewRecorder() {
    }

    static String record(Path reviewFolder, String studyId, TrainingRequest request, TrainingRun.Outcome outcome) throws Exception {
        Review review = ReviewStore.load(reviewFolder);
        Study study = review.getStudies().stream().filter(s -> studyId.equals(s.getId())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("review " + reviewFolder + " has no study '" + studyId + "'; studies are "
                        + review.getStudies().stream().map(Study::getId).collect(Collectors.toList())));
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String runId = "run-" + now.replace(":", "").replace("-", "");
        ReviewFactory f = ReviewFactory.eINSTANCE;
        ModelRun run = f.createModelRun();
        run.setId(runId);
        run.setModelId(request.modelId());
        run.setParameters(request.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        run.setOutcome(request.columns().outcome() != null ? request.columns().outcome()
                : request.columns().time() + "/" + request.columns().event());
        run.setValidation(outcome.result().scheme());
        run.setCreatedAt(now);
        Path folder = request.out().toAbsolutePath().normalize();
        Path base = reviewFolder.toAbsolutePath().normalize();
        run.setFolder(folder.startsWith(base) ? base.relativize(folder).toString() : folder.toString());
        for (Metric m : outcome.result().metrics()) {
            org.radwb.model.Metric em = f.createMetric();
            em.setName(m.name());
            em.setValue(m.value());
            if (!Double.isNaN(m.lower())) {
                em.setLower(m.lower());
                em.setUpper(m.upper());
            }
            run.getMetrics().add(em);
        }
        study.getModelRuns().add(run);
        RqsDraft draft = outcome.rqs();
        Assessment a = f.createAssessment();
        a.setId(runId + "-rqs");
        a.setChecklistId(draft.checklistId());
        a.setChecklistVersion(draft.checklistVersion());
        a.setRater("radwb model train (self-reported draft)");
        a.setKind(AssessmentKind.SELF_REPORT);
        a.setStatus(AssessmentStatus.DRAFT);
        a.setModifiedAt(now);
        a.setSource("model run " + runId);
        for (Map.Entry<String, RqsDraft.Answer> e : draft.answers().entrySet()) {
            Answer ans = f.createAnswer();
            ans.setItemId(e.getKey());
            ans.getOptionIds().addAll(e.getValue().optionIds());
            ans.setComment(e.getValue().evidence());
            a.getAnswers().add(ans);
        }
        study.getAssessments().add(a);
        ReviewStore.save(review, reviewFolder);
        return runId;
    }
}
