package org.radwb.checklist.agreement;

/**
 * Cohen's kappa for two raters, unweighted or weighted for ordered categories (Cohen 1960, 1968).
 * Categories are coded 0..k-1; for weighted kappa the code is the category's rank on the ordinal scale,
 * and the disagreement weight of codes i and j is |i-j|^exponent (1 = linear, 2 = quadratic), so the
 * result equals the agreement-weight formulation used by R {@code psych::cohen.kappa}.
 * Plain Java, no Eclipse imports.
 *
 * @since 0.1
 */
public final class CohenKappa {

    /** Linear disagreement weights |i-j|. */
    public static final double LINEAR = 1.0;
    /** Quadratic disagreement weights (i-j)^2, the default of psych::cohen.kappa. */
    public static final double QUADRATIC = 2.0;

    private CohenKappa() {
    }

    /**
     * Unweighted kappa.
     *
     * @param a first rater's category codes (0..k-1), one per subject
     * @param b second rater's category codes, same length as {@code a}
     * @param k number of categories
     * @return kappa, or NaN when chance agreement is 1 (both raters used one and the same category only)
     */
    public static double unweighted(int[] a, int[] b, int k) {
        return weighted(a, b, k, 0.0);
    }

    /**
     * Weighted kappa with disagreement weights |i-j|^exponent; exponent 0 gives the unweighted kappa.
     *
     * @param a first rater's codes
     * @param b second rater's codes
     * @param k number of ordered categories
     * @param exponent 0 (unweighted), {@link #LINEAR} or {@link #QUADRATIC}
     * @return weighted kappa, or NaN when it is undefined (no expected disagreement)
     */
    public static double weighted(int[] a, int[] b, int k, double exponent) {
        double[][] p = proportions(a, b, k);
        double[] rowSum = new double[k];
        double[] colSum = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowSum[i] += p[i][j];
                colSum[j] += p[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                // exponent 0 means "any disagreement weighs 1", not |i-j|^0 == 1 on the diagonal
                double w = i == j ? 0.0 : (exponent == 0.0 ? 1.0 : Math.pow(Math.abs(i - j), exponent));
                observed += w * p[i][j];
                expected += w * rowSum[i] * colSum[j];
            }
        }
        if (expected == 0.0) {
            return Double.NaN;
        }
        return 1.0 - observed / expected;
    }

    private static double[][] proportions(int[] a, int[] b, int k) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the two raters rated " + a.length + " and " + b.length
                    + " subjects; expected the same subjects");
        }
        if (a.length == 0) {
            throw new IllegalArgumentException("no subjects rated by both raters");
        }
        double[][] p = new double[k][k];
        for (int s = 0; s < a.length; s++) {
            check(a[s], k, s);
            check(b[s], k, s);
            p[a[s]][b[s]] += 1.0 / a.length;
        }
        return p;
    }

    private static void check(int code, int k, int subject) {
        if (code < 0 || code >= k) {
            throw new IllegalArgumentException("subject " + (subject + 1) + ": category code " + code
                    + " outside 0.." + (k - 1));
        }
    }
}
