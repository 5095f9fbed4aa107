package org.radwb.viewer;

/** Told about every change of a {@link Scene}, on the thread that made it. */
@FunctionalInterface
public interface SceneListener {

    /** What changed, so views redo only what they must (e.g. surfaces only on {@link Change#LABELS}). */
    enum Change {
        /** Window/level. */
        WINDOW,
        /** Crosshair position (and so the slice planes). */
        CROSSHAIR,
        /** 3D camera. */
        CAMERA,
        /** Zoom or centre of the slice views. */
        SLICE_VIEW,
        /** The label map. */
        LABELS,
        /** Colours, opacity, visibility. */
        STYLE,
        /** The selected lesion. */
        SELECTION,
        /** Series added, switched or blended. */
        SERIES
    }

    /** Called after the change. */
    void sceneChanged(Scene scene, Change change);
}
