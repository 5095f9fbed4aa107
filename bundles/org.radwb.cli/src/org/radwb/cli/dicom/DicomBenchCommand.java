package org.radwb.cli.dicom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.CohortImporter;
import org.radwb.dicom.review.ReviewImporter;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.synth.SyntheticStudy;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;

/**
 * {@code radwb dicom bench}: writes a synthetic cohort (default 10 patients x 200 MR slices of 256x256 = 2,000
 * slices, 2 ROIs each = 20 ROIs, plus RT Dose) into a temporary folder, then times scanning and importing it
 * (volumes, ROI rasterisation, dose statistics, review model). A benchmark, not a test.
 */
public final class DicomBenchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        int patients = a.intOr("--patients", 10);
        int slices = a.intOr("--slices", 200);
        int size = a.intOr("--size", 256);
        int rounds = a.intOr("--rounds", 3);
        int threads = a.intOr("--threads", 2);
        String dirArg = a.optional("--dir");
        boolean keep = a.flag("--keep");
        a.checkAllUsed();
        Path dir = dirArg != null ? ctx.path(dirArg) : Files.createTempDirectory("radwb-dicom-bench");
        long tw = System.nanoTime();
        for (int p = 0; p < patients; p++) {
            SyntheticStudy.Spec s = new SyntheticStudy.Spec();
            s.seed = 1000 + p;
            s.patientId = String.format(Locale.ROOT, "BENCH-%03d", p);
            s.patientName = "Bench^" + p;
            s.nx = size;
            s.ny = size;
            s.nz = slices;
            s.sx = 1;
            s.sy = 1;
            s.sz = 1;
            s.origin = new double[] { -size / 2.0, -size / 2.0, -slices / 2.0 };
            s.lesions = List.of(new SyntheticStudy.Lesion("GTV_1", new double[] { -20, 10, -5 }, 8, 24),
                    new SyntheticStudy.Lesion("GTV_2", new double[] { 25, -15, 12 }, 5, 20));
            SyntheticStudy.write(s, dir.resolve(s.patientId));
        }
        double writeSec = (System.nanoTime() - tw) / 1e9;
        double best = Double.MAX_VALUE;
        double bestScan = 0;
        CohortImport imp = null;
        ScanResult scan = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            scan = new DicomScanner(threads).scan(dir);
            long t1 = System.nanoTime();
            imp = new CohortImporter(new CohortImporter.Options(org.radwb.dicom.StackPolicy.REFUSE, null, null, 18,
                    threads)).run(scan);
            Review review = ReviewFactory.eINSTANCE.createReview();
            ReviewImporter.apply(imp, review, "bench", dir);
            double total = (System.nanoTime() - t0) / 1e9;
            if (total < best) {
                best = total;
                bestScan = (t1 - t0) / 1e9;
            }
        }
        int mr = 0;
        for (var p : scan.patients()) {
            for (var st : p.studies()) {
                for (var se : st.series()) {
                    mr += se.modality().equals("MR") ? se.size() : 0;
                }
            }
        }
        ctx.out().println("folder: " + dir);
        ctx.out().println("patients: " + imp.patients().size());
        ctx.out().println("mr_slices: " + mr + " (" + size + "x" + size + ")");
        ctx.out().println("rois: " + imp.lesionCount());
        ctx.out().println("problems: " + imp.problems().size());
        ctx.out().println(String.format(Locale.ROOT, "write_s: %.2f", writeSec));
        ctx.out().println(String.format(Locale.ROOT, "scan_s: %.2f", bestScan));
        ctx.out().println(String.format(Locale.ROOT, "scan_import_s: %.2f (best of %d; includes dose statistics)", best,
                rounds));
        ctx.out().println("threads: " + threads + ", max_heap_mb: " + Runtime.getRuntime().maxMemory() / (1 << 20));
        if (!keep && dirArg == null) {
            delete(dir);
        }
        return imp.problems().isEmpty() ? 0 : 1;
    }

    private static void delete(Path dir) throws java.io.IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
