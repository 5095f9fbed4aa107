package org.radwb.vtk;

/**
 * Outcome of loading VTK's native libraries: whether VTK can be used, and if not, a message that tells the
 * user exactly what to install or fix.
 *
 * @param available     true when the core VTK libraries are loaded and VTK objects can be created
 * @param loaded        number of VTK JNI libraries loaded
 * @param total         number of VTK JNI libraries VTK's Java binding knows
 * @param message       a one-paragraph, user-facing explanation (empty when available)
 */
public record VtkStatus(boolean available, int loaded, int total, String message) {

    /** The Debian package that provides VTK's Java binding and its JNI libraries. */
    public static final String DEBIAN_PACKAGE = "libvtk9-java";

    /** What the user has to run to get VTK on Debian 12. */
    public static final String INSTALL_HINT = "sudo apt-get install " + DEBIAN_PACKAGE;

    /** A status for a successful load. */
    static VtkStatus ok(int loaded, int total) {
        return new VtkStatus(true, loaded, total, "");
    }

    /** A status for a failed load with its message. */
    static VtkStatus unavailable(int loaded, int total, String message) {
        return new VtkStatus(false, loaded, total, message);
    }
}
