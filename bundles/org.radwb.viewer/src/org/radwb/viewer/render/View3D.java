package org.radwb.viewer.render;

/**
 * An offscreen 3D view of a scene: the three slice planes through the crosshair (with the label overlay) and the
 * lesion surfaces, seen through the scene's camera. It follows scene changes itself; {@link #render()} draws the
 * current state. Use it from one thread.
 */
public interface View3D extends AutoCloseable {

    /** Draws the scene as it is now. */
    RgbaFrame render();

    /** Changes the viewport size in pixels. */
    void resize(int width, int height);

    /** The world point (LPS mm) drawn at a pixel (x right, y down), or null when the background is there. */
    double[] pick(int x, int y);

    /** Frees the native resources. */
    @Override
    void close();
}
