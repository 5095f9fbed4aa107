package org.radwb.report.figure;

import org.radwb.report.render.Canvas;
import org.radwb.report.render.Style;

/** Straight arrows with a filled triangular head, for flow diagrams. */
final class Arrows {

    private static final double HEAD = 7;

    private Arrows() {
    }

    /** Draws an arrow from (x1, y1) to (x2, y2), the head touching (x2, y2). */
    static void draw(Canvas c, double x1, double y1, double x2, double y2, String colour) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len == 0) {
            return;
        }
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double bx = x2 - ux * HEAD;
        double by = y2 - uy * HEAD;
        c.line(x1, y1, bx, by, Style.stroke(colour, 1.4));
        double half = HEAD * 0.5;
        c.polygon(new double[] {x2, bx - uy * half, bx + uy * half}, new double[] {y2, by + ux * half, by - ux * half},
                Style.fill(colour));
    }
}
