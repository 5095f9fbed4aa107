package org.radwb.modeling.glmnet;

import java.util.Arrays;

/**
 * Cox proportional-hazards regression with an elastic-net penalty, reproducing glmnet's {@code family = "cox"}:
 * objective {@code -(1/n) log partial likelihood + lambda (alpha |b|_1 + (1-alpha)/2 |b|^2)} on standardized
 * features, Breslow's handling of tied event times, no intercept. Coordinate descent on the quadratic
 * approximation with the diagonal of the Hessian (as glmnet), warm starts along the lambda path, strong rules
 * and a KKT check; a computed path ends early by coxnet's rule. With {@code lambda = 0} it gives the unpenalized Breslow maximum partial likelihood estimate.
 */
public final class ElasticNetCox {

    private ElasticNetCox() {
    }

    /**
     * Fits the path.
     *
     * @param x features, rows = cases
     * @param time follow-up times (&gt; 0)
     * @param event true if the event was observed, false if censored
     */
    public static ElasticNetPath fit(double[][] x, double[] time, boolean[] event, ElasticNetOptions options) {
        int n = x.length;
        if (time.length != n || event.length != n) {
            throw new IllegalArgumentException("x has " + n + " rows but time has " + time.length + " and event "
                    + event.length + " values");
        }
        int p = n == 0 ? 0 : x[0].length;
        int events = 0;
        for (int i = 0; i < n; i++) {
            if (!(time[i] > 0) || !Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time at row " + i + " is " + time[i] + ", expected a finite value > 0");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("feature " + j + " of row " + i + " is " + x[i][j]
                            + "; impute or remove missing values before fitting");
                }
            }
            events += event[i] ? 1 : 0;
        }
        if (events == 0) {
            throw new IllegalArgumentException("no events: a Cox model needs at least one observed event");
        }
        Standardization st = Standardization.of(x, options.standardize());
        double[][] cols = st.columns(x);
        RiskSets rs = new RiskSets(time, event);
        double alpha = options.alpha();
        double[] eta = new double[n];
        double[] g = new double[n];
        double[] h = new double[n];
        double nullDev = -2 * rs.derivatives(eta, g, h); // -2 log partial likelihood at beta = 0
        double[] grad = new double[p];
        double lambdaMax = 0;
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += cols[j][i] * g[i];
            }
            grad[j] = s / n;
            lambdaMax = Math.max(lambdaMax, Math.abs(grad[j]));
        }
        lambdaMax /= Math.max(alpha, 1e-3);
        double[] lambdas = options.path(lambdaMax, n, p);
        boolean earlyStop = options.lambda() == null;
        CoordinateDescent cd = new CoordinateDescent(cols, n, false);
        boolean[] strong = new boolean[p];
        boolean[] ever = new boolean[p];
        int[] passes = {0};
        double[][] outBeta = new double[lambdas.length][];
        double[] outDev = new double[lambdas.length];
        int kept = 0;
        double prevLambda = lambdaMax;
        for (int k = 0; k < lambdas.length; k++) {
            double lam = lambdas[k];
            for (int j = 0; j < p; j++) {
                strong[j] = ever[j] || Math.abs(grad[j]) >= alpha * (2 * lam - prevLambda);
            }
            double loglik;
            while (true) {
                loglik = newton(cd, cols, rs, eta, g, h, strong, lam, alpha, options, passes);
                boolean violated = false;
                for (int j = 0; j < p; j++) {
                    double s = 0;
                    double[] c = cols[j];
                    for (int i = 0; i < n; i++) {
                        s += c[i] * g[i];
                    }
                    grad[j] = s / n;
                    if (!strong[j] && st.scale[j] != 0 && Math.abs(grad[j]) > lam * alpha * (1 + 1e-9)) {
                        strong[j] = true;
                        violated = true;
                    }
                }
                if (!violated) {
                    break;
                }
            }
            for (int j = 0; j < p; j++) {
                ever[j] |= cd.beta[j] != 0;
            }
            double[] b = new double[p];
            for (int j = 0; j < p; j++) {
                if (st.scale[j] != 0) {
                    b[j] = cd.beta[j] / st.scale[j];
                }
            }
            outBeta[k] = b;
            double ratio = 1 - (-2 * loglik) / nullDev;
            outDev[k] = ratio;
            kept = k + 1;
            prevLambda = lam;
            // glmnet's coxnet rule: stop once the ratio exceeds 0.99 or gained less than 0.1 % over the last 4 lambdas
            if (earlyStop && k >= 4 && (ratio > 0.99 || (ratio - outDev[k - 4]) / ratio < 1e-3)) {
                break;
            }
        }
        return new ElasticNetPath(Arrays.copyOf(lambdas, kept), new double[kept], Arrays.copyOf(outBeta, kept),
                Arrays.copyOf(outDev, kept), nullDev);
    }

    /** Newton iterations with coordinate descent on the diagonal quadratic approximation; returns log-likelihood. */
    private static double newton(CoordinateDescent cd, double[][] cols, RiskSets rs, double[] eta, double[] g,
            double[] h, boolean[] strong, double lam, double alpha, ElasticNetOptions options, int[] passes) {
        int n = eta.length;
        double[] before = new double[cd.beta.length];
        double loglik = rs.derivatives(eta, g, h);
        for (int iter = 0; iter < 100; iter++) {
            System.arraycopy(cd.beta, 0, before, 0, before.length);
            for (int i = 0; i < n; i++) {
                double w = h[i];
                if (w > 1e-12) {
                    cd.v[i] = w / n;
                    cd.residual[i] = g[i] / w;
                } else {
                    cd.v[i] = 0;
                    cd.residual[i] = 0;
                }
            }
            cd.weightsChanged();
            cd.solve(strong, lam, alpha, options.threshold(), options.maxPasses(), passes);
            double change = 0;
            for (int j = 0; j < before.length; j++) {
                double d = cd.beta[j] - before[j];
                if (d != 0) {
                    change = Math.max(change, cd.cachedSquares(j) * d * d);
                }
            }
            Arrays.fill(eta, 0);
            for (int j = 0; j < cd.beta.length; j++) {
                double b = cd.beta[j];
                if (b != 0) {
                    double[] c = cols[j];
                    for (int i = 0; i < n; i++) {
                        eta[i] += b * c[i];
                    }
                }
            }
            loglik = rs.derivatives(eta, g, h);
            if (change < options.threshold()) {
                break;
            }
        }
        return loglik;
    }
}
