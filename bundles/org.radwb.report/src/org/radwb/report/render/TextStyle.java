package org.radwb.report.render;

/**
 * How a text run is drawn: size in user units, weight, colour, alignment and rotation.
 *
 * @param size    font size (em height) in user units
 * @param bold    bold weight
 * @param colour  {@code #rrggbb}
 * @param anchor  alignment relative to the x coordinate
 * @param rotated {@code true} to draw the text rotated by -90 degrees (reading bottom to top) about its anchor point
 */
public record TextStyle(double size, boolean bold, String colour, Anchor anchor, boolean rotated) {

    public TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be > 0, was " + size);
        }
        if (colour == null || anchor == null) {
            throw new IllegalArgumentException("text colour and anchor are required");
        }
        Colors.requireValid(colour);
    }

    /** Plain text of the given size, left-aligned, dark grey. */
    public static TextStyle plain(double size) {
        return new TextStyle(size, false, "#222222", Anchor.START, false);
    }

    public TextStyle asBold() {
        return new TextStyle(size, true, colour, anchor, rotated);
    }

    public TextStyle withAnchor(Anchor a) {
        return new TextStyle(size, bold, colour, a, rotated);
    }

    public TextStyle withColour(String c) {
        return new TextStyle(size, bold, c, anchor, rotated);
    }

    public TextStyle asRotated() {
        return new TextStyle(size, bold, colour, anchor, true);
    }
}
