package org.radwb.extraction.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.CaseResult;
import org.radwb.extraction.run.Engine;
import org.radwb.extraction.run.Extraction;
import org.radwb.extraction.run.Mode;
import org.radwb.model.FeatureSet;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;
import org.radwb.model.Study;

/**
 * Extracts features for the lesions of a review (one lesion, a patient, a study or the whole cohort): for every
 * segmentation with a mask path and an image series with a path, computes a NEW {@link FeatureSet} with its settings,
 * engine and input hashes. Paths resolve against the review folder. A failing segmentation is reported and skipped;
 * the others go on. {@link #compute} never touches the model (so the workbench can add the results with one undoable
 * command); {@link #apply} adds them directly (the command line). Shared by {@code radwb extract review} and the
 * workbench's Analysis › Extract Features….
 */
public final class ReviewFeatureExtraction {

    /** Reports progress: {@code finished} of {@code total} segmentations are done; {@code line} says which and how. */
    @FunctionalInterface
    public interface Progress {
        void done(int finished, int total, String line);

        /** No reporting. */
        Progress NONE = (finished, total, line) -> {
        };
    }

    /** One computed feature set, for the lesion it belongs to (not yet added to it). */
    public record Computed(Lesion lesion, Segmentation segmentation, FeatureSet featureSet) {
    }

    /**
     * What was computed, what failed (one message per segmentation, naming the lesion) and whether the run was
     * cancelled (then {@code computed} holds only what finished before the cancel).
     */
    public record Outcome(List<Computed> computed, List<String> failures, boolean cancelled) {
    }

    private ReviewFeatureExtraction() {
    }

