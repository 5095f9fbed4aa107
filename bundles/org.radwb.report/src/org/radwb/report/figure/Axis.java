package org.radwb.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear numeric axis mapped onto a pixel interval, with "nice" tick values (1, 2 or 5 times a power of ten). */
final class Axis {

    final double min;
    final double max;
    final double x0;
    final double x1;

    Axis(double min, double max, double x0, double x1) {
        if (!(max > min)) {
            throw new IllegalArgumentException("axis maximum " + max + " must exceed minimum " + min);
        }
        this.min = min;
        this.max = max;
        this.x0 = x0;
        this.x1 = x1;
    }

    /** The pixel position of {@code v}, clamped to the axis. */
    double map(double v) {
        double t = (Math.max(min, Math.min(max, v)) - min) / (max - min);
        return x0 + t * (x1 - x0);
    }

    /** Tick values covering [min, max] at a nice step giving about {@code target} intervals. */
    List<Double> ticks(int target) {
        double raw = (max - min) / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10) * mag;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick label with just enough decimals for {@code step}. */
    static String label(double v, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
