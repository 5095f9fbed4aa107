package org.radwb.modeling.glmnet;

/**
 * A fitted regularization path: for each lambda, the intercept and the coefficients on the original scale of the
 * features, and the fraction of (null) deviance explained.
 *
 * @param lambda the lambda values, decreasing
 * @param intercept intercept per lambda (0 for Cox models)
 * @param beta coefficients per lambda, {@code beta[k][j]}
 * @param devianceRatio fraction of null deviance explained per lambda
 * @param nullDeviance the null deviance
 */
public record ElasticNetPath(double[] lambda, double[] intercept, double[][] beta, double[] devianceRatio,
        double nullDeviance) {

    /** Number of lambdas fitted. */
    public int size() {
        return lambda.length;
    }

    /** The linear predictor {@code intercept + x.beta} at path index k. */
    public double linearPredictor(int k, double[] x) {
        double eta = intercept[k];
        double[] b = beta[k];
        for (int j = 0; j < b.length; j++) {
            if (b[j] != 0) {
                eta += b[j] * x[j];
            }
        }
        return eta;
    }

    /** Number of non-zero coefficients at path index k. */
    public int nonZero(int k) {
        int c = 0;
        for (double b : beta[k]) {
            if (b != 0) {
                c++;
            }
        }
        return c;
    }

    /**
     * Intercept and coefficients at any lambda by linear interpolation between the fitted lambdas, clamped to the
     * fitted range, as glmnet's {@code predict(s = ...)} ({@code lambda.interp}).
     *
     * @return {@code {intercept, beta_1, ..., beta_p}}
     */
    public double[] coefficientsAt(double s) {
        int p = beta[0].length;
        double[] out = new double[p + 1];
        int[] index = new int[p];
        double[] value = new double[p];
        int count = nonZeroCoefficientsAt(s, index, value, out);
        for (int t = 0; t < count; t++) {
            out[index[t] + 1] = value[t];
        }
        return out;
    }

    /**
     * {@link #coefficientsAt} in sparse form, for predicting at many lambdas: the coefficients that are non-zero at
     * either neighbouring fitted lambda go to {@code index}/{@code value} (their count is returned), the intercept to
     * {@code intercept[0]}.
     */
    int nonZeroCoefficientsAt(double s, int[] index, double[] value, double[] interceptOut) {
        int m = lambda.length;
        int left;
        int right;
        double frac;
        if (m == 1 || s >= lambda[0]) {
            left = right = 0;
            frac = 1;
        } else if (s <= lambda[m - 1]) {
            left = right = m - 1;
            frac = 1;
        } else {
            right = 1;
            while (lambda[right] > s) {
                right++;
            }
            left = right - 1;
            frac = (s - lambda[right]) / (lambda[left] - lambda[right]);
        }
        interceptOut[0] = frac * intercept[left] + (1 - frac) * intercept[right];
        double[] a = beta[left];
        double[] b = beta[right];
        int count = 0;
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0 || b[j] != 0) {
                index[count] = j;
                value[count++] = frac * a[j] + (1 - frac) * b[j];
            }
        }
        return count;
    }
}
