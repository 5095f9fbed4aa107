package org.radwb.extraction.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.review.ReviewFeatureExtraction.Outcome;
import org.radwb.extraction.run.Mode;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.NiftiIO;
import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;
import org.radwb.model.Study;

/** The shared review extraction: scope, computing without touching the model, progress, failures, replacement. */
class ReviewFeatureExtractionTest {

    @TempDir
    Path dir;

    private static final ReviewFactory F = ReviewFactory.eINSTANCE;

    /** A review S1/P1 with lesions L1 (2×2×2 cube in a 6³ image of value i) and L2 (no mask path), S2/P2 with L3. */
    private Review review() throws Exception {
        Geometry g = Geometry.of(6, 6, 6, 1, 1, 1);
        Volume image = new Volume(g);
        LabelMap mask = new LabelMap(g, new int[g.size()]);
        for (int k = 0; k < 6; k++) {
            for (int j = 0; j < 6; j++) {
                for (int i = 0; i < 6; i++) {
                    image.set(i, j, k, i);
                    if (i >= 1 && i < 3 && j >= 1 && j < 3 && k >= 1 && k < 3) {
                        mask.set(i, j, k, 1);
                    }
                }
            }
        }
        NiftiIO.write(image, dir.resolve("img.nii.gz"));
        NiftiIO.writeLabels(mask, dir.resolve("mask.nii.gz"));
        Review r = F.createReview();
        Patient p1 = patient(r, "S1", "P1");
        ImageSeries img = F.createImageSeries();
        img.setId("P1-t1c");
        img.setPath("img.nii.gz");
        p1.getImages().add(img);
        p1.getLesions().add(lesion("L1", "mask.nii.gz", img));
        p1.getLesions().add(lesion("L2", null, img));
        patient(r, "S2", "P2").getLesions().add(lesion("L3", "mask.nii.gz", img));
        return r;
    }

    private static Patient patient(Review r, String studyId, String patientId) {
        Study s = F.createStudy();
        s.setId(studyId);
        r.getStudies().add(s);
        Patient p = F.createPatient();
        p.setId(patientId);
        s.getPatients().add(p);
        return p;
    }

    private static Lesion lesion(String id, String maskPath, ImageSeries img) {
        Lesion l = F.createLesion();
        l.setId(id);
        Segmentation seg = F.createSegmentation();
        seg.setId(id + "-seg");
        seg.setPath(maskPath);
        seg.setImage(img);
        l.getSegmentations().add(seg);
        return l;
    }

    private static List<String> ids(List<Lesion> ls) {
        return ls.stream().map(Lesion::getId).toList();
    }

    @Test
    void scopeOfASelectionAndOfIdFilters() throws Exception {
        Review r = review();
        Patient p1 = r.getStudies().get(0).getPatients().get(0);
        assertEquals(List.of("L1", "L2", "L3"), ids(ReviewFeatureExtraction.lesionsOf(r)));
        assertEquals(List.of("L1", "L2"), ids(ReviewFeatureExtraction.lesionsOf(r.getStudies().get(0))));
        assertEquals(List.of("L1", "L2"), ids(ReviewFeatureExtraction.lesionsOf(p1)));
        assertEquals(List.of("L2"), ids(ReviewFeatureExtraction.lesionsOf(p1.getLesions().get(1))));
        assertTrue(ReviewFeatureExtraction.lesionsOf(p1.getImages().get(0)).isEmpty(), "an image series is no scope");
        assertEquals(List.of("L3"), ids(ReviewFeatureExtraction.lesions(r, "S2", null, null)));
        assertEquals(List.of("L1"), ids(ReviewFeatureExtraction.lesions(r, null, "P1", "L1")));
    }

    @Test
    void computesNewSetsWithoutTouchingTheModelThenApplyReplaces() throws Exception {
        Review r = review();
        Lesion l1 = r.getStudies().get(0).getPatients().get(0).getLesions().get(0);
        List<String> lines = new ArrayList<>();
        Outcome o = ReviewFeatureExtraction.compute(ReviewFeatureExtraction.lesionsOf(r), dir, ParameterFile.defaults(),
                Mode.PYRADIOMICS, 2, (done, total, line) -> lines.add(done + "/" + total + " " + line), () -> false);
        assertFalse(o.cancelled());
        assertEquals(2, o.computed().size(), "L1 and L3");
        assertEquals(List.of("lesion L2, segmentation L2-seg: no mask path or no image series with a path"), o.failures());
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("2/2 "), lines.get(1));
        assertTrue(l1.getFeatureSets().isEmpty(), "compute leaves the model alone");

        FeatureSet fs = o.computed().get(0).featureSet();
        assertEquals("pyradiomics", fs.getMode());
        assertEquals(ParameterFile.defaults().text, fs.getSettings());
        // hand-computed: the ROI holds x = 1 and 2, four voxels each; mean 1.5, 8 voxels of 1 mm³
        assertEquals(1.5, value(fs, "original_firstorder_Mean"), 1e-12);
        assertEquals(8.0, value(fs, "original_shape_VoxelVolume"), 1e-12);

        ReviewFeatureExtraction.apply(o, false);
        assertSame(fs, l1.getFeatureSets().get(0));
        Outcome again = ReviewFeatureExtraction.compute(List.of(l1), dir, ParameterFile.defaults(), Mode.PYRADIOMICS, 1,
                ReviewFeatureExtraction.Progress.NONE, () -> false);
        assertEquals(List.of(fs), ReviewFeatureExtraction.replaced(again.computed().get(0)));
        ReviewFeatureExtraction.apply(again, true);
        assertEquals(1, l1.getFeatureSets().size(), "replace: the earlier set of that segmentation and mode is gone");
        assertNotSame(fs, l1.getFeatureSets().get(0));
        Outcome ibsi = ReviewFeatureExtraction.compute(List.of(l1), dir, ParameterFile.defaults(), Mode.IBSI, 1,
                ReviewFeatureExtraction.Progress.NONE, () -> false);
        assertTrue(ReviewFeatureExtraction.replaced(ibsi.computed().get(0)).isEmpty(), "another mode replaces nothing");
    }

    @Test
    void aMissingFileFailsItsLesionOnlyAndCancelStops() throws Exception {
        Review r = review();
        Lesion l3 = r.getStudies().get(1).getPatients().get(0).getLesions().get(0);
        l3.getSegmentations().get(0).setPath("absent.nii.gz");
        List<Lesion> scope = ReviewFeatureExtraction.lesions(r, null, null, null);
        Outcome o = ReviewFeatureExtraction.compute(scope, dir, ParameterFile.defaults(), Mode.IBSI, 1,
                ReviewFeatureExtraction.Progress.NONE, () -> false);
        assertEquals(1, o.computed().size());
        assertEquals(2, o.failures().size());
        assertTrue(o.failures().get(1).startsWith("lesion L3") && o.failures().get(1).contains("absent.nii.gz"), o.failures().get(1));

        Outcome cancelled = ReviewFeatureExtraction.compute(scope, dir, ParameterFile.defaults(), Mode.IBSI, 1,
                ReviewFeatureExtraction.Progress.NONE, () -> true);
        assertTrue(cancelled.cancelled());
        assertTrue(cancelled.computed().isEmpty());
    }

    private static double value(FeatureSet fs, String name) {
        for (FeatureValue v : fs.getValues()) {
            if (name.equals(v.getName())) {
                return v.getValue();
            }
        }
        throw new AssertionError(name + " not in " + fs.getId());
    }
}
