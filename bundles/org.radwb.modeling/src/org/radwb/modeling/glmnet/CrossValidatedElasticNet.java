package org.radwb.modeling.glmnet;

import java.util.Arrays;

/**
 * Choice of lambda by K-fold cross-validation of the binomial deviance, as glmnet's {@code cv.glmnet}
 * ({@code type.measure = "deviance"}, {@code grouped = TRUE}): the path is computed on all cases; each fold fits
 * its own path with the same options and is evaluated at the full path's lambdas by linear interpolation of its
 * coefficients (glmnet's default {@code alignment = "lambda"}); the held-out deviance is averaged per fold (probabilities clipped to
 * [1e-5, 1 - 1e-5]) and across folds weighted by fold size. {@code lambda.min} minimises the mean;
 * {@code lambda.1se} is the largest lambda within one standard error of the minimum.
 *
 * <p>
 * For Cox models ({@link #cox}) the measure is the held-out Harrell C per fold (glmnet's {@code type.measure = "C"}),
 * which is maximised; {@code indexMin} then points at the best C.
 *
 * @param path the path fitted on all cases
 * @param cvMean mean held-out deviance (logistic) or C-index (Cox) per lambda
 * @param cvSd its standard error per lambda
 * @param indexMin path index of lambda.min
 * @param index1se path index of lambda.1se
 */
public record CrossValidatedElasticNet(ElasticNetPath path, double[] cvMean, double[] cvSd, int indexMin, int index1se) {

    /** Which lambda to use from a cross-validated path. */
    public enum Rule {
        /** the lambda with the smallest cross-validated deviance */
        MIN,
        /** the largest lambda within one standard error of the minimum (sparser) */
        ONE_SE
    }

    /**
     * Cross-validates a logistic elastic-net path.
     *
     * @param foldOf fold index (0..K-1) of each case; callers group cases by patient and stratify
     */
    public static CrossValidatedElasticNet logistic(double[][] x, double[] y, int[] foldOf, ElasticNetOptions options) {
        return logistic(x, y, foldOf, options, true);
    }

    /**
     * As {@link #logistic(double[][], double[], int[], ElasticNetOptions)} for a caller that needs only the model
     * chosen by {@link Rule#MIN} or {@link Rule#ONE_SE} (a learner, a selection step): the same choice and the same
     * coefficients, but the path on all cases is computed only up to {@code lambda.min} (the folds, which decide the
     * choice, are evaluated on the whole lambda grid first). {@link #path()}, {@link #cvMean()} and {@link #cvSd()}
     * then end at {@code lambda.min}, or, where glmnet's rule ends the whole path before the folds' minimum over the
     * grid, at that end.
     */
    public static CrossValidatedElasticNet logisticChoice(double[][] x, double[] y, int[] foldOf, ElasticNetOptions options) {
        return logistic(x, y, foldOf, options, false);
    }

    private static CrossValidatedElasticNet logistic(double[][] x, double[] y, int[] foldOf, ElasticNetOptions options,
            boolean wholePath) {
        if (foldOf.length != x.length) {
            throw new IllegalArgumentException("fold assignment has " + foldOf.length + " entries for " + x.length + " cases");
        }
        ElasticNetLogistic.Problem problem = ElasticNetLogistic.Problem.of(x, y, options);
        boolean earlyStop = options.lambda() == null;
        double[] grid = problem.grid();
        ElasticNetPath full = wholePath ? problem.path(grid, earlyStop) : null;
        // the lambdas the folds are scored at: the whole path's (a prefix of the grid), or the whole grid when the
        // path on all cases is computed afterwards, only as far as the choice needs
        double[] at = wholePath ? full.lambda() : grid;
        int folds = Arrays.stream(foldOf).max().orElse(-1) + 1;
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        int m = at.length;
        double[][] foldDev = new double[folds][m];
        double[] foldWeight = new double[folds];
        for (int f = 0; f < folds; f++) {
            int nTest = 0;
            for (int fo : foldOf) {
                if (fo == f) {
                    nTest++;
                }
            }
            if (nTest == 0) {
                throw new IllegalArgumentException("fold " + f + " is empty");
            }
            double[][] xTrain = new double[x.length - nTest][];
            double[] yTrain = new double[x.length - nTest];
            int[] test = new int[nTest];
            for (int i = 0, t = 0, h = 0; i < x.length; i++) {
                if (foldOf[i] != f) {
                    xTrain[t] = x[i];
                    yTrain[t++] = y[i];
                } else {
                    test[h++] = i;
                }
            }
            ElasticNetPath fit = ElasticNetLogistic.fit(xTrain, yTrain, options);
            int[] nonZero = new int[x[0].length];
            double[] value = new double[x[0].length];
            double[] b0 = new double[1];
            for (int k = 0; k < m; k++) {
                // most coefficients are zero on a lasso path: predict from the non-zero ones only
                int nz = fit.nonZeroCoefficientsAt(at[k], nonZero, value, b0);
                double dev = 0;
                for (int i : test) {
                    double eta = b0[0];
                    double[] xi = x[i];
                    for (int t = 0; t < nz; t++) {
                        eta += value[t] * xi[nonZero[t]];
                    }
                    double p = 1 / (1 + Math.exp(-eta));
                    p = Math.min(1 - 1e-5, Math.max(1e-5, p));
                    // y is 0 or 1: only one of the two log terms is non-zero
                    dev -= 2 * (y[i] == 1 ? Math.log(p) : Math.log(1 - p));
                }
                foldDev[f][k] = dev / nTest;
            }
            foldWeight[f] = nTest;
        }
        double totalWeight = Arrays.stream(foldWeight).sum();
        double[] mean = new double[m];
        double[] sd = new double[m];
        for (int k = 0; k < m; k++) {
            double s = 0;
            for (int f = 0; f < folds; f++) {
                s += foldWeight[f] * foldDev[f][k];
            }
            mean[k] = s / totalWeight;
            double v = 0;
            for (int f = 0; f < folds; f++) {
                double d = foldDev[f][k] - mean[k];
                v += foldWeight[f] * d * d;
            }
            sd[k] = Math.sqrt(v / totalWeight / (folds - 1));
        }
        int iMin = argMin(mean, m);
        if (!wholePath) {
            // the path on all cases up to lambda.min: the same numbers as the whole path's first entries; if glmnet's
            // rule ends the path before lambda.min, that shorter path is the whole path and the choice is made on it
            full = problem.path(Arrays.copyOf(grid, iMin + 1), earlyStop);
            m = full.size();
            iMin = argMin(mean, m);
            mean = Arrays.copyOf(mean, m);
            sd = Arrays.copyOf(sd, m);
        }
        // lambda decreases along the path: the first index within one SE is the largest such lambda
        int i1se = iMin;
        for (int k = 0; k <= iMin; k++) {
            if (mean[k] <= mean[iMin] + sd[iMin]) {
                i1se = k;
                break;
            }
        }
        return new CrossValidatedElasticNet(full, mean, sd, iMin, i1se);
    }

