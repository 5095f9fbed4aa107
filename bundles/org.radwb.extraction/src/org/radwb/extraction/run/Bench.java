package org.radwb.extraction.run;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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

    /**
     * Options of a run.
     *
     * @param cases a PyRadiomics-style batch file (Image,Mask[,Label]) to time instead of generated cases, or null
     * @param work  where the generated per-case files go (null: a temporary folder, deleted afterwards)
     */
    public record Options(Path image, Path mask, int label, double lesionCc, int[] syntheticDims, int repeat, int batchCases,
            int jobs, ParameterFile params, Mode mode, Path cases, Path work) {
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
        if (o.cases() != null || (o.image() != null && o.batchCases() > 0)) {
            batch(o, g, out);
        }
        out.printf("heap in use after the run: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /**
     * The batch figure: every case reads its own image file and its own mask file (distinct files: copies of the
     * image under other names and spherical lesions at distinct positions, or the cases of a batch file), hashes both
     * and extracts, through {@link BatchRunner} as {@code radwb extract batch} does. Reports cases/s, wall and CPU
     * time per case, the time per phase, and the load average before and after.
     */
    private static void batch(Options o, Geometry g, PrintStream out) throws Exception {
        Path dir = null;
        List<BatchRunner.Case> cases;
        if (o.cases() != null) {
            cases = BatchRunner.readCases(o.cases());
            out.printf("batch file %s: %d cases%n", o.cases(), cases.size());
        } else {
            dir = o.work() != null ? o.work() : Files.createTempDirectory("radwb-bench-cases");
            long tw = System.nanoTime();
            cases = writeCases(o, g, dir);
            out.printf("wrote %d cases (a copy of the image and a distinct %.1f cm3 lesion mask each) to %s in %.1f s%n", cases.size(),
                    o.lesionCc(), dir, (System.nanoTime() - tw) / 1e9);
        }
        try {
            // the same batch three times in one JVM: pass 1 runs while the JIT compiles the readers and the features
            // (C2 competes with the worker threads for the cores), pass 3 is the steady state of a long batch
            for (int pass = 1; pass <= 3; pass++) {
                timedPass("pass " + pass + " of 3" + (pass == 1 ? " (JIT compilation of the readers runs alongside)" : ""), cases, o, out);
                System.gc();
            }
        } finally {
            if (dir != null && o.work() == null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        }
    }

    private static void timedPass(String name, List<BatchRunner.Case> cases, Options o, PrintStream out) throws Exception {
        Extraction.PHASES.reset();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long[] sys0 = systemCpuTicks();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<CaseResult> results = BatchRunner.run(cases, o.params(), o.mode(), o.jobs(), o.label(), l -> {
        });
        double s = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        long[] sys1 = systemCpuTicks();
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long failed = results.stream().filter(r -> !r.ok()).count();
        int n = cases.size();
        out.printf("batch %s: %d cases (each reads its own image + mask file, hashes both, extracts) on %d threads in %.2f s = "
                + "%.1f cases/s, %.1f ms wall per case; process CPU %s%n", name, n, o.jobs(), s, n / s, 1000 * s / n,
                cpu < 0 ? "n/a" : String.format("%.2f s = %.1f ms per case", cpu / 1e9, cpu / 1e6 / n));
        Extraction.Phases p = Extraction.PHASES;
        out.printf("  per case (summed over threads): mask read+hash %.1f ms, image read+hash %.1f ms (region path), "
                + "read+hash %.1f ms (whole-volume path), features %.1f ms; region path %d cases, whole-volume path %d, failed %d%n",
                p.maskNanos.sum() / 1e6 / n, p.imageNanos.sum() / 1e6 / n, p.readNanos.sum() / 1e6 / n,
                p.featureNanos.sum() / 1e6 / n, p.regionCases.sum(), n - p.regionCases.sum(), failed);
        out.printf("  load average %.2f before, %.2f after (%d cores)%n", load0, load1, Runtime.getRuntime().availableProcessors());
        if (sys0 != null && sys1 != null && cpu >= 0) {
            // /proc/stat: CPU the whole machine used during the batch, minus this process = what other jobs took
            double ticks = (sys1[0] + sys1[1]) - (sys0[0] + sys0[1]);
            double cores = Runtime.getRuntime().availableProcessors();
            double busyCores = ticks > 0 ? (sys1[0] - sys0[0]) / ticks * cores : Double.NaN;
            out.printf("  during the batch: machine busy %.2f of %.0f cores, this process %.2f, other jobs ~%.2f%n", busyCores, cores,
                    cpu / 1e9 / s, Math.max(0, busyCores - cpu / 1e9 / s));
        }
        if (failed > 0) {
            out.println("  first failure: " + results.stream().filter(r -> !r.ok()).findFirst().get().error());
        }
    }

    /** Writes case i's files: image-i (a copy of the image, same extension) and mask-i (a shifted sphere, or a copy of the mask). */
    static List<BatchRunner.Case> writeCases(Options o, Geometry g, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = o.image().getFileName().toString();
        String ext = name.endsWith(".nii.gz") ? ".nii.gz" : name.substring(Math.max(0, name.lastIndexOf('.')));
        List<BatchRunner.Case> cases = new ArrayList<>();
        for (int i = 0; i < o.batchCases(); i++) {
            Path img = dir.resolve(String.format("image-%03d%s", i, ext));
            Path msk = dir.resolve(String.format("mask-%03d.nii.gz", i));
            Files.copy(o.image(), img, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (o.mask() != null) {
                Files.copy(o.mask(), msk, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                // distinct lesions: the sphere's centre moves by -2..2 voxels along each axis (125 positions)
                int[] shift = { i % 5 - 2, (i / 5) % 5 - 2, (i / 25) % 5 - 2 };
                writeLabels(sphere(g, o.lesionCc(), shift), msk);
            }
            cases.add(new BatchRunner.Case(i + 2, img, msk, o.label()));
        }
        return cases;
    }

    /** {busy, idle} ticks of all CPUs from Linux's /proc/stat, or null elsewhere. */
    static long[] systemCpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0, idle = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                long v = Long.parseLong(f[i]);
                if (i == 4 || i == 5) {
                    idle += v;
                } else {
                    busy += v;
                }
            }
            return new long[] { busy, idle };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU time of this process (all threads), or -1 where the JVM does not report it. */
    static long processCpuNanos() {
        Object os = ManagementFactory.getOperatingSystemMXBean();
        for (Class<?> c = os.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    // com.sun.management.OperatingSystemMXBean, reached without a compile-time dependency on it
                    Object v = i.getMethod("getProcessCpuTime").invoke(os);
                    return ((Number) v).longValue();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not this interface
                }
            }
        }
        return -1;
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
        return sphere(g, cc, new int[3]);
    }

    /** A ball of the given volume (cm³) at the grid centre moved by {@code shift} voxels. */
    static Mask sphere(Geometry g, double cc, int[] shift) {
        double r = Math.cbrt(3 * cc * 1000 / (4 * Math.PI));
        boolean[] m = new boolean[g.size()];
        double cx = g.nx() / 2.0 + shift[0], cy = g.ny() / 2.0 + shift[1], cz = g.nz() / 2.0 + shift[2];
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
        Files.createDirectories(out.toAbsolutePath().getParent());
        writeLabels(sphere(g, cc), out);
        return out;
    }

    private static void writeLabels(Mask m, Path out) throws IOException {
        int[] l = new int[m.geometry().size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = m.inside()[i] ? 1 : 0;
        }
        ImageIO.writeLabels(new LabelMap(m.geometry(), l), out);
    }

    /**
     * Plain-jar entry: {@code java -cp ... org.radwb.extraction.run.Bench (<image> (<mask> | -) | <cases.csv>) [repeat 20]
     * [batchCases 40] [jobs 2]}; {@code -} = distinct 2 cm³ spherical lesions, as {@code radwb extract bench --lesion-cc 2};
     * a {@code .csv} first argument is a batch file (all its cases run), as {@code radwb extract bench --cases}.
     */
    public static void main(String[] a) throws Exception {
        if (a.length < 1) {
            System.err.println("usage: Bench (<image> (<mask> | -) | <cases.csv>) [repeat 20] [batchCases 40] [jobs 2]");
            System.exit(2);
        }
        Path cases = a[0].endsWith(".csv") ? Path.of(a[0]) : null;
        Path image = Path.of(a[0]);
        Path mask = cases == null && a.length > 1 && !a[1].equals("-") ? Path.of(a[1]) : null;
        int n = cases == null ? 2 : 1; // index of "repeat": a batch file has no mask argument
        if (cases != null) {
            BatchRunner.Case first = BatchRunner.readCases(cases).get(0);
            image = first.image();
            mask = first.mask();
        }
        run(new Options(image, mask, 1, 2, null, a.length > n ? Integer.parseInt(a[n]) : 20,
                a.length > n + 1 ? Integer.parseInt(a[n + 1]) : 40, a.length > n + 2 ? Integer.parseInt(a[n + 2]) : 2,
                ParameterFile.defaults(), Mode.PYRADIOMICS, cases, null), System.out);
    }
}
