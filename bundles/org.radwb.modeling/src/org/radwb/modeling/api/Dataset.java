package org.radwb.modeling.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A modelling table: one row per lesion with the patient it belongs to, the predictors (radiomic features and
 * clinical variables, NaN = missing) and the outcome, either binary or time-to-event. Immutable; subsets copy
 * row references only.
 */
public final class Dataset {

    private final String[] ids;
    private final String[] groups;
    private final String[] featureNames;
    private final double[][] x;
    private final Task task;
    private final double[] outcome;
    private final double[] time;
    private final boolean[] event;

    private Dataset(String[] ids, String[] groups, String[] featureNames, double[][] x, Task task, double[] outcome,
            double[] time, boolean[] event) {
        this.ids = ids;
        this.groups = groups;
        this.featureNames = featureNames;
        this.x = x;
        this.task = task;
        this.outcome = outcome;
        this.time = time;
        this.event = event;
    }

    /**
     * A binary-outcome data set.
     *
     * @param ids row identifiers (lesion ids)
     * @param groups patient id per row; rows of one patient stay together in every split
     */
    public static Dataset binary(String[] ids, String[] groups, String[] featureNames, double[][] x, double[] outcome) {
        check(ids, groups, featureNames, x, outcome.length);
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != 0 && outcome[i] != 1) {
                throw new IllegalArgumentException("outcome of row " + ids[i] + " is " + outcome[i] + ", expected 0 or 1");
            }
        }
        return new Dataset(ids, groups, featureNames, x, Task.BINARY, outcome, null, null);
    }

    /** A time-to-event data set ({@code event[i]} false = censored). */
    public static Dataset survival(String[] ids, String[] groups, String[] featureNames, double[][] x, double[] time,
            boolean[] event) {
        check(ids, groups, featureNames, x, time.length);
        if (event.length != time.length) {
            throw new IllegalArgumentException("time has " + time.length + " values but event has " + event.length);
        }
        for (int i = 0; i < time.length; i++) {
            if (!(time[i] > 0) || !Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time of row " + ids[i] + " is " + time[i] + ", expected a finite value > 0");
            }
        }
        return new Dataset(ids, groups, featureNames, x, Task.SURVIVAL, null, time, event);
    }

    private static void check(String[] ids, String[] groups, String[] names, double[][] x, int n) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(groups, "groups");
        if (ids.length != n || groups.length != n || x.length != n) {
            throw new IllegalArgumentException("row counts differ: ids " + ids.length + ", groups " + groups.length
                    + ", x " + x.length + ", outcome " + n);
        }
        for (int i = 0; i < n; i++) {
            if (x[i].length != names.length) {
                throw new IllegalArgumentException("row " + ids[i] + " has " + x[i].length + " predictors, expected " + names.length);
            }
        }
        if (new LinkedHashSet<>(List.of(names)).size() != names.length) {
            throw new IllegalArgumentException("predictor names are not unique: " + Arrays.toString(names));
        }
    }

    /** Number of rows. */
    public int size() {
        return x.length;
    }

    /** The task. */
    public Task task() {
        return task;
    }

    /** Row identifiers. */
    public String[] ids() {
        return ids;
    }

    /** Patient (group) per row. */
    public String[] groups() {
        return groups;
    }

    /** Predictor names. */
    public String[] featureNames() {
        return featureNames;
    }

    /** Predictor matrix, rows = lesions (do not modify). */
    public double[][] x() {
        return x;
    }

    /** Binary outcome (null for survival). */
    public double[] outcome() {
        return outcome;
    }

    /** Follow-up times (null for binary). */
    public double[] time() {
        return time;
    }

    /** Event flags (null for binary). */
    public boolean[] event() {
        return event;
    }

    /** The stratum of a row for stratified splitting: the outcome, or the event flag. */
    public int stratum(int row) {
        return task == Task.BINARY ? (int) outcome[row] : event[row] ? 1 : 0;
    }

    /** Number of positive outcomes or events. */
    public int events() {
        int e = 0;
        for (int i = 0; i < size(); i++) {
            e += stratum(i);
        }
        return e;
    }

    /** The rows at the given indices (repeats allowed, as in a bootstrap sample). */
    public Dataset rows(int[] rows) {
        String[] i2 = new String[rows.length];
        String[] g2 = new String[rows.length];
        double[][] x2 = new double[rows.length][];
        double[] o2 = outcome == null ? null : new double[rows.length];
        double[] t2 = time == null ? null : new double[rows.length];
        boolean[] e2 = event == null ? null : new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int r = rows[k];
            i2[k] = ids[r];
            g2[k] = groups[r];
            x2[k] = x[r];
            if (o2 != null) {
                o2[k] = outcome[r];
            }
            if (t2 != null) {
                t2[k] = time[r];
                e2[k] = event[r];
            }
        }
        return new Dataset(i2, g2, featureNames, x2, task, o2, t2, e2);
    }

    /** A copy with the predictor matrix replaced (same rows, new columns). */
    public Dataset withPredictors(String[] names, double[][] newX) {
        check(ids, groups, names, newX, size());
        return new Dataset(ids, groups, names, newX, task, outcome, time, event);
    }

    /** The columns at the given indices. */
    public Dataset columns(int[] cols) {
        String[] names = new String[cols.length];
        for (int k = 0; k < cols.length; k++) {
            names[k] = featureNames[cols[k]];
        }
        double[][] x2 = new double[size()][cols.length];
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < cols.length; k++) {
                x2[i][k] = x[i][cols[k]];
            }
        }
        return withPredictors(names, x2);
    }
}
