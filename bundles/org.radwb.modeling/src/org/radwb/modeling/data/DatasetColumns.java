package org.radwb.modeling.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.radwb.modeling.api.Dataset;

/**
 * Which columns of a lesion table are what: the patient (group) column, an optional lesion id column, the outcome
 * (binary) or time and event columns, and the predictors (given explicitly, or every other column).
 *
 * @param group patient id column (required: lesions of a patient stay together)
 * @param id lesion id column, or null to number the rows
 * @param outcome binary outcome column (null for survival)
 * @param time follow-up time column (null for binary)
 * @param event event column, 1 = event, 0 = censored (null for binary)
 * @param predictors predictor columns; empty = all columns not named above and not in {@code exclude}
 * @param exclude columns never used as predictors
 */
public record DatasetColumns(String group, String id, String outcome, String time, String event, List<String> predictors,
        List<String> exclude) {

    /** Reads the data set from a table, with messages naming the file, line and column of every problem. */
    public Dataset load(CsvTable t) {
        if ((outcome == null) == (time == null || event == null)) {
            throw new IllegalArgumentException("give either an outcome column or both a time and an event column");
        }
        Set<String> reserved = new LinkedHashSet<>();
        for (String c : new String[] {group, id, outcome, time, event}) {
            if (c != null) {
                t.columnIndex(c); // throws naming the file and the columns if absent
                reserved.add(c);
            }
        }
        List<String> names = new ArrayList<>();
        if (predictors.isEmpty()) {
            for (String h : t.header()) {
                if (!reserved.contains(h) && !exclude.contains(h)) {
                    names.add(h);
                }
            }
        } else {
            for (String p : predictors) {
                t.columnIndex(p);
                if (reserved.contains(p)) {
                    throw new IllegalArgumentException(t.source() + ": column '" + p + "' cannot be both a predictor and the group/id/outcome");
                }
                names.add(p);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(t.source() + ": no predictor columns left");
        }
        int n = t.size();
        double[][] x = new double[n][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] col = t.numbers(names.get(j));
            for (int i = 0; i < n; i++) {
                x[i][j] = col[i];
            }
        }
        String[] groups = t.strings(group);
        String[] ids = id == null ? null : t.strings(id);
        if (ids == null) {
            ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = "row" + (i + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (groups[i].isBlank()) {
                throw new IllegalArgumentException(t.source() + ": line " + t.line(i) + ", column '" + group + "': empty patient id");
            }
        }
        String[] pn = names.toArray(String[]::new);
        if (outcome != null) {
            double[] y = t.numbers(outcome);
            for (int i = 0; i < n; i++) {
                if (y[i] != 0 && y[i] != 1) {
                    throw new IllegalArgumentException(t.source() + ": line " + t.line(i) + ", column '" + outcome + "': '"
                            + t.get(i, outcome) + "' is not 0 or 1");
                }
            }
            return Dataset.binary(ids, groups, pn, x, y);
        }
        double[] tt = t.numbers(time);
        double[] ev = t.numbers(event);
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!(tt[i] > 0) || !Double.isFinite(tt[i])) {
                throw new IllegalArgumentException(t.source() + ": line " + t.line(i) + ", column '" + time + "': '" + t.get(i, time)
                        + "' is not a positive time");
            }
            if (ev[i] != 0 && ev[i] != 1) {
                throw new IllegalArgumentException(t.source() + ": line " + t.line(i) + ", column '" + event + "': '" + t.get(i, event)
                        + "' is not 0 (censored) or 1 (event)");
            }
            e[i] = ev[i] == 1;
        }
        return Dataset.survival(ids, groups, pn, x, tt, e);
    }
}
