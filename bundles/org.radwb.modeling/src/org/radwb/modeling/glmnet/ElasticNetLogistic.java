package org.radwb.modeling.glmnet;

import java.util.Arrays;

/**
 * L1 / elastic-net penalized logistic regression by coordinate descent on the IRLS quadratic approximation,
 * reproducing glmnet's {@code family = "binomial"}: objective
 * {@code -(1/n) loglik + lambda (alpha |b|_1 + (1-alpha)/2 |b|^2)} on standardized features, the same lambda
 * path ({@code lambda_max = max_j |x_j'(y - ybar)| / (n alpha)}, log-spaced down to {@code lambdaMinRatio}),
 * warm starts, sequential strong rules with a KKT check, and glmnet's early end of a computed path (deviance
 * ratio above 0.999 or gaining less than 1e-5, from the fifth lambda on).
 */
public final class ElasticNetLogistic {

    /** anchors kept by the gradient screen */
    private static final int SCREEN_ANCHORS = 8;
    /** fraction of open gradients above which the KKT check computes them all and adds an anchor */
    private static final double SCREEN_REFRESH = 0.25;

    private ElasticNetLogistic() {
    }

    /**
     * Fits the path.
     *
     * @param x features, rows = cases (finite values)
     * @param y 0/1 outcome
     */
    public static ElasticNetPath fit(double[][] x, double[] y, ElasticNetOptions options) {
        Problem problem = Problem.of(x, y, options);
        return problem.path(problem.grid(), options.lambda() == null);
    }

    /**
     * A prepared fit: the checked data, its distinct cases, standardization, null model and lambda grid, from which
     * a path (or its first part, with the same numbers) is computed.
     */
    static final class Problem {
        final int n;
        final int p;
        final int m;
        final double[] yu;
        final double[] wu;
        final Standardization st;
        final double[][] cols;
        final double alpha;
        final double b0Null;
        final double[] nullGrad;
        final double lambdaMax;
        final double nullDev;
        final double ybar;
        final ElasticNetOptions options;

        private Problem(int n, int p, int m, double[] yu, double[] wu, Standardization st, double[][] cols, double alpha,
                double b0Null, double[] nullGrad, double lambdaMax, double nullDev, double ybar, ElasticNetOptions options) {
            this.n = n;
            this.p = p;
            this.m = m;
            this.yu = yu;
            this.wu = wu;
            this.st = st;
            this.cols = cols;
            this.alpha = alpha;
            this.b0Null = b0Null;
            this.nullGrad = nullGrad;
            this.lambdaMax = lambdaMax;
            this.nullDev = nullDev;
            this.ybar = ybar;
            this.options = options;
        }

