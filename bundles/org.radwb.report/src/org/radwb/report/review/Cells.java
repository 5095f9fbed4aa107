package org.radwb.report.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formatting of model values into table cells. Unset values become {@link #NR} ("not reported"), as in the seed
 * review's tables, never 0 or an empty string that could be read as a value.
 */
final class Cells {

    /** The mark for a value the study did not report. */
    static final String NR = "NR";

    private Cells() {
    }

    static String text(String s) {
        return s == null || s.isBlank() ? NR : s.trim();
    }

    static String integer(boolean set, int v) {
        return set ? Integer.toString(v) : NR;
    }

    /** A number with at most {@code decimals} decimals, trailing zeros removed ("1.5", "55", "0.852"). */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return "-0".equals(s) ? "0" : s;
    }

    static String number(boolean set, double v, int decimals) {
        return set ? number(v, decimals) : NR;
    }

    /** A discrimination statistic with at least two decimals, as papers print them ("0.80", "0.852"). */
    static String statistic(double v) {
        String s = number(v, 3);
        int dot = s.indexOf('.');
        if (dot < 0) {
            return s + ".00";
        }
        return s.length() - dot - 1 < 2 ? s + "0" : s;
    }

    /** A list joined with ", ", or NR when empty. */
    static String list(List<?> values) {
        if (values == null || values.isEmpty()) {
            return NR;
        }
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    /** A list of numbers joined with ", ", or NR when empty. */
    static String numbers(List<Double> values, int decimals) {
        if (values == null || values.isEmpty()) {
            return NR;
        }
        return values.stream().map(v -> number(v, decimals)).collect(Collectors.joining(", "));
    }

    /**
     * An enum literal such as {@code semi-automatic} as words ("Semi automatic"), device names as spelled by their
     * makers ("Gamma Knife", "CyberKnife", "LINAC"); {@code not-reported} becomes NR.
     */
    static String literal(String literal) {
        if (literal == null || literal.isEmpty() || "not-reported".equals(literal)) {
            return NR;
        }
        switch (literal) {
            case "gamma-knife":
                return "Gamma Knife";
            case "cyberknife":
                return "CyberKnife";
            case "linac":
                return "LINAC";
            default:
                String words = literal.replace('-', ' ');
                return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** A percentage with one decimal ("47.1"); "n/a" when undefined (NaN). */
    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }
}
