package org.radwb.modeling.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.modeling.data.CsvTable;

/**
 * Per-feature ICC from a long table of repeated measurements (one row per lesion and segmentation / scan, one column
 * per feature), the input of the robustness filter {@code icc:<min>}. Every lesion must have every rater exactly once.
 */
public final class IccTable {

    /** Which ICC form. */
    public enum Kind {
        /** ICC(3,1), consistency: raters (segmentations) fixed */
        ICC31,
        /** ICC(2,1), absolute agreement: raters random */
        ICC21
    }

    private IccTable() {
    }

    /**
     * Computes the ICC of each feature.
     *
     * @param features feature columns; empty = every column except the subject and rater columns
     * @return feature -> ICC, in column order
     */
    public static Map<String, Double> compute(CsvTable t, String subject, String rater, List<String> features, Kind kind) {
        String[] s = t.strings(subject);
        String[] r = t.strings(rater);
        Map<String, Integer> subjects = new LinkedHashMap<>();
        Map<String, Integer> raters = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            subjects.putIfAbsent(s[i], subjects.size());
            raters.putIfAbsent(r[i], raters.size());
        }
        int[][] row = new int[subjects.size()][raters.size()];
        for (int[] x : row) {
            java.util.Arrays.fill(x, -1);
        }
        for (int i = 0; i < t.size(); i++) {
            int a = subjects.get(s[i]);
            int b = raters.get(r[i]);
            if (row[a][b] >= 0) {
                throw new IllegalArgumentException(t.source() + ": line " + t.line(i) + ": lesion '" + s[i] + "' has rater '" + r[i]
                        + "' twice");
            }
            row[a][b] = i;
        }
        for (Map.Entry<String, Integer> e : subjects.entrySet()) {
            for (Map.Entry<String, Integer> q : raters.entrySet()) {
                if (row[e.getValue()][q.getValue()] < 0) {
                    throw new IllegalArgumentException(t.source() + ": lesion '" + e.getKey() + "' has no row for rater '" + q.getKey()
                            + "'; the ICC needs every lesion measured by every rater");
                }
            }
        }
        List<String> names = new ArrayList<>(features);
        if (names.isEmpty()) {
            for (String h : t.header()) {
                if (!h.equals(subject) && !h.equals(rater)) {
                    names.add(h);
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String f : names) {
            double[] v = t.numbers(f);
            double[][] ratings = new double[subjects.size()][raters.size()];
            for (int a = 0; a < ratings.length; a++) {
                for (int b = 0; b < raters.size(); b++) {
                    ratings[a][b] = v[row[a][b]];
                    if (Double.isNaN(ratings[a][b])) {
                        throw new IllegalArgumentException(t.source() + ": line " + t.line(row[a][b]) + ", column '" + f
                                + "': missing value; the ICC needs complete measurements");
                    }
                }
            }
            out.put(f, kind == Kind.ICC31 ? IntraclassCorrelation.icc31(ratings) : IntraclassCorrelation.icc21(ratings));
        }
        return out;
    }
}
