package org.radwb.viewer;

import java.util.Locale;

/**
 * A grey-level window: intensities from {@code level - window/2} (black) to {@code level + window/2} (white).
 *
 * @param window width of the window in image intensity units (&gt; 0)
 * @param level  centre of the window in image intensity units
 */
public record WindowLevel(double window, double level) {

    /** Validates the window. */
    public WindowLevel {
        if (!(window > 0) || !Double.isFinite(window) || !Double.isFinite(level)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "Window/level needs a finite window > 0 and a finite level, got window %s, level %s", window, level));
        }
    }

    /** The window from a lower and an upper intensity. */
    public static WindowLevel ofRange(double lower, double upper) {
        double w = upper - lower;
        if (!(w > 0)) {
            w = Math.max(Math.abs(upper) * 1e-3, 1e-6); // flat image: any positive window shows it grey
        }
        return new WindowLevel(w, (lower + upper) / 2);
    }

    /** Intensity shown black. */
    public double lower() {
        return level - window / 2;
    }

    /** Intensity shown white. */
    public double upper() {
        return level + window / 2;
    }

    /** The grey value 0..255 of an intensity. */
    public int grey(double value) {
        double t = (value - lower()) / window;
        if (t <= 0) {
            return 0;
        }
        if (t >= 1) {
            return 255;
        }
        return (int) Math.round(t * 255);
    }

    /**
     * The window after a mouse drag, the usual way: horizontal motion widens the window, vertical motion moves
     * the level; {@code sensitivity} intensity units per pixel.
     */
    public WindowLevel dragged(int dxPixels, int dyPixels, double sensitivity) {
        double w = Math.max(window + dxPixels * sensitivity, sensitivity > 0 ? sensitivity : 1e-6);
        return new WindowLevel(w, level - dyPixels * sensitivity);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "W %.4g / L %.4g", window, level);
    }
}
