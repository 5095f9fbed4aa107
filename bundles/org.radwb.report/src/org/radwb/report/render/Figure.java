package org.radwb.report.render;

/** A drawing of fixed size that can be rendered to SVG and PNG from the same code. */
public interface Figure {

    /** A short file-name-safe identifier, e.g. {@code prisma-flow}. */
    String id();

    /** The human title, used as the SVG {@code <title>} and the HTML figure caption. */
    String title();

    /** Width in user units (1 unit = 1 CSS pixel). */
    double width();

    /** Height in user units. */
    double height();

    /** Draws the figure onto {@code canvas}. */
    void draw(Canvas canvas);
}
