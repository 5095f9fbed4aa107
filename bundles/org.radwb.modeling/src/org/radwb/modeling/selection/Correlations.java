package org.radwb.modeling.selection;

/** Pearson correlation and one-way ANOVA F statistic on columns of a case x feature matrix. */
public final class Correlations {

    private Correlations() {
    }

    /** Pearson correlation of columns a and b (0 if either is constant). */
    public static double pearson(double[][] x, int a, int b) {
        int n = x.length;
        double ma = 0;
        double mb = 0;
        for (double[] row : x) {
            ma += row[a];
            mb += row[b];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] row : x) {
            double da = row[a] - ma;
            double db = row[b] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /** One-way ANOVA F statistic of column j between the outcome classes 0 and 1 (0 if undefined). */
    public static double fStatistic(double[][] x, double[] y, int j) {
        double[] sum = new double[2];
        int[] count = new int[2];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            int c = (int) y[i];
            sum[c] += x[i][j];
            count[c]++;
            total += x[i][j];
        }
        if (count[0] == 0 || count[1] == 0) {
            return 0;
        }
        double grand = total / x.length;
        double m0 = sum[0] / count[0];
        double m1 = sum[1] / count[1];
        double between = count[0] * (m0 - grand) * (m0 - grand) + count[1] * (m1 - grand) * (m1 - grand);
        double within = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i][j] - (y[i] == 1 ? m1 : m0);
            within += d * d;
        }
        double dfWithin = x.length - 2;
        return within == 0 ? 0 : between / (within / dfWithin);
    }
}
