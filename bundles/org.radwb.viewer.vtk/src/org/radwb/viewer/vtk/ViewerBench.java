package org.radwb.viewer.vtk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.radwb.imaging.LabelMap;
import org.radwb.imaging.io.ImageIO;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SyntheticHead;
import org.radwb.viewer.render.BackendStatus;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.vtk.VtkRuntime;

/**
 * {@code radwb viewer bench}: opens an image (and mask), renders the 3D view offscreen and rotates it, printing
 * {@code first_frame_ms} (reading the files to the first frame's pixels, VTK natives already loaded as in a running
 * workbench) and {@code fps} (full frames: render plus pixel read-back).
 */
public final class ViewerBench {

    /** The usage line shown on errors. */
    public static final String USAGE = "radwb viewer bench (--image <file> | --synthetic <n>) [--mask <file>] [--labels 1,2,3]"
            + " [--frames N] [--size 512] [--png <file>]";

    private ViewerBench() {
    }

    /** Plain-Java entry point (also used by the CLI command). */
    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the bench; returns 0 on success, 1 on failure, 2 on a usage error. */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + USAGE);
            return 2;
        }
        long t0 = System.nanoTime();
        BackendStatus status = new VtkRenderBackend().status();
        if (!status.available()) {
            err.println(status.message());
            return 1;
        }
        double nativesMs = (System.nanoTime() - t0) / 1e6;

        long open = System.nanoTime();
        Scene scene;
        String source;
        if (o.image != null) {
            scene = new Scene(o.image.getFileName().toString(), ImageIO.read(o.image));
            source = o.image.toString();
            if (o.mask != null) {
                LabelMap mask = ImageIO.readLabels(o.mask);
                scene.setLabels(o.mask.getFileName().toString(), keep(mask, o.labels));
            }
        } else {
            SyntheticHead head = SyntheticHead.generate(o.synthetic);
            scene = new Scene("synthetic " + o.synthetic + "^3", head.image());
            scene.setLabels("synthetic lesions", keep(head.lesions(), o.labels));
            source = "synthetic head " + o.synthetic + "^3 with 3 lesions";
        }
        VtkView3D view = (VtkView3D) new VtkRenderBackend().create3DView(scene, o.size, o.size);
        try {
            RgbaFrame first = view.render();
            double firstMs = (System.nanoTime() - open) / 1e6;
            if (o.png != null) {
                first.writePng(o.png);
            }
            // Warm-up frames are not timed: the first rotations still upload textures.
            for (int f = 0; f < 5; f++) {
                scene.camera().azimuth(1);
                view.render();
            }
            long t = System.nanoTime();
            for (int f = 0; f < o.frames; f++) {
                scene.camera().azimuth(360.0 / o.frames);
                scene.cameraChanged();
                view.render();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            int[] d = scene.geometry().dims();
            out.printf(Locale.ROOT, "image: %s (%dx%dx%d)%n", source, d[0], d[1], d[2]);
            out.printf(Locale.ROOT, "lesion_surfaces: %d (%d triangles)%n", scene.lesions().size(), view.surfaceTriangles());
            out.printf(Locale.ROOT, "size: %dx%d, slice_planes: 3, frames: %d%n", o.size, o.size, o.frames);
            out.printf(Locale.ROOT, "vtk_natives_ms: %.0f%n", nativesMs);
            out.printf(Locale.ROOT, "first_frame_ms: %.0f%n", firstMs);
            out.printf(Locale.ROOT, "fps: %.1f%n", o.frames / seconds);
            return 0;
        } finally {
            view.close();
        }
    }

    /** Keeps only the listed labels (all when the list is empty), e.g. one atlas region as a "lesion". */
    static LabelMap keep(LabelMap m, Set<Integer> labels) {
        if (labels.isEmpty()) {
            return m;
        }
        Set<Integer> present = new HashSet<>(m.labelList());
        for (int l : labels) {
            if (!present.contains(l)) {
                throw new IllegalArgumentException("--labels: label " + l + " is not in the mask; labels present: " + m.labelList());
            }
        }
        int[] src = m.labels();
        int[] dst = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            dst[i] = labels.contains(src[i]) ? src[i] : 0;
        }
        return new LabelMap(m.geometry(), dst);
    }

    /** Parsed command-line options. */
    static final class Options {
        Path image;
        Path mask;
        Path png;
        int synthetic;
        int frames = 200;
        int size = 512;
        final Set<Integer> labels = new HashSet<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            List<String> a = new ArrayList<>(args);
            for (int n = 0; n < a.size(); n++) {
                String key = a.get(n);
                if (n + 1 >= a.size()) {
                    throw new IllegalArgumentException("Option " + key + " needs a value");
                }
                String value = a.get(++n);
                switch (key) {
                    case "--image" -> o.image = existing(key, value);
                    case "--mask" -> o.mask = existing(key, value);
                    case "--png" -> o.png = Path.of(value);
                    case "--synthetic" -> o.synthetic = positive(key, value);
                    case "--frames" -> o.frames = positive(key, value);
                    case "--size" -> o.size = positive(key, value);
                    case "--labels" -> {
                        for (String s : value.split(",")) {
                            o.labels.add(positive(key, s.trim()));
                        }
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + key);
                }
            }
            if ((o.image == null) == (o.synthetic == 0)) {
                throw new IllegalArgumentException("Give exactly one of --image <file> or --synthetic <n>");
            }
            if (o.synthetic > 0 && o.mask != null) {
                throw new IllegalArgumentException("--mask goes with --image; --synthetic makes its own lesions");
            }
            return o;
        }

        private static Path existing(String key, String value) {
            Path p = Path.of(value);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(key + ": file " + p.toAbsolutePath() + " does not exist");
            }
            return p;
        }

        private static int positive(String key, String value) {
            try {
                int v = Integer.parseInt(value);
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(key + ": expected a positive whole number, got '" + value + "'");
        }
    }

    /** Exposed for the CLI command's own check: VTK aborts the JVM without a display. */
    static boolean displayAvailable() {
        return VtkRuntime.hasDisplay();
    }
}
