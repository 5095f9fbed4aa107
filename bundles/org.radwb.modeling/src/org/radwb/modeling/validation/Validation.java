package org.radwb.modeling.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.pipeline.FittedPipeline;
import org.radwb.modeling.pipeline.PipelineSpec;

/**
 * Validation schemes without leakage. Every scheme refits the whole pipeline (imputation, selection, model) on
 * the training rows of each fold or resample; folds and resamples are drawn by patient, so lesions of one patient
 * are never split between training and test; folds are stratified by outcome.
 * <ul>
 * <li>{@link #crossValidation}: repeated K-fold; out-of-fold predictions averaged over repeats;</li>
 * <li>{@link #nestedCrossValidation}: the outer folds evaluate, inner folds choose among candidate pipelines;</li>
 * <li>{@link #bootstrap632Plus}: Efron and Tibshirani's .632+ estimate of the AUC / C-index and Harrell's
 * optimism-corrected estimate;</li>
 * <li>{@link #heldOut}: a single grouped, stratified split;</li>
 * <li>{@link #external}: fit on the development cohort, evaluate on another cohort.</li>
 * </ul>
 * Parallel work runs on a private pool of {@code threads} workers, with per-task seeds so the results do not depend
 * on the number of threads.
 */
public final class Validation {

    private final int threads;
    private final Progress progress;