    /** The lesions in scope: those matching the id filters (null = no filter). */
    public static List<Lesion> lesions(Review review, String studyId, String patientId, String lesionId) {
        List<Lesion> out = new ArrayList<>();
        for (Study s : review.getStudies()) {
            if (studyId != null && !studyId.equals(s.getId())) {
                continue;
            }
            for (Patient p : s.getPatients()) {
                if (patientId != null && !patientId.equals(p.getId())) {
                    continue;
                }
                for (Lesion l : p.getLesions()) {
                    if (lesionId == null || lesionId.equals(l.getId())) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The lesions of a selected model element: a Lesion itself, the lesions of a Patient, of a Study's patients or
     * of the whole Review; an empty list for anything else.
     */
    public static List<Lesion> lesionsOf(Object scope) {
        List<Lesion> out = new ArrayList<>();
        if (scope instanceof Lesion l) {
            out.add(l);
        } else if (scope instanceof Patient p) {
            out.addAll(p.getLesions());
        } else if (scope instanceof Study s) {
            s.getPatients().forEach(p -> out.addAll(p.getLesions()));
        } else if (scope instanceof Review r) {
            r.getStudies().forEach(s -> s.getPatients().forEach(p -> out.addAll(p.getLesions())));
        }
        return out;
    }

    /**
     * Computes a feature set for every segmentation of the lesions, on {@code jobs} threads, without changing the
     * model. {@code cancelled} is polled while waiting; once it answers true the pending work is abandoned and the
     * outcome is marked cancelled.
     */
    public static Outcome compute(List<Lesion> lesions, Path folder, ParameterFile params, Mode mode, int jobs,
            Progress progress, BooleanSupplier cancelled) throws InterruptedException {
        record Job(Lesion lesion, Segmentation seg, Path image, Path mask, int label) {
        }
        List<Job> todo = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Lesion l : lesions) {
            for (Segmentation s : l.getSegmentations()) {
                if (s.getPath() == null || s.getImage() == null || s.getImage().getPath() == null) {
                    failures.add("lesion " + l.getId() + ", segmentation " + s.getId() + ": no mask path or no image series with a path");
                    continue;
                }
                todo.add(new Job(l, s, folder.resolve(s.getImage().getPath()), folder.resolve(s.getPath()),
                        s.isSetLabel() ? s.getLabel() : 1));
            }
        }
        List<Computed> computed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<CaseResult>> futures = new ArrayList<>();
        try {
            for (Job j : todo) {
                futures.add(pool.submit(() -> Extraction.run(j.image(), j.mask(), Extraction.Labels.of(j.label()), params, mode).get(0)));
            }
            for (int i = 0; i < todo.size(); i++) {
                Job j = todo.get(i);
                String where = "lesion " + j.lesion().getId() + ", segmentation " + j.seg().getId();
                CaseResult r;
                try {
                    r = await(futures.get(i), cancelled);
                } catch (ExecutionException e) {
                    failures.add(where + ": " + e.getCause());
                    progress.done(i + 1, todo.size(), "[" + (i + 1) + "/" + todo.size() + "] " + where + ": FAILED: " + e.getCause());
                    continue;
                }
                if (r == null) {
                    return new Outcome(computed, failures, true);
                }
                if (!r.ok()) {
                    failures.add(where + ": " + r.error());
                    progress.done(i + 1, todo.size(), "[" + (i + 1) + "/" + todo.size() + "] " + where + ": FAILED: " + r.error());
                    continue;
                }
                computed.add(new Computed(j.lesion(), j.seg(), featureSet(r, j.seg(), params, mode)));
                progress.done(i + 1, todo.size(), "[" + (i + 1) + "/" + todo.size() + "] " + where + ": " + r.values().size()
                        + " values (" + r.millis() + " ms)");
            }
            return new Outcome(computed, failures, false);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for a result, polling the cancel flag every 100 ms; null once cancelled. */
    private static CaseResult await(Future<CaseResult> f, BooleanSupplier cancelled) throws InterruptedException, ExecutionException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            }
        }
    }

    /**
     * The feature sets of a lesion that a computed one replaces: same segmentation, same engine and same mode
     * (so re-running an extraction does not pile up duplicates when asked to replace).
     */
    public static List<FeatureSet> replaced(Computed c) {
        List<FeatureSet> out = new ArrayList<>();
        for (FeatureSet f : c.lesion().getFeatureSets()) {
            if (f.getSegmentation() == c.segmentation() && Engine.NAME.equals(f.getEngine())
                    && c.featureSet().getMode() != null && c.featureSet().getMode().equals(f.getMode())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Adds the computed feature sets to their lesions (removing the ones they replace first if asked). */
    public static void apply(Outcome o, boolean replace) {
        for (Computed c : o.computed()) {
            if (replace) {
                c.lesion().getFeatureSets().removeAll(replaced(c));
            }
            c.lesion().getFeatureSets().add(c.featureSet());
        }
    }

    /** A new feature set (settings, engine, hashes, values) for one result; the model is not changed. */
    public static FeatureSet featureSet(CaseResult r, Segmentation seg, ParameterFile params, Mode mode) {
        ReviewFactory f = ReviewFactory.eINSTANCE;
        FeatureSet fs = f.createFeatureSet();
        fs.setId("fs-" + seg.getId() + "-" + mode.id() + "-" + r.settingsSha256().substring(0, 8));
        fs.setEngine(Engine.NAME);
        fs.setEngineVersion(Engine.VERSION);
        fs.setMode(mode.id());
        fs.setSettings(params.text);
        fs.setImagePath(seg.getImage().getPath());
        fs.setMaskPath(seg.getPath());
        fs.setLabel(r.label());
        fs.setImageHash("sha256:" + r.imageSha256());
        fs.setMaskHash("sha256:" + r.maskSha256());
        fs.setCreatedAt(Instant.now().toString());
        fs.setImage(seg.getImage());
        fs.setSegmentation(seg);
        for (org.radwb.extraction.FeatureValue v : r.values()) {
            org.radwb.model.FeatureValue mv = f.createFeatureValue();
            mv.setName(v.name());
            mv.setFamily(v.family());
            mv.setIbsiCode(v.ibsiCode());
            mv.setAggregation(v.aggregation());
            mv.setValue(v.value());
            fs.getValues().add(mv);
        }
        return fs;
    }
}
