package org.radwb.checklist;

import java.util.Arrays;

/**
 * Descriptive statistics of a set of values (totals, percentages or domain scores across studies).
 *
 * @param n      number of values
 * @param mean   arithmetic mean
 * @param median median (mean of the two middle values for even n)
 * @param min    smallest value
 * @param max    largest value
 * @since 0.1
 */
public record Summary(int n, double mean, double median, double min, double max) {

    /**
     * @param values values (NaN values are ignored)
     * @return their summary; all NaN when there is no value
     */
    public static Summary of(double... values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Summary(v.length, Arrays.stream(v).average().orElseThrow(), median, v[0], v[v.length - 1]);
    }
}
