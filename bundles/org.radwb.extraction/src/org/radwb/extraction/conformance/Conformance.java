package org.radwb.extraction.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.FeatureValue;

/**
 * Compares computed values with IBSI reference rows. A row passes when |ours - reference| &lt;= tolerance; where the
 * manual gives no tolerance (digital phantom, printed to 3 significant digits) the value must round to the printed
 * one, i.e. lie within half a unit of its third significant digit.
 */
public final class Conformance {

    /** One compared row; {@code ours} NaN when the engine produced no value. */
    public record Line(IbsiReference.Row ref, double ours, double allowed, boolean pass, String reason) {
    }

    private Conformance() {
    }

    public static List<Line> compare(List<IbsiReference.Row> refs, List<FeatureValue> values) {
        Map<String, Double> ours = new HashMap<>();
        for (FeatureValue v : values) {
            ours.put(v.name() + "|" + v.aggregation(), v.value());
        }
        List<Line> out = new ArrayList<>();
        for (IbsiReference.Row r : refs) {
            Double o = ours.get(r.tag() + "|" + r.aggregationCode());
            if (Double.isNaN(r.value())) {
                out.add(new Line(r, o == null ? Double.NaN : o, Double.NaN, false, "no reference value in the manual"));
                continue;
            }
            double allowed = allowed(r);
            if (o == null) {
                out.add(new Line(r, Double.NaN, allowed, false, "not computed"));
                continue;
            }
            boolean pass = Math.abs(o - r.value()) <= allowed;
            out.add(new Line(r, o, allowed, pass, pass ? "" : "outside tolerance"));
        }
        return out;
    }

    /** The allowed absolute difference of a row. */
    public static double allowed(IbsiReference.Row r) {
        if (r.tolerance() > 0) {
            return r.tolerance() * (1 + 1e-9);
        }
        double v = Math.abs(r.value());
        if (v == 0) {
            return 5e-4; // printed as 0 to 3 decimals
        }
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 2);
        return 0.5 * unit * (1 + 1e-9);
    }

    /** Rows with a reference value that pass. */
    public static long passed(List<Line> lines) {
        return lines.stream().filter(Line::pass).count();
    }

    /** Rows that have a reference value. */
    public static long withReference(List<Line> lines) {
        return lines.stream().filter(l -> !Double.isNaN(l.ref().value())).count();
    }
}
