package org.radwb.checklist.agreement;

/**
 * Fleiss' kappa for a fixed number of raters per subject (Fleiss 1971, Psychol Bull 76:378).
 * Plain Java, no Eclipse imports.
 *
 * @since 0.1
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * @param counts one row per subject, one column per category: how many raters chose that category;
     *               every row must sum to the same number of raters n &ge; 2
     * @return kappa, or NaN when expected agreement is 1 (every rating in one category)
     */
    public static double of(int[][] counts) {
        int subjects = counts.length;
        if (subjects == 0) {
            throw new IllegalArgumentException("no subjects");
        }
        int categories = counts[0].length;
        int raters = -1;
        double[] categoryTotals = new double[categories];
        double sumPi = 0;
        for (int i = 0; i < subjects; i++) {
            if (counts[i].length != categories) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has " + counts[i].length
                        + " category counts; expected " + categories);
            }
            int n = 0;
            double sq = 0;
            for (int j = 0; j < categories; j++) {
                n += counts[i][j];
                sq += (double) counts[i][j] * counts[i][j];
                categoryTotals[j] += counts[i][j];
            }
            if (raters < 0) {
                raters = n;
            }
            if (n != raters || n < 2) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has " + n
                        + " ratings; Fleiss' kappa needs the same number (at least 2) for every subject, here " + raters);
            }
            sumPi += (sq - n) / ((double) n * (n - 1));
        }
        double pBar = sumPi / subjects;
        double pe = 0;
        for (double t : categoryTotals) {
            double pj = t / ((double) subjects * raters);
            pe += pj * pj;
        }
        if (pe == 1.0) {
            return Double.NaN;
        }
        return (pBar - pe) / (1.0 - pe);
    }
}