        /** Checks and prepares the data (see {@link ElasticNetLogistic#fit}). */
        static Problem of(double[][] x, double[] y, ElasticNetOptions options) {
            int n = x.length;
            if (n != y.length) {
                throw new IllegalArgumentException("x has " + n + " rows but y has " + y.length + " values");
            }
            if (n < 2) {
                throw new IllegalArgumentException("logistic regression needs at least 2 cases, got " + n);
            }
            int p = x[0].length;
            double ybar = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] != 0 && y[i] != 1) {
                    throw new IllegalArgumentException("outcome at row " + i + " is " + y[i] + ", expected 0 or 1");
                }
                if (x[i].length != p) {
                    throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + p);
                }
                ybar += y[i];
            }
            ybar /= n;
            if (ybar == 0 || ybar == 1) {
                throw new IllegalArgumentException("outcome has only one class (" + (int) ybar + "); logistic regression needs both");
            }
            // a bootstrap resample repeats rows: each distinct case (same row array, same outcome) is fitted once with
            // its count as weight, which is the same objective as the repeated rows with fewer operations per pass
            UniqueCases cases = UniqueCases.of(x, y);
            double[][] xu = cases.x;
            double[] yu = cases.y;
            double[] wu = cases.weight;
            int m = xu.length;
            Standardization st = Standardization.of(xu, wu, options.standardize());
            requireFinite(x, st);
            double[][] cols = st.columns(xu);
            double alpha = options.alpha();
            double b0Null = Math.log(ybar / (1 - ybar));
            double[] grad = new double[p];
            double lambdaMax = 0;
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += wu[i] * cols[j][i] * (yu[i] - ybar);
                }
                grad[j] = s / n;
                lambdaMax = Math.max(lambdaMax, Math.abs(grad[j]));
            }
            lambdaMax /= Math.max(alpha, 1e-3);

            double nullDev = 0;
            for (int i = 0; i < n; i++) {
                nullDev -= 2 * (y[i] * Math.log(ybar) + (1 - y[i]) * Math.log(1 - ybar));
            }
            return new Problem(n, p, m, yu, wu, st, cols, alpha, b0Null, grad, lambdaMax, nullDev, ybar, options);
        }

        /** The lambda sequence: the explicit one of the options, else glmnet's grid from lambda_max. */
        double[] grid() {
            return options.path(lambdaMax, n, p);
        }

        /**
         * The path over {@code lambdas} (a prefix of {@link #grid()} gives the first entries of the whole path, number
         * for number); {@code earlyStop} applies glmnet's end of a computed path.
         */
        ElasticNetPath path(double[] lambdas, boolean earlyStop) {
            double[] grad = nullGrad.clone();
            CoordinateDescent cd = new CoordinateDescent(cols, m, true);
            cd.intercept = b0Null;
            double[] eta = new double[m];
            Arrays.fill(eta, b0Null);
            double[] prob = new double[m];
            boolean[] strong = new boolean[p];
            boolean[] ever = new boolean[p];
            int[] passes = {0};
            int kept = 0;
            double[] outB0 = new double[lambdas.length];
            double[][] outBeta = new double[lambdas.length][];
            double[] outDev = new double[lambdas.length];
            double prevLambda = lambdaMax;
            // safe screening: bound[j] >= |gradient_j| at the last check, from the residuals whose gradients are known
            // exactly (GradientScreen), so the KKT check computes only the gradients that could exceed lambda * alpha
            double[] bound = new double[p];
            for (int j = 0; j < p; j++) {
                bound[j] = Math.abs(grad[j]);
            }
            double[] weightedResidual = new double[m];
            for (int i = 0; i < m; i++) {
                weightedResidual[i] = wu[i] * (yu[i] - ybar);
            }
            GradientScreen screen = new GradientScreen(cols, m, n, SCREEN_ANCHORS);
            screen.addAnchor(weightedResidual, grad);
            // the weights themselves: standardized columns have weighted mean 0, so their gradients are (nearly) 0
            double[] constantGrad = new double[p];
            for (int j = 0; j < p; j++) {
                constantGrad[j] = VectorOps.dot(cols[j], wu, m) / n;
            }
            screen.addAnchor(wu, constantGrad);
            int[] needed = new int[p];
            int[] candidates = new int[p];
            // the coefficients ever non-zero, in ascending order (the only ones that can be non-zero at a lambda)
            int[] everList = new int[p];
            int everCount = 0;
            for (int k = 0; k < lambdas.length; k++) {
                double lam = lambdas[k];
                for (int j = 0; j < p; j++) {
                    strong[j] = ever[j] || bound[j] >= alpha * (2 * lam - prevLambda);
                }
                while (true) {
                    irls(cd, yu, wu, n, eta, prob, strong, lam, alpha, options, passes);
                    for (int i = 0; i < m; i++) {
                        weightedResidual[i] = wu[i] * (yu[i] - prob[i]);
                    }
                    // exact gradients are needed only where the bound could cross the KKT level or next step's strong rule
                    double next = k + 1 < lambdas.length ? lambdas[k + 1] : lam;
                    double skipBelow = alpha * Math.min(lam, 2 * next - lam);
                    screen.project(weightedResidual);
                    int need = 0;
                    int open = 0;
                    for (int j = 0; j < p; j++) {
                        // active coefficients stay in the strong set for good: their bound (and their entry in later
                        // anchors) is never used again
                        if (cd.beta[j] != 0 && !ever[j]) {
                            ever[j] = true;
                            everCount = insertSorted(everList, everCount, j);
                        }
                        if (ever[j]) {
                            continue;
                        }
                        candidates[open++] = j;
                        double b = screen.bound(j);
                        bound[j] = b;
                        if (b > skipBelow) {
                            needed[need++] = j;
                        }
                    }
                    // when the screen leaves many open, compute them all and keep this residual as a new anchor
                    boolean anchor = need > SCREEN_REFRESH * open;
                    int[] todo = anchor ? candidates : needed;
                    int count = anchor ? open : need;
                    boolean violated = false;
                    for (int t = 0; t < count; t++) {
                        int j = todo[t];
                        grad[j] = VectorOps.dot(cols[j], weightedResidual, m) / n;
                        bound[j] = Math.abs(grad[j]);
                        if (!strong[j] && st.scale[j] != 0 && Math.abs(grad[j]) > lam * alpha * (1 + 1e-9)) {
                            strong[j] = true;
                            violated = true;
                        }
                    }
                    if (anchor) {
                        screen.addAnchor(weightedResidual, grad);
                    }
                    if (!violated) {
                        break;
                    }
                }
                // (every non-zero coefficient was marked in the last check, which follows the last IRLS step)
                double dev = 0;
                for (int i = 0; i < m; i++) {
                    double pi = prob[i];
                    dev -= 2 * wu[i] * (yu[i] == 1 ? Math.log(Math.max(pi, 1e-300)) : Math.log(Math.max(1 - pi, 1e-300)));
                }
                double ratio = 1 - dev / nullDev;
                double[] b = new double[p];
                double b0 = cd.intercept;
                for (int t = 0; t < everCount; t++) {
                    int j = everList[t];
                    if (st.scale[j] != 0 && cd.beta[j] != 0) {
                        b[j] = cd.beta[j] / st.scale[j];
                        b0 -= b[j] * st.mean[j];
                    }
                }
                outB0[k] = b0;
                outBeta[k] = b;
                outDev[k] = ratio;
                kept = k + 1;
                prevLambda = lam;
                // glmnet's lognet rule: stop once the deviance ratio exceeds 0.999 or gains less than 1e-5
                if (earlyStop && k >= 4 && (ratio > 0.999 || ratio - outDev[k - 1] < 1e-5)) {
                    break;
                }
            }
            return new ElasticNetPath(Arrays.copyOf(lambdas, kept), Arrays.copyOf(outB0, kept),
                    Arrays.copyOf(outBeta, kept), Arrays.copyOf(outDev, kept), nullDev);
        }
    }

    /**
     * Refuses missing values. The standardization sums every value, so a non-finite value shows as a non-finite
     * column mean or scale; only then are the rows searched for it, to name it.
     */
    private static void requireFinite(double[][] x, Standardization st) {
        for (int j = 0; j < st.mean.length; j++) {
            if (!Double.isFinite(st.mean[j]) || !Double.isFinite(st.scale[j])) {
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isFinite(x[i][j])) {
                        throw new IllegalArgumentException("feature " + j + " of row " + i + " is " + x[i][j]
                                + "; impute or remove missing values before fitting");
                    }
                }
                throw new IllegalArgumentException("feature " + j + " overflows (its sum or variance is not finite); "
                        + "rescale it before fitting");
            }
        }
    }

    /** Inserts j into the ascending list[0..count) and returns the new count. */
    private static int insertSorted(int[] list, int count, int j) {
        int at = count;
        while (at > 0 && list[at - 1] > j) {
            list[at] = list[at - 1];
            at--;
        }
        list[at] = j;
        return count + 1;
    }

    /** IRLS on the distinct cases {@code y} with case weights {@code count}; {@code total} = sum of the counts. */
    private static void irls(CoordinateDescent cd, double[] y, double[] count, int total, double[] eta,
            double[] prob, boolean[] strong, double lam, double alpha, ElasticNetOptions options, int[] passes) {
        int n = y.length;
        // only the strong set's coefficients can move: their indices, and their values before each step
        int[] set = new int[strong.length];
        int size = 0;
        for (int j = 0; j < strong.length; j++) {
            if (strong[j]) {
                set[size++] = j;
            }
        }
        double[] before = new double[size];
        for (int iter = 0; iter < 100; iter++) {
            for (int t = 0; t < size; t++) {
                before[t] = cd.beta[set[t]];
            }
            double b0Before = cd.intercept;
            for (int i = 0; i < n; i++) {
                double pi = 1 / (1 + Math.exp(-eta[i]));
                prob[i] = pi;
                double w = Math.max(pi * (1 - pi), 1e-5);
                cd.v[i] = count[i] * w / total;
                cd.residual[i] = (y[i] - pi) / w;
            }
            cd.weightsChanged();
            // no confirming pass over the strong set at the end of a step: the next step starts with one, under the
            // new weights; the loop ends when that first pass already leaves every coefficient in place
            boolean confirmed = cd.solve(strong, lam, alpha, options.threshold(), options.maxPasses(), passes, false);
            double change = 0;
            double sw = 0;
            for (int i = 0; i < n; i++) {
                sw += cd.v[i];
            }
            change = Math.max(change, sw * (cd.intercept - b0Before) * (cd.intercept - b0Before));
            for (int t = 0; t < size; t++) {
                int j = set[t];
                double d = cd.beta[j] - before[t];
                if (d != 0) {
                    change = Math.max(change, cd.cachedSquares(j) * d * d);
                }
            }
            // new linear predictor: the solver kept v (z - eta') up to date with z = eta + residual, so
            // eta' = eta + residual - wr / v (v > 0: w >= 1e-5 and every distinct case counts at least once)
            double[] wr = cd.weightedResidual();
            for (int i = 0; i < n; i++) {
                eta[i] += cd.residual[i] - wr[i] / cd.v[i];
            }
            if (confirmed && change < options.threshold()) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            prob[i] = 1 / (1 + Math.exp(-eta[i]));
        }
    }
}
