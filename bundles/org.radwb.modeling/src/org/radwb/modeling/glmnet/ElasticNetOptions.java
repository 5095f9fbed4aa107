package org.radwb.modeling.glmnet;

/**
 * Options of an elastic-net path fit, with glmnet's defaults.
 *
 * @param alpha mixing: 1 = lasso, 0 = ridge
 * @param lambdaCount number of lambda values on the path (glmnet {@code nlambda}, default 100)
 * @param lambdaMinRatio smallest lambda as a fraction of the largest; NaN = glmnet's default
 *        (1e-4 if n > p, else 1e-2)
 * @param lambda explicit lambda sequence (decreasing) or null to compute the path; with an explicit
 *        sequence the path is never cut short
 * @param standardize scale columns to unit variance before penalizing (coefficients are reported on the
 *        original scale)
 * @param threshold convergence threshold on the weighted squared coefficient change (glmnet {@code thresh})
 * @param maxPasses maximum total coordinate-descent passes (glmnet {@code maxit})
 */
public record ElasticNetOptions(double alpha, int lambdaCount, double lambdaMinRatio, double[] lambda,
        boolean standardize, double threshold, int maxPasses) {

    /** glmnet's defaults: lasso, 100 lambdas, standardized, thresh 1e-7. */
    public static ElasticNetOptions defaults() {
        return new ElasticNetOptions(1, 100, Double.NaN, null, true, 1e-7, 100_000);
    }

    /** Validates the options. */
    public ElasticNetOptions {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must lie in [0, 1], got " + alpha);
        }
        if (lambda == null && lambdaCount < 1) {
            throw new IllegalArgumentException("lambda count must be at least 1, got " + lambdaCount);
        }
        if (lambda != null) {
            for (int i = 0; i < lambda.length; i++) {
                if (!(lambda[i] >= 0) || (i > 0 && lambda[i] > lambda[i - 1])) {
                    throw new IllegalArgumentException("lambda sequence must be non-negative and decreasing (index " + i + ")");
                }
            }
        }
    }

    /** A copy with another alpha. */
    public ElasticNetOptions withAlpha(double a) {
        return new ElasticNetOptions(a, lambdaCount, lambdaMinRatio, lambda, standardize, threshold, maxPasses);
    }

    /** A copy with an explicit lambda sequence. */
    public ElasticNetOptions withLambda(double[] l) {
        return new ElasticNetOptions(alpha, lambdaCount, lambdaMinRatio, l, standardize, threshold, maxPasses);
    }

    /** A copy with another number of lambdas. */
    public ElasticNetOptions withLambdaCount(int count) {
        return new ElasticNetOptions(alpha, count, lambdaMinRatio, lambda, standardize, threshold, maxPasses);
    }

    /** A copy with another convergence threshold. */
    public ElasticNetOptions withThreshold(double t) {
        return new ElasticNetOptions(alpha, lambdaCount, lambdaMinRatio, lambda, standardize, t, maxPasses);
    }

    double[] path(double lambdaMax, int n, int p) {
        if (lambda != null) {
            return lambda.clone();
        }
        double ratio = Double.isNaN(lambdaMinRatio) ? (n > p ? 1e-4 : 1e-2) : lambdaMinRatio;
        double[] l = new double[lambdaCount];
        for (int k = 0; k < lambdaCount; k++) {
            l[k] = lambdaCount == 1 ? lambdaMax
                    : lambdaMax * Math.exp(Math.log(ratio) * k / (lambdaCount - 1));
        }
        return l;
    }
}
