package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

class SceneTest {

    private final Geometry grid = new Geometry(new int[] { 40, 40, 30 }, new double[] { 1, 1, 2 },
            new double[] { -20, -20, -30 }, new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });

    private Scene sceneWithLesions() {
        Scene s = new Scene("ball", Fixtures.ball(grid));
        LabelMap m = Fixtures.empty(grid);
        Fixtures.sphere(m, 1, 12, 14, 10, 3);
        Fixtures.sphere(m, 2, 28, 25, 18, 5);
        s.setLabels("mask", m);
        return s;
    }

    @Test
    void selectingALesionMovesCrosshairSlicesAndCamera() {
        Scene s = sceneWithLesions();
        double distanceBefore = s.camera().distance();
        List<SceneListener.Change> changes = new ArrayList<>();
        s.addListener((scene, c) -> changes.add(c));
        LesionSummary l = s.selectLesion(2);
        double[] centroid = grid.indexToWorld(28, 25, 18);
        assertArrayEquals(centroid, l.centroid(), 1e-9); // a sphere's centroid is its centre
        assertArrayEquals(centroid, s.crosshair(), 1e-9);
        assertArrayEquals(centroid, s.camera().focalPoint(), 1e-9);
        assertArrayEquals(centroid, s.sliceCentre(), 1e-9);
        assertTrue(s.camera().distance() < distanceBefore, "camera moved closer");
        assertEquals(3 * l.largestDiameterMm(), s.sliceFieldOfView(), 1e-9);
        assertTrue(changes.contains(SceneListener.Change.CAMERA));
        assertEquals(2, s.selectedLabel().orElseThrow());
    }

    @Test
    void unknownLesionNamesTheLabelsPresent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sceneWithLesions().selectLesion(7));
        assertTrue(e.getMessage().contains("[1, 2]"), e.getMessage());
    }

    @Test
    void maskOnAnotherGridIsRejectedNamingBothGeometries() {
        Scene s = new Scene("t1.nii.gz", Fixtures.ball(grid));
        Geometry other = Geometry.of(40, 40, 30, 1, 1, 1);
        GeometryMismatchException e = assertThrows(GeometryMismatchException.class,
                () -> s.setLabels("mask.nii.gz", Fixtures.empty(other)));
        assertTrue(e.getMessage().contains("t1.nii.gz") && e.getMessage().contains("mask.nii.gz"), e.getMessage());
        assertTrue(e.getMessage().contains(grid.toString()) && e.getMessage().contains(other.toString()), e.getMessage());
        assertFalse(s.labels().isPresent());
    }

    @Test
    void scrollingMovesOneVoxelAndStopsAtTheEdge() {
        Scene s = new Scene("ball", Fixtures.ball(grid));
        double z = s.crosshair()[2];
        s.scrollSlice(ViewKind.AXIAL, 1);
        assertEquals(z + 2, s.crosshair()[2], 1e-9); // k spacing 2 mm
        s.scrollSlice(ViewKind.SAGITTAL, -100);
        assertEquals(-20, s.crosshair()[0], 1e-9); // clamped to the first voxel centre
    }

    @Test
    void inspectOutsideTheVolumeIsEmpty() {
        Scene s = new Scene("ball", Fixtures.ball(grid));
        assertFalse(s.inspect(new double[] { 500, 0, 0 }).isPresent());
        VoxelInspection v = s.inspect(new double[] { 0.2, -0.3, 0.4 }).orElseThrow();
        assertArrayEquals(new int[] { 20, 20, 15 }, v.index());
        assertEquals(120, v.intensity()); // 100 + i
    }

    @Test
    void presetsAndResetRestoreTheWholeView() {
        Scene s = sceneWithLesions();
        s.applyPreset(WindowLevelPreset.FLAIR);
        assertEquals(WindowLevelPreset.FLAIR, s.preset());
        s.selectLesion(1);
        s.resetView();
        assertArrayEquals(s.centre(), s.crosshair(), 1e-9);
        assertArrayEquals(s.centre(), s.camera().focalPoint(), 1e-9);
        assertFalse(s.selectedLabel().isPresent());
    }

    @Test
    void volumeWithoutForegroundStillOpens() {
        Scene s = new Scene("zeros", new Volume(Geometry.of(4, 4, 4, 1, 1, 1)));
        assertTrue(s.windowLevel().window() > 0);
    }
}
