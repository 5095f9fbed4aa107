package org.radwb.viewer.render;

import org.radwb.viewer.Scene;

/**
 * A 3D renderer for {@link Scene}s, contributed as an OSGi service by an implementation bundle (the VTK one is
 * {@code org.radwb.viewer.vtk}), so the UI never links against the rendering library and still works without it.
 */
public interface RenderBackend {

    /** Short name for logs and the about box, e.g. "VTK 9.1 (offscreen OpenGL)". */
    String name();

    /** Whether views can be created now; checks native libraries and the display without crashing. */
    BackendStatus status();

    /**
     * Creates a 3D view of a scene. Call from the thread that will render it.
     *
     * @throws IllegalStateException with {@link #status()}'s message when the backend is unavailable
     */
    View3D create3DView(Scene scene, int width, int height);
}
