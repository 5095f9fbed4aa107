package org.radwb.modeling.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.management.JMException;
import javax.management.ObjectName;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.glmnet.CrossValidatedElasticNet;
import org.radwb.modeling.glmnet.ElasticNetCox;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.models.LassoLogisticType;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.pipeline.PipelineSpec;
import org.radwb.modeling.validation.Folds;
import org.radwb.modeling.validation.Validation;
import org.radwb.modeling.validation.ValidationResult;

/**
 * The modelling benchmarks of the project's speed targets, on synthetic data (a benchmark, not a test):
 * <ol>
 * <li>LASSO-logistic path (100 lambdas) with 10-fold cross-validation on 300 lesions x 1,500 features (&lt; 2 s);</li>
 * <li>B bootstrap replicates (default 1,000) of that whole pipeline (path + inner 10-fold CV refitted on every
 * resample) on the given number of threads (&lt; 60 s on 2 cores);</li>
 * <li>a Cox elastic-net path (100 lambdas) on 1,000 lesions x 100 features (&lt; 1 s).</li>
 * </ol>
 * Run as {@code radwb model bench} or {@code java -cp ... org.radwb.modeling.bench.ModelingBenchmark [replicates] [threads]}.
 */
public final class ModelingBenchmark {

    private ModelingBenchmark() {
    }

    /** Entry point for plain-jar use. */
    public static void main(String[] args) {
        int b = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        run(b, threads, System.out);
    }

    /** Runs the three benchmarks and prints one line per figure. */
    public static void run(int replicates, int threads, PrintStream out) {
        out.printf(Locale.ROOT, "java %s, %d available processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Dataset wide = synthetic(300, 1500, 10, 1);
        int[] folds = Folds.groupedStratified(wide, 10, 1);
        ElasticNetOptions options = ElasticNetOptions.defaults();
        for (int w = 0; w < 3; w++) { // warm-up (JIT)
            CrossValidatedElasticNet.logistic(wide.x(), wide.outcome(), folds, options);
        }
        double[] times = new double[5];
        CrossValidatedElasticNet cv = null;
        for (int r = 0; r < times.length; r++) {
            long t0 = System.nanoTime();
            cv = CrossValidatedElasticNet.logistic(wide.x(), wide.outcome(), folds, options);
            times[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "lasso-logistic path + 10-fold CV, 300 x 1500: median %.3f s (min %.3f, max %.3f) over 5 runs; "
                + "%d lambdas, lambda.min %.4g with %d features (target < 2 s)%n", times[2], times[0], times[4], cv.path().size(),
                cv.lambda(CrossValidatedElasticNet.Rule.MIN), cv.path().nonZero(cv.indexMin()));

        LassoLogisticType type = new LassoLogisticType();
        PipelineSpec spec = new PipelineSpec(Imputation.REFUSE, java.util.List.of(), type, ModelParameters.of(type.parameters(), Map.of()));
        new Validation(threads, Progress.NONE).bootstrap632Plus(spec, wide, Math.min(10, replicates), 3); // warm-up (JIT)
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        ValidationResult boot = new Validation(threads, Progress.NONE).bootstrap632Plus(spec, wide, replicates, 2);
        double bootSeconds = (System.nanoTime() - t0) / 1e9;
        double cpu = processCpuSeconds() - cpu0;
        out.printf(Locale.ROOT, "bootstrap .632+ of that pipeline, %d replicates on %d threads: %.1f s (%.0f ms per replicate); "
                + "apparent AUC %.3f, .632+ AUC %.3f (target < 60 s on 2 cores)%n", replicates, threads, bootSeconds,
                bootSeconds * 1000 / replicates, boot.metric("auc_apparent").value(), boot.metric("auc_632plus").value());
        out.printf(Locale.ROOT, "  process CPU time %.1f s = %.3f CPU-s per replicate (1,000 replicates on 2 idle cores: %.0f s); "
                + "load average %.2f%n", cpu, cpu / replicates, cpu / replicates * 1000 / 2,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Dataset surv = syntheticSurvival(1000, 100, 3);
        for (int w = 0; w < 3; w++) {
            ElasticNetCox.fit(surv.x(), surv.time(), surv.event(), options.withAlpha(0.5));
        }
        double[] cox = new double[5];
        int size = 0;
        for (int r = 0; r < cox.length; r++) {
            long c0 = System.nanoTime();
            size = ElasticNetCox.fit(surv.x(), surv.time(), surv.event(), options.withAlpha(0.5)).size();
            cox[r] = (System.nanoTime() - c0) / 1e9;
        }
        Arrays.sort(cox);
        out.printf(Locale.ROOT, "cox elastic-net path (alpha 0.5, %d lambdas), 1000 lesions x 100 features: median %.3f s "
                + "(min %.3f, max %.3f) over 5 runs (target < 1 s)%n", size, cox[2], cox[0], cox[4]);
    }

    /** CPU time of the whole process (all threads), NaN where the JVM does not report it. */
    static double processCpuSeconds() {
        try {
            Object nanos = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
            return nanos instanceof Number n && n.longValue() >= 0 ? n.longValue() / 1e9 : Double.NaN;
        } catch (JMException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    /** n lesions (one to three per patient), p standard-normal features, the first {@code signal} informative. */
    static Dataset synthetic(int n, int p, int signal, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][p];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] groups = new String[n];
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        int patient = 0;
        for (int i = 0; i < n; i++) {
            double eta = -0.3;
            for (int j = 0; j < p; j++) {
                x[i][j] = rng.nextGaussian();
                if (j < signal) {
                    eta += 0.5 * x[i][j];
                }
            }
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            ids[i] = "L" + i;
            if (rng.nextDouble() < 0.6) {
                patient++;
            }
            groups[i] = "P" + patient;
        }
        return Dataset.binary(ids, groups, names, x, y);
    }

    static Dataset syntheticSurvival(int n, int p, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][p];
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        String[] ids = new String[n];
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                x[i][j] = rng.nextGaussian();
                if (j < 5) {
                    eta += 0.4 * x[i][j];
                }
            }
            double te = -Math.log(rng.nextDouble()) / (0.1 * Math.exp(eta));
            double tc = 2 + 28 * rng.nextDouble();
            t[i] = Math.min(te, tc);
            e[i] = te <= tc;
            ids[i] = "L" + i;
        }
        return Dataset.survival(ids, ids, names, x, t, e);
    }
}
