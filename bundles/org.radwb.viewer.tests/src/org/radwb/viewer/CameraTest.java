package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CameraTest {

    @Test
    void azimuthRotatesAboutViewUpKeepingDistance() {
        Camera cam = new Camera();
        cam.set(new double[] { 0, 0, 0 }, new double[] { 0, -100, 0 }, new double[] { 0, 0, 1 });
        cam.azimuth(90);
        // Rotating (0,-100,0) by +90 degrees about +z gives (100, 0, 0).
        assertArrayEquals(new double[] { 100, 0, 0 }, cam.position(), 1e-9);
        assertEquals(100, cam.distance(), 1e-9);
        assertArrayEquals(new double[] { 0, 0, 1 }, cam.viewUp(), 1e-12);
    }

    @Test
    void elevationMovesTheCameraUpAndTiltsViewUp() {
        Camera cam = new Camera();
        cam.set(new double[] { 0, 0, 0 }, new double[] { 0, -100, 0 }, new double[] { 0, 0, 1 });
        cam.elevation(90);
        assertArrayEquals(new double[] { 0, 0, 100 }, cam.position(), 1e-9);
        assertArrayEquals(new double[] { 0, 1, 0 }, cam.viewUp(), 1e-9);
    }

    @Test
    void zoomAndPan() {
        Camera cam = new Camera();
        cam.set(new double[] { 0, 0, 0 }, new double[] { 0, -100, 0 }, new double[] { 0, 0, 1 });
        cam.zoom(2);
        assertEquals(50, cam.distance(), 1e-9);
        cam.pan(10, 5); // standing in front (at -y) looking along +y with up +z: screen right is the patient left, +x
        assertArrayEquals(new double[] { 10, 0, 5 }, cam.focalPoint(), 1e-9);
        assertArrayEquals(new double[] { 10, -50, 5 }, cam.position(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> cam.zoom(0));
    }

    @Test
    void projectionPutsTheFocalPointInTheMiddle() {
        Camera cam = new Camera();
        cam.frame(new double[] { 10, 20, 30 }, 50);
        assertArrayEquals(new double[] { 256, 256 }, cam.project(new double[] { 10, 20, 30 }, 512, 512), 1e-9);
        // A sphere of radius r framed at distance r / sin(15°) has its top edge inside the viewport.
        double[] up = cam.viewUp();
        double[] top = cam.project(new double[] { 10 + 50 * up[0], 20 + 50 * up[1], 30 + 50 * up[2] }, 512, 512);
        assertEquals(true, top[1] > 0 && top[1] < 256, "top at " + top[1]);
    }

    @Test
    void focusOnKeepsTheDirection() {
        Camera cam = new Camera();
        cam.set(new double[] { 0, 0, 0 }, new double[] { 0, -100, 0 }, new double[] { 0, 0, 1 });
        cam.focusOn(new double[] { 5, 5, 5 }, 10);
        assertArrayEquals(new double[] { 5, 5, 5 }, cam.focalPoint(), 1e-12);
        double d = 10 / Math.sin(Math.toRadians(15));
        assertArrayEquals(new double[] { 5, 5 - d, 5 }, cam.position(), 1e-9);
    }
}
