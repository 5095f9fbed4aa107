package org.radwb.extraction.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.radwb.extraction.CsvLine;
import org.radwb.extraction.params.ParameterFile;

/**
 * Runs the cases of a PyRadiomics-style batch file (columns {@code Image}, {@code Mask}, optional {@code Label};
 * relative paths against the file's folder) on a fixed number of threads. A failing case becomes a failed result;
 * the others go on.
 */
public final class BatchRunner {

    /** One case of the batch file. */
    public record Case(int row, Path image, Path mask, Integer label) {
    }

    private BatchRunner() {
    }

    public static List<Case> readCases(Path csv) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new IOException(csv + ": empty file; expected a header with Image and Mask columns");
            }
            String[] h = CsvLine.split(header.replace("\uFEFF", ""));
            int img = -1, msk = -1, lab = -1;
            for (int i = 0; i < h.length; i++) {
                switch (h[i].strip()) {
                case "Image":
                    img = i;
                    break;
                case "Mask":
                    msk = i;
                    break;
                case "Label":
                    lab = i;
                    break;
                default:
                }
            }
            if (img < 0 || msk < 0) {
                throw new IOException(csv + ": header '" + header + "' lacks the column " + (img < 0 ? "Image" : "Mask")
                        + " (PyRadiomics batch format: Image,Mask[,Label])");
            }
            String line;
            int row = 1;
            Path base = csv.toAbsolutePath().getParent();
            while ((line = r.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = CsvLine.split(line);
                if (f.length <= Math.max(img, msk)) {
                    throw new IOException(csv + ": row " + row + " has " + f.length + " fields; Image and Mask are required");
                }
                Integer label = null;
                if (lab >= 0 && lab < f.length && !f[lab].isBlank()) {
                    try {
                        label = Integer.parseInt(f[lab].strip());
                    } catch (NumberFormatException e) {
                        throw new IOException(csv + ": row " + row + ", column Label: '" + f[lab] + "' is not an integer");
                    }
                }
                cases.add(new Case(row, base.resolve(f[img].strip()), base.resolve(f[msk].strip()), label));
            }
        }
        return cases;
    }

    /**
     * Runs all cases; {@code progress} receives one line per finished case. Results come back in case order.
     *
     * @param defaultLabel the label for cases without one
     */
    public static List<CaseResult> run(List<Case> cases, ParameterFile params, Mode mode, int jobs, int defaultLabel,
            Consumer<String> progress) throws InterruptedException {
        // cases sharing an image (the lesions of one patient) run in one task that reads the image once
        java.util.Map<Path, List<Integer>> byImage = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            byImage.computeIfAbsent(cases.get(i).image().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        AtomicInteger done = new AtomicInteger();
        @SuppressWarnings("unchecked")
        List<CaseResult>[] results = new List[cases.size()];
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Integer> group : byImage.values()) {
                futures.add(pool.submit(() -> {
                    Extraction.LoadedImage loaded = null;
                    if (group.size() > 1) {
                        try {
                            loaded = Extraction.LoadedImage.read(cases.get(group.get(0)).image());
                        } catch (IOException | RuntimeException e) {
                            loaded = null; // each case then reports the read error itself
                        }
                    }
                    for (int i : group) {
                        Case c = cases.get(i);
                        long t0 = System.nanoTime();
                        List<CaseResult> r = Extraction.run(c.image(), loaded, c.mask(),
                                Extraction.Labels.of(c.label() == null ? defaultLabel : c.label()), params, mode);
                        results[i] = r;
                        int n = done.incrementAndGet();
                        String status = r.stream().allMatch(CaseResult::ok) ? "ok"
                                : "FAILED: " + r.stream().filter(x -> !x.ok()).findFirst().get().error();
                        progress.accept(String.format("[%d/%d] row %d %s: %s (%d ms)", n, cases.size(), c.row(),
                                c.image().getFileName(), status, (System.nanoTime() - t0) / 1_000_000));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("unexpected failure in the batch runner", e.getCause());
                }
            }
            List<CaseResult> out = new ArrayList<>();
            for (List<CaseResult> r : results) {
                out.addAll(r);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
