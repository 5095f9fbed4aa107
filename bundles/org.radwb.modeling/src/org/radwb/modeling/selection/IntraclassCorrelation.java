package org.radwb.modeling.selection;

/**
 * Single-measure intraclass correlation coefficients from the two-way ANOVA of a subjects x raters table
 * (Shrout and Fleiss 1979; McGraw and Wong 1996), as psych's {@code ICC}: ICC(3,1) "consistency" (raters fixed)
 * and ICC(2,1) "absolute agreement" (raters random). Used to keep features that are robust across repeated
 * segmentations or test-retest scans.
 */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {
    }

    /** Mean squares of the two-way ANOVA without replication. */
    private record MeanSquares(double rows, double columns, double error, int n, int k) {
    }

    private static MeanSquares anova(double[][] ratings) {
        int n = ratings.length;
        if (n < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 subjects, got " + n);
        }
        int k = ratings[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 ratings per subject, got " + k);
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i].length != k) {
                throw new IllegalArgumentException("subject " + i + " has " + ratings[i].length + " ratings, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                double v = ratings[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("rating " + j + " of subject " + i + " is " + v + ", expected a number");
                }
                grand += v;
                rowMean[i] += v / k;
                colMean[j] += v / n;
            }
        }
        grand /= n * k;
        double ssr = 0;
        double ssc = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            ssr += k * (rowMean[i] - grand) * (rowMean[i] - grand);
            for (int j = 0; j < k; j++) {
                sst += (ratings[i][j] - grand) * (ratings[i][j] - grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssc += n * (colMean[j] - grand) * (colMean[j] - grand);
        }
        double sse = sst - ssr - ssc;
        return new MeanSquares(ssr / (n - 1), ssc / (k - 1), sse / ((n - 1.0) * (k - 1)), n, k);
    }

    /** ICC(3,1): two-way mixed effects, consistency, single measurement. */
    public static double icc31(double[][] ratings) {
        MeanSquares ms = anova(ratings);
        return (ms.rows - ms.error) / (ms.rows + (ms.k - 1) * ms.error);
    }

    /** ICC(2,1): two-way random effects, absolute agreement, single measurement. */
    public static double icc21(double[][] ratings) {
        MeanSquares ms = anova(ratings);
        return (ms.rows - ms.error) / (ms.rows + (ms.k - 1) * ms.error + ms.k * (ms.columns - ms.error) / ms.n);
    }
}
