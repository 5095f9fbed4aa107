package org.radwb.cli.extract;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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
 * segmentation with a mask path and an image series with a path, computes a {@link FeatureSet} with its settings,
 * engine and input hashes and adds it to the lesion. Paths resolve against the review folder. A failing segmentation
 * is reported and skipped; the others go on.
 */
final class ReviewFeatureExtraction {

    /** What was done. */
    record Outcome(int computed, List<String> failures) {
    }

    private ReviewFeatureExtraction() {
    }

    /** The lesions in scope: those matching the id filters (null = no filter). */
    static List<Lesion> lesions(Review review, String studyId, String patientId, String lesionId) {
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

    static Outcome run(List<Lesion> lesions, Path folder, ParameterFile params, Mode mode, int jobs, boolean replace,
            Consumer<String> progress) throws InterruptedException {
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<CaseResult>> futures = new ArrayList<>();
        try {
            for (Job j : todo) {
                futures.add(pool.submit(() -> Extraction.run(j.image(), j.mask(), Extraction.Labels.of(j.label()), params, mode).get(0)));
            }
            int computed = 0;
            for (int i = 0; i < todo.size(); i++) {
                Job j = todo.get(i);
                CaseResult r;
                try {
                    r = futures.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add("lesion " + j.lesion().getId() + ": " + e.getCause());
                    continue;
                }
                String where = "lesion " + j.lesion().getId() + ", segmentation " + j.seg().getId();
                if (!r.ok()) {
                    failures.add(where + ": " + r.error());
                    progress.accept("[" + (i + 1) + "/" + todo.size() + "] " + where + ": FAILED: " + r.error());
                    continue;
                }
                if (replace) {
                    j.lesion().getFeatureSets().removeIf(f -> f.getSegmentation() == j.seg() && Engine.NAME.equals(f.getEngine())
                            && mode.id().equals(f.getMode()));
                }
                j.lesion().getFeatureSets().add(featureSet(r, j.seg(), params, mode));
                computed++;
                progress.accept("[" + (i + 1) + "/" + todo.size() + "] " + where + ": " + r.values().size() + " values ("
                        + r.millis() + " ms)");
            }
            return new Outcome(computed, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    static FeatureSet featureSet(CaseResult r, Segmentation seg, ParameterFile params, Mode mode) {
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
