package org.radwb.viewer.render;

/**
 * Whether a render backend can draw, and if not, what the user must do.
 *
 * @param available true when views can be created
 * @param message   user-facing text when unavailable (what to install or how to start), empty otherwise
 */
public record BackendStatus(boolean available, String message) {

    /** The text shown when no 3D backend is installed at all. */
    public static final String NO_BACKEND = "The 3D view needs VTK 9.1's Java binding, which is not installed.\n"
            + "Install it with:  sudo apt-get install libvtk9-java\n"
            + "then restart the workbench. The slice views and the rest of the workbench work without it.";

    public static BackendStatus ok() {
        return new BackendStatus(true, "");
    }

    public static BackendStatus unavailable(String message) {
        return new BackendStatus(false, message);
    }
}
