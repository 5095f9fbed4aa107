package org.radwb.vtk;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vtk.vtkNativeLibrary;

/**
 * Loads VTK's JNI libraries from Debian's {@code libvtk9-java} exactly once per JVM and reports whether VTK is
 * usable. Every use of VTK in the workbench goes through {@link #load()} first.
 *
 * <p>The order matters (measured, see docs/decisions/viewer-vtk-packaging.md): 27 VTK libraries link the JDK's
 * {@code libjawt.so}, so {@code jawt} is loaded first; then {@code vtk.lib.dir} points VTK's own loader at the
 * Debian folder, which works inside Equinox without any launcher flag.
 */
public final class VtkRuntime {

    /** Where Debian 12 installs the VTK 9.1 JNI libraries. */
    public static final Path DEBIAN_LIB_DIR = Path.of("/usr/lib/x86_64-linux-gnu/java/vtk-Linux-x86_64");

    /** System property that overrides {@link #DEBIAN_LIB_DIR} (for other distributions). */
    public static final String LIB_DIR_PROPERTY = "radwb.vtk.lib.dir";

    /** Libraries without which the viewer cannot render; the others (Qt, MPI, Python glue) are optional. */
    private static final List<String> REQUIRED = List.of("vtkCommonCore", "vtkCommonDataModel",
            "vtkCommonExecutionModel", "vtkFiltersCore", "vtkFiltersGeneral", "vtkImagingCore",
            "vtkRenderingCore", "vtkRenderingOpenGL2", "vtkRenderingImage", "vtkInteractionStyle");

    private static VtkStatus status;

    private VtkRuntime() {
    }

    /** The folder the JNI libraries are loaded from. */
    public static Path libraryDirectory() {
        String override = System.getProperty(LIB_DIR_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override) : DEBIAN_LIB_DIR;
    }

    /**
     * Loads the VTK natives once; later calls return the first outcome. Never throws: failures become a status
     * with a message naming the package to install.
     */
    public static synchronized VtkStatus load() {
        if (status == null) {
            status = doLoad(libraryDirectory());
        }
        return status;
    }

    /**
     * Checks, without loading anything, whether a folder holds VTK's JNI libraries; returns the "what to install"
     * status when it does not, or empty when loading can be attempted.
     */
    public static java.util.Optional<VtkStatus> checkInstalled(Path dir) {
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("libvtkCommonCoreJava.so"))) {
            return java.util.Optional.of(VtkStatus.unavailable(0, 0, "VTK's Java binding is not installed: " + dir
                    + " does not contain libvtkCommonCoreJava.so. Install it with: " + VtkStatus.INSTALL_HINT
                    + " (Debian 12), or point -D" + LIB_DIR_PROPERTY + "=<folder> at VTK 9.1's JNI libraries."));
        }
        return java.util.Optional.empty();
    }

    private static VtkStatus doLoad(Path dir) {
        java.util.Optional<VtkStatus> notInstalled = checkInstalled(dir);
        if (notInstalled.isPresent()) {
            return notInstalled.get();
        }
        try {
            // The AWT-based VTK libraries link libjawt.so, which is not on the loader path by default.
            System.loadLibrary("jawt");
        } catch (UnsatisfiedLinkError e) {
            return VtkStatus.unavailable(0, 0, "The JDK's libjawt.so could not be loaded (" + e.getMessage()
                    + "). VTK needs a full JDK/JRE with AWT (not a headless-only Java runtime).");
        }
        System.setProperty("vtk.lib.dir", dir.toString());
        try {
            vtkNativeLibrary.LoadAllNativeLibraries();
        } catch (UnsatisfiedLinkError | SecurityException e) {
            // Counted below: partial loads are judged by the required list.
        }
        int loaded = 0;
        List<String> missing = new ArrayList<>();
        vtkNativeLibrary[] all = vtkNativeLibrary.values();
        for (vtkNativeLibrary lib : all) {
            if (lib.IsLoaded()) {
                loaded++;
            } else if (REQUIRED.contains(lib.name())) {
                missing.add(lib.GetLibraryName());
            }
        }
        if (!missing.isEmpty()) {
            return VtkStatus.unavailable(loaded, all.length, "VTK's native libraries " + missing + " could not be loaded from "
                    + dir + ". Reinstall them with: sudo apt-get install --reinstall " + VtkStatus.DEBIAN_PACKAGE);
        }
        // Without an explicit file VTK writes vtkError.txt into the working directory.
        File log = new File(System.getProperty("java.io.tmpdir"), "radwb-vtk-" + ProcessHandle.current().pid() + ".log");
        vtkNativeLibrary.DisableOutputWindow(log);
        return VtkStatus.ok(loaded, all.length);
    }

    /**
     * Whether an X display is reachable. VTK's OpenGL windows (even offscreen ones) need one on Linux, and VTK
     * aborts the whole JVM (SIGABRT) instead of throwing when there is none, so callers check this first.
     */
    public static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return false;
        }
        int colon = display.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String host = display.substring(0, colon);
        if (!host.isEmpty() && !host.equals("unix")) {
            return true; // a TCP display: cannot be checked cheaply, trust it
        }
        String number = display.substring(colon + 1);
        int dot = number.indexOf('.');
        if (dot >= 0) {
            number = number.substring(0, dot);
        }
        return Files.exists(Path.of("/tmp/.X11-unix/X" + number));
    }

    /** A user-facing message for a missing display. */
    public static String noDisplayMessage() {
        return "No X display: VTK needs one even for offscreen rendering (DISPLAY=" + System.getenv("DISPLAY")
                + "). Run under a desktop session or with: xvfb-run -a <command>";
    }
}