    /** A validator with the given parallelism and progress sink. */
    public Validation(int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** Repeated, patient-grouped, stratified K-fold cross-validation. */
    public ValidationResult crossValidation(PipelineSpec spec, Dataset data, int k, int repeats, long seed) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        double[][] oof = new double[repeats][data.size()];
        int total = k * repeats;
        AtomicInteger done = new AtomicInteger();
        List<String> notes = new ArrayList<>();
        int[][] foldsPerRepeat = new int[repeats][];
        for (int r = 0; r < repeats; r++) {
            foldsPerRepeat[r] = Folds.groupedStratified(data, k, seed + 7919L * r);
        }
        String[][] selected = new String[total][];
        parallel(total, t -> {
            int r = t / k;
            int f = t % k;
            int[] fold = foldsPerRepeat[r];
            FittedPipeline fit = spec.fit(data.rows(Folds.rows(fold, f, false)), seed + 31L * t + 1);
            int[] test = Folds.rows(fold, f, true);
            double[] pred = fit.predict(data.rows(test).x());
            for (int i = 0; i < test.length; i++) {
                oof[r][test[i]] = pred[i];
            }
            selected[t] = fit.selectedNames();
            progress.worked(done.incrementAndGet(), total + 1);
        });
        double[] mean = new double[data.size()];
        double[] perRepeat = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < data.size(); i++) {
                mean[i] += oof[r][i] / repeats;
            }
            perRepeat[r] = PerformanceMetrics.discrimination(data, oof[r]);
        }
        List<Metric> metrics = new ArrayList<>(PerformanceMetrics.of(data, mean, seed));
        if (repeats > 1) {
            Arrays.sort(perRepeat);
            metrics.add(new Metric(headline(data) + "_per_repeat_mean", Arrays.stream(perRepeat).average().orElseThrow(),
                    perRepeat[0], perRepeat[repeats - 1], "mean and range over " + repeats + " repeats"));
        }
        notes.add(k + "-fold cross-validation x " + repeats + ", grouped by patient, stratified; pipeline refitted in each of "
                + total + " folds");
        notes.add("features used per fold: mean " + Arrays.stream(selected).mapToInt(s -> s.length).average().orElse(0));
        FittedPipeline finalModel = spec.fit(data, seed);
        progress.worked(total + 1, total + 1);
        return new ValidationResult("cv:" + k + "x" + repeats, metrics, data, mean, finalModel, notes);
    }

    /**
     * Nested cross-validation: for each outer fold, each candidate pipeline is scored by inner K-fold CV on the outer
     * training rows; the best is refitted on them and predicts the outer test rows.
     */
    public ValidationResult nestedCrossValidation(List<PipelineSpec> candidates, Dataset data, int outerK, int innerK, long seed) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nested cross-validation needs at least one candidate pipeline");
        }
        int[] fold = Folds.groupedStratified(data, outerK, seed);
        double[] oof = new double[data.size()];
        String[] chosen = new String[outerK];
        Validation inner = new Validation(1, Progress.NONE);
        AtomicInteger done = new AtomicInteger();
        parallel(outerK, f -> {
            Dataset train = data.rows(Folds.rows(fold, f, false));
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < candidates.size(); c++) {
                progress.checkCancelled();
                double score = inner.outOfFoldDiscrimination(candidates.get(c), train, innerK, seed + 104729L * (f + 1));
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            chosen[f] = "outer fold " + (f + 1) + ": candidate " + (best + 1) + " (inner " + headline(data) + " "
                    + String.format("%.3f", bestScore) + ")";
            int[] test = Folds.rows(fold, f, true);
            double[] pred = candidates.get(best).fit(train, seed + f).predict(data.rows(test).x());
            for (int i = 0; i < test.length; i++) {
                oof[test[i]] = pred[i];
            }
            progress.worked(done.incrementAndGet(), outerK + 1);
        });
        // the final model gets the same treatment on all rows
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            double score = inner.outOfFoldDiscrimination(candidates.get(c), data, innerK, seed);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        List<String> notes = new ArrayList<>(Arrays.asList(chosen));
        notes.add(0, "nested cross-validation: " + outerK + " outer x " + innerK + " inner folds, " + candidates.size() + " candidates");
        notes.add("final model: candidate " + (best + 1));
        return new ValidationResult("nested:" + outerK + "x" + innerK, PerformanceMetrics.of(data, oof, seed), data, oof,
                candidates.get(best).fit(data, seed), notes);
    }

    private double outOfFoldDiscrimination(PipelineSpec spec, Dataset data, int k, long seed) {
        int[] fold = Folds.groupedStratified(data, k, seed);
        double[] oof = new double[data.size()];
        for (int f = 0; f < k; f++) {
            int[] test = Folds.rows(fold, f, true);
            double[] pred = spec.fit(data.rows(Folds.rows(fold, f, false)), seed + f).predict(data.rows(test).x());
            for (int i = 0; i < test.length; i++) {
                oof[test[i]] = pred[i];
            }
        }
        return PerformanceMetrics.discrimination(data, oof);
    }

    /**
     * Bootstrap validation by patient: B resamples; the pipeline is refitted on each. Reports the apparent
     * discrimination, Harrell's optimism-corrected value (apparent minus mean of boot-on-boot minus boot-on-original)
     * and the .632+ estimate (Efron and Tibshirani 1997) with error = 1 - AUC (or 1 - C), no-information error 0.5 and
     * the out-of-bag lesions as the test set of each resample.
     */
    public ValidationResult bootstrap632Plus(PipelineSpec spec, Dataset data, int b, long seed) {
        if (b < 1) {
            throw new IllegalArgumentException("bootstrap needs at least 1 replicate, got " + b);
        }
        FittedPipeline full = spec.fit(data, seed);
        double[] apparentPred = full.predict(data.x());
        double apparent = PerformanceMetrics.discrimination(data, apparentPred);
        List<List<Integer>> groups = new ArrayList<>(Folds.patients(data).values());
        long[] seeds = new SplittableRandom(seed).longs(b).toArray();
        double[] optimism = new double[b];
        double[] oob = new double[b];
        boolean[] valid = new boolean[b];
        AtomicInteger done = new AtomicInteger();
        parallel(b, r -> {
            SplittableRandom rng = new SplittableRandom(seeds[r]);
            int[] rows = Folds.bootstrapByPatient(groups, rng);
            boolean[] inBag = new boolean[data.size()];
            for (int i : rows) {
                inBag[i] = true;
            }
            int[] out = IntStream.range(0, data.size()).filter(i -> !inBag[i]).toArray();
            try {
                Dataset boot = data.rows(rows);
                FittedPipeline fit = spec.fit(boot, seeds[r]);
                double onBoot = PerformanceMetrics.discrimination(boot, fit.predict(boot.x()));
                double onOrig = PerformanceMetrics.discrimination(data, fit.predict(data.x()));
                Dataset oobData = data.rows(out);
                oob[r] = PerformanceMetrics.discrimination(oobData, fit.predict(oobData.x()));
                optimism[r] = onBoot - onOrig;
                valid[r] = true;
            } catch (IllegalArgumentException degenerate) {
                valid[r] = false; // a resample with one class, or an out-of-bag set without both classes / pairs
            }
            progress.worked(done.incrementAndGet(), b);
        });
        int used = 0;
        double meanOptimism = 0;
        double meanOob = 0;
        for (int r = 0; r < b; r++) {
            if (valid[r]) {
                used++;
                meanOptimism += optimism[r];
                meanOob += oob[r];
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("no bootstrap replicate could be evaluated (too few patients or events)");
        }
        meanOptimism /= used;
        meanOob /= used;
        double errApp = 1 - apparent;
        double errOob = 1 - meanOob;
        double gamma = 0.5;
        double errOobClamped = Math.min(errOob, gamma);
        double rel = errOob > errApp && gamma > errApp ? (errOobClamped - errApp) / (gamma - errApp) : 0;
        rel = Math.max(0, Math.min(1, rel));
        double w = 0.632 / (1 - 0.368 * rel);
        double err632plus = (1 - w) * errApp + w * errOobClamped;
        String h = headline(data);
        List<Metric> metrics = new ArrayList<>(PerformanceMetrics.of(data, apparentPred, seed).stream()
                .map(m -> m.name().equals(h) ? new Metric(h + "_apparent", m.value(), m.lower(), m.upper(), m.method()) : m).toList());
        metrics.add(Metric.point(h + "_optimism_corrected", apparent - meanOptimism, "Harrell bootstrap, " + used + " replicates"));
        metrics.add(Metric.point(h + "_632plus", 1 - err632plus, ".632+ (Efron & Tibshirani 1997), " + used + " replicates"));
        metrics.add(Metric.point(h + "_out_of_bag", meanOob, "mean over " + used + " replicates"));
        List<String> notes = List.of("bootstrap by patient, " + b + " replicates (" + used + " evaluable); pipeline refitted in each",
                "apparent " + h + " " + fmt(apparent) + ", mean optimism " + fmt(meanOptimism) + ", .632+ weight " + fmt(w));
        return new ValidationResult("bootstrap:" + b, metrics, data, apparentPred, full, notes);
    }

    /** A single patient-grouped, stratified split; {@code testFraction} of the patients form the test set. */
    public ValidationResult heldOut(PipelineSpec spec, Dataset data, double testFraction, long seed) {
        boolean[] test = Folds.heldOut(data, testFraction, seed);
        int[] testRows = IntStream.range(0, data.size()).filter(i -> test[i]).toArray();
        int[] trainRows = IntStream.range(0, data.size()).filter(i -> !test[i]).toArray();
        FittedPipeline fit = spec.fit(data.rows(trainRows), seed);
        Dataset testData = data.rows(testRows);
        double[] pred = fit.predict(testData.x());
        List<String> notes = List.of("held-out split by patient: " + trainRows.length + " training and " + testRows.length
                + " test lesions; the reported model is the one fitted on the training lesions");
        return new ValidationResult("split:" + testFraction, PerformanceMetrics.of(testData, pred, seed), testData, pred, fit, notes);
    }

    /** Fits on the development cohort and evaluates on an external cohort with the same predictors. */
    public ValidationResult external(PipelineSpec spec, Dataset development, Dataset externalCohort, long seed) {
        if (!Arrays.equals(development.featureNames(), externalCohort.featureNames())) {
            throw new IllegalArgumentException("the external cohort's predictors " + Arrays.toString(externalCohort.featureNames())
                    + " differ from the development cohort's " + Arrays.toString(development.featureNames()));
        }
        FittedPipeline fit = spec.fit(development, seed);
        double[] pred = fit.predict(externalCohort.x());
        List<String> notes = List.of("external validation: fitted on " + development.size() + " development lesions, evaluated on "
                + externalCohort.size() + " external lesions");
        return new ValidationResult("external", PerformanceMetrics.of(externalCohort, pred, seed), externalCohort, pred, fit, notes);
    }

    private void parallel(int tasks, java.util.function.IntConsumer task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(t -> {
                progress.checkCancelled();
                task.accept(t);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String headline(Dataset d) {
        return d.task() == org.radwb.modeling.api.Task.BINARY ? "auc" : "c_index";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
