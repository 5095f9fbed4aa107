package org.radwb.report.render;

/**
 * Fill and stroke of a shape. Colours are CSS hex strings ({@code #rrggbb}) or {@code null} for none,
 * so the same value serves the SVG writer and the Java2D rasteriser.
 *
 * @param fill        fill colour or {@code null}
 * @param stroke      stroke colour or {@code null}
 * @param strokeWidth stroke width in user units
 * @param dashed      whether the stroke is dashed
 */
public record Style(String fill, String stroke, double strokeWidth, boolean dashed) {

    public Style {
        Colors.requireValid(fill);
        Colors.requireValid(stroke);
        if (strokeWidth < 0 || Double.isNaN(strokeWidth)) {
            throw new IllegalArgumentException("stroke width must be >= 0, was " + strokeWidth);
        }
    }

    /** A filled shape without outline. */
    public static Style fill(String colour) {
        return new Style(colour, null, 0, false);
    }

    /** An outline without fill. */
    public static Style stroke(String colour, double width) {
        return new Style(null, colour, width, false);
    }

    /** A filled and outlined shape. */
    public static Style of(String fill, String stroke, double width) {
        return new Style(fill, stroke, width, false);
    }

    /** The same style with a dashed stroke. */
    public Style asDashed() {
        return new Style(fill, stroke, strokeWidth, true);
    }
}
