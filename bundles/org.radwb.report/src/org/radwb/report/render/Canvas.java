package org.radwb.report.render;

import java.util.Map;

/**
 * The drawing operations every figure uses. One figure's drawing code feeds both the SVG writer
 * ({@link SvgCanvas}) and the PNG rasteriser ({@link Java2dCanvas}), so the two outputs cannot disagree.
 * Coordinates are user units with the origin at the top left and y growing downwards.
 */
public interface Canvas {

    /** An axis-aligned rectangle, optionally with rounded corners ({@code radius} 0 for square ones). */
    void rect(double x, double y, double width, double height, double radius, Style style);

    /** A straight line segment. */
    void line(double x1, double y1, double x2, double y2, Style style);

    /** A closed polygon (arrow heads, diamonds). */
    void polygon(double[] xs, double[] ys, Style style);

    /** A circle. */
    void circle(double cx, double cy, double r, Style style);

    /** One line of text whose baseline starts (or centres, or ends) at (x, y). */
    void text(double x, double y, String text, TextStyle style);

    /**
     * Opens a logical group: an SVG {@code <g>} with the given id and {@code data-*} attributes, so that tests and
     * readers of the SVG can find each box's values; the rasteriser ignores groups.
     *
     * @param id   a unique id made of letters, digits, '-' and '_'
     * @param data attribute suffixes (after {@code data-}) and their values; may be empty
     */
    void beginGroup(String id, Map<String, String> data);

    /** Closes the innermost group opened by {@link #beginGroup}. */
    void endGroup();
}