    /**
     * Cross-validates a Cox elastic-net path by the held-out C-index (weighted by fold size).
     *
     * @param foldOf fold index (0..K-1) of each case
     */
    public static CrossValidatedElasticNet cox(double[][] x, double[] time, boolean[] event, int[] foldOf,
            ElasticNetOptions options) {
        ElasticNetPath full = ElasticNetCox.fit(x, time, event, options);
        int folds = Arrays.stream(foldOf).max().orElse(-1) + 1;
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        int m = full.size();
        double[][] foldC = new double[folds][m];
        double[] weight = new double[folds];
        for (int f = 0; f < folds; f++) {
            int nTest = 0;
            for (int fo : foldOf) {
                nTest += fo == f ? 1 : 0;
            }
            double[][] xTrain = new double[x.length - nTest][];
            double[] tTrain = new double[x.length - nTest];
            boolean[] eTrain = new boolean[x.length - nTest];
            double[][] xTest = new double[nTest][];
            double[] tTest = new double[nTest];
            boolean[] eTest = new boolean[nTest];
            for (int i = 0, a = 0, b = 0; i < x.length; i++) {
                if (foldOf[i] == f) {
                    xTest[b] = x[i];
                    tTest[b] = time[i];
                    eTest[b++] = event[i];
                } else {
                    xTrain[a] = x[i];
                    tTrain[a] = time[i];
                    eTrain[a++] = event[i];
                }
            }
            ElasticNetPath fit = ElasticNetCox.fit(xTrain, tTrain, eTrain, options);
            for (int k = 0; k < m; k++) {
                double[] coef = fit.coefficientsAt(full.lambda()[k]);
                double[] risk = new double[nTest];
                for (int i = 0; i < nTest; i++) {
                    for (int j = 0; j < xTest[i].length; j++) {
                        risk[i] += coef[j + 1] * xTest[i][j];
                    }
                }
                double c;
                try {
                    c = org.radwb.modeling.survival.ConcordanceIndex.of(tTest, eTest, risk).cIndex();
                } catch (IllegalArgumentException noPairs) {
                    c = Double.NaN; // a fold without comparable pairs carries no information
                }
                foldC[f][k] = c;
            }
            weight[f] = nTest;
        }
        double[] mean = new double[m];
        double[] sd = new double[m];
        for (int k = 0; k < m; k++) {
            double sw = 0;
            double s = 0;
            int used = 0;
            for (int f = 0; f < folds; f++) {
                if (!Double.isNaN(foldC[f][k])) {
                    s += weight[f] * foldC[f][k];
                    sw += weight[f];
                    used++;
                }
            }
            mean[k] = s / sw;
            double v = 0;
            for (int f = 0; f < folds; f++) {
                if (!Double.isNaN(foldC[f][k])) {
                    v += weight[f] * (foldC[f][k] - mean[k]) * (foldC[f][k] - mean[k]);
                }
            }
            sd[k] = used > 1 ? Math.sqrt(v / sw / (used - 1)) : 0;
        }
        int best = 0;
        for (int k = 1; k < m; k++) {
            // at lambda_max all risks tie (C = 0.5): prefer a real model on equal C
            if (mean[k] > mean[best]) {
                best = k;
            }
        }
        int oneSe = best;
        for (int k = 0; k <= best; k++) {
            if (mean[k] >= mean[best] - sd[best] && full.nonZero(k) > 0) {
                oneSe = k;
                break;
            }
        }
        return new CrossValidatedElasticNet(full, mean, sd, best, oneSe);
    }

    private static int argMin(double[] values, int m) {
        int best = 0;
        for (int k = 1; k < m; k++) {
            if (values[k] < values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The chosen path index for a rule. */
    public int index(Rule rule) {
        return rule == Rule.MIN ? indexMin : index1se;
    }

    /** The chosen lambda for a rule. */
    public double lambda(Rule rule) {
        return path.lambda()[index(rule)];
    }
}
