package org.radwb.modeling.validation;

/**
 * One performance figure with its confidence interval.
 *
 * @param name metric name, e.g. {@code auc}
 * @param value the estimate
 * @param lower lower 95 % limit (NaN if none)
 * @param upper upper 95 % limit (NaN if none)
 * @param method how the value and interval were obtained, e.g. "DeLong", "patient bootstrap (1000)"
 */
public record Metric(String name, double value, double lower, double upper, String method) {

    /** A metric without an interval. */
    public static Metric point(String name, double value, String method) {
        return new Metric(name, value, Double.NaN, Double.NaN, method);
    }
}
