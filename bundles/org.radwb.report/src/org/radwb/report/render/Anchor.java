package org.radwb.report.render;

/** Horizontal alignment of a text run relative to its x coordinate (SVG {@code text-anchor}). */
public enum Anchor {
    START("start"), MIDDLE("middle"), END("end");

    private final String svg;

    Anchor(String svg) {
        this.svg = svg;
    }

    /** The SVG {@code text-anchor} keyword. */
    public String svg() {
        return svg;
    }
}
