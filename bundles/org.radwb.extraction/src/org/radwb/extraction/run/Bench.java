package org.radwb.extraction.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pyradiomics.PyRadiomicsExtractor;
import org.radwb.extraction.pipeline.IbsiExtractor;
import org.radwb.extraction.pipeline.IbsiSettings;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/**
 * Benchmarks of the engine (run as {@code radwb extract bench} or as a plain {@code main}): per-case feature time,
 * batch throughput including reading the volume, and peak heap. Not a test: numbers depend on the machine.
 */
public final class Bench {

    private Bench() {
    }

    /** Options of a run. */
    public record Options(Path image, Path mask, int label, double lesionCc, int[] syntheticDims, int repeat, int batchCases,
            int jobs, ParameterFile params, Mode mode) {
    }

    public static void run(Options o, PrintStream out) throws Exception {
        Runtime rt = Runtime.getRuntime();
        out.printf("engine %s %s, mode %s, %d cores, max heap %d MB%n", Engine.NAME, Engine.VERSION, o.mode().id(),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        long t0 = System.nanoTime();
        Volume image = o.image() != null ? ImageIO.read(o.image()) : synthetic(o.syntheticDims());
        double readMs = (System.nanoTime() - t0) / 1e6;
        Geometry g = image.geometry();
        Mask mask;
        if (o.mask() != null) {
            mask = ImageIO.readLabels(o.mask()).select(o.label());
        } else {
            mask = sphere(g, o.lesionCc());
        }
        out.printf("image %s (%s), read in %.1f ms; ROI %d voxels = %.2f cm3%n", o.image() == null ? "synthetic" : o.image(), g,
                readMs, mask.count(), mask.count() * g.voxelVolume() / 1000);
        // warm-up (JIT), then the per-case feature time
        int features = features(image, mask, o);
        for (int i = 0; i < 5; i++) {
            features(image, mask, o);
        }
        double[] ms = new double[o.repeat()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            features(image, mask, o);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("features per case: %d values, median %.2f ms, min %.2f ms, max %.2f ms over %d runs (single thread)%n",
                features, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
        if (o.image() != null && o.mask() != null && o.batchCases() > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(o.jobs());
            try {
                long tb = System.nanoTime();
                List<Future<Integer>> fs = new ArrayList<>();
                for (int i = 0; i < o.batchCases(); i++) {
                    fs.add(pool.submit(() -> Extraction.run(o.image(), o.mask(), Extraction.Labels.of(o.label()), o.params(), o.mode())
                            .get(0).values().size()));
                }
                for (Future<Integer> f : fs) {
                    f.get();
                }
                double s = (System.nanoTime() - tb) / 1e9;
                out.printf("batch: %d cases (each reads image + mask, hashes them, extracts) on %d threads in %.2f s = %.1f cases/s, %.1f ms per case%n",
                        o.batchCases(), o.jobs(), s, o.batchCases() / s, 1000 * s / o.batchCases());
            } finally {
                pool.shutdownNow();
            }
        }
        out.printf("heap in use after the run: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static int features(Volume image, Mask mask, Options o) throws Exception {
        if (o.mode() == Mode.IBSI) {
            return IbsiExtractor.extract(image, mask, IbsiSettings.from(o.params())).values().size();
        }
        return PyRadiomicsExtractor.extract(image, mask, o.params()).features().size();
    }

    /** A smooth random volume (sum of sines plus noise), so texture is not trivial. */
    static Volume synthetic(int[] d) {
        Geometry g = Geometry.of(d[0], d[1], d[2], 0.8, 0.8, 1.0);
        float[] v = new float[g.size()];
        Random rnd = new Random(42);
        int p = 0;
        for (int k = 0; k < d[2]; k++) {
            for (int j = 0; j < d[1]; j++) {
                for (int i = 0; i < d[0]; i++, p++) {
                    v[p] = (float) (500 + 200 * Math.sin(i * 0.11) * Math.cos(j * 0.07) + 100 * Math.sin(k * 0.05) + 40 * rnd.nextGaussian());
                }
            }
        }
        return new Volume(g, v);
    }

    /** A ball of the given volume (cm³) at the grid centre. */
    static Mask sphere(Geometry g, double cc) {
        double r = Math.cbrt(3 * cc * 1000 / (4 * Math.PI));
        boolean[] m = new boolean[g.size()];
        double cx = g.nx() / 2.0, cy = g.ny() / 2.0, cz = g.nz() / 2.0;
        int p = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++, p++) {
                    double dx = (i - cx) * g.spacing(0), dy = (j - cy) * g.spacing(1), dz = (k - cz) * g.spacing(2);
                    m[p] = dx * dx + dy * dy + dz * dz <= r * r;
                }
            }
        }
        return new Mask(g, m);
    }

    /** Writes the spherical lesion mask for an image, so batch runs can read it like a real mask. */
    public static Path writeSphereMask(Path image, double cc, Path out) throws IOException {
        Geometry g = ImageIO.read(image).geometry();
        Mask m = sphere(g, cc);
        int[] l = new int[g.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = m.inside()[i] ? 1 : 0;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.writeLabels(new LabelMap(g, l), out);
        return out;
    }

    /** Plain-jar entry: {@code java -cp ... org.radwb.extraction.run.Bench <image> <mask> [repeat] [batchCases] [jobs]}. */
    public static void main(String[] a) throws Exception {
        if (a.length < 2) {
            System.err.println("usage: Bench <image> <mask> [repeat 20] [batchCases 40] [jobs 2]");
            System.exit(2);
        }
        run(new Options(Path.of(a[0]), Path.of(a[1]), 1, 0, null, a.length > 2 ? Integer.parseInt(a[2]) : 20,
                a.length > 3 ? Integer.parseInt(a[3]) : 40, a.length > 4 ? Integer.parseInt(a[4]) : 2, ParameterFile.defaults(),
                Mode.PYRADIOMICS), System.out);
    }
}
