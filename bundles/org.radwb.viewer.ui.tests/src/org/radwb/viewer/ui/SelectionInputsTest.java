package org.radwb.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;

class SelectionInputsTest {

    private final ReviewFactory f = ReviewFactory.eINSTANCE;

    @Test
    void lesionOpensItsSegmentationOnItsImageAndSelectsTheLabel() {
        ImageSeries t1 = f.createImageSeries();
        t1.setId("t1");
        t1.setPath("images/p1_t1.nii.gz");
        Segmentation seg = f.createSegmentation();
        seg.setId("gtv");
        seg.setPath("/abs/masks/p1.nii.gz");
        seg.setLabel(4);
        seg.setImage(t1);
        Lesion lesion = f.createLesion();
        lesion.setId("L1");
        lesion.getSegmentations().add(seg);
        ViewerInput in = SelectionInputs.inputFor(lesion, Path.of("/reviews/srs")).input().orElseThrow();
        assertEquals(Path.of("/reviews/srs/images/p1_t1.nii.gz"), in.image());
        assertEquals(Path.of("/abs/masks/p1.nii.gz"), in.mask());
        assertEquals(4, in.selectLabel());
    }

    @Test
    void unusableSelectionsExplainWhy() {
        Lesion lesion = f.createLesion();
        lesion.setId("L9");
        assertTrue(SelectionInputs.inputFor(lesion, null).problem().contains("L9 has no segmentation"));
        ImageSeries s = f.createImageSeries();
        s.setId("flair");
        assertTrue(SelectionInputs.inputFor(s, null).problem().contains("flair has no file path"));
        assertTrue(SelectionInputs.inputFor("text", null).problem().startsWith("Select an image series"));
    }
}
