package org.radwb.report.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;

/** A {@link Canvas} that writes SVG 1.1 markup; all text is escaped with {@link Xml#escape}. */
public final class SvgCanvas implements Canvas {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern DATA_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> groups = new ArrayDeque<>();
    private String indent = "  ";

    private SvgCanvas() {
    }

    /**
     * Renders {@code figure} as an SVG document.
     *
     * @param standalone {@code true} for a file (with XML declaration), {@code false} for inlining into HTML
     */
    public static String render(Figure figure, boolean standalone) {
        SvgCanvas c = new SvgCanvas();
        StringBuilder doc = new StringBuilder();
        if (standalone) {
            doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        String w = Xml.num(figure.width());
        String h = Xml.num(figure.height());
        doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"").append(checkId(figure.id()))
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"").append(figure.id()).append("-title\" font-family=\"")
                .append(Xml.escape(TextMetrics.FONT_FAMILY)).append("\">\n");
        doc.append("  <title id=\"").append(figure.id()).append("-title\">").append(Xml.escape(figure.title()))
                .append("</title>\n");
        doc.append("  <rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" fill=\"#ffffff\"/>\n");
        figure.draw(c);
        if (!c.groups.isEmpty()) {
            throw new IllegalStateException("figure " + figure.id() + " left group '" + c.groups.peek() + "' open");
        }
        doc.append(c.out).append("</svg>\n");
        return doc.toString();
    }

    private static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("SVG id must match " + ID + ", was '" + id + "'");
        }
        return id;
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        out.append(indent).append("<rect x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y))
                .append("\" width=\"").append(Xml.num(width)).append("\" height=\"").append(Xml.num(height))
                .append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(Xml.num(radius)).append('"');
        }
        paint(style).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        out.append(indent).append("<line x1=\"").append(Xml.num(x1)).append("\" y1=\"").append(Xml.num(y1))
                .append("\" x2=\"").append(Xml.num(x2)).append("\" y2=\"").append(Xml.num(y2)).append('"');
        paint(style).append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Style style) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a polygon needs >= 3 points and as many x as y values");
        }
        out.append(indent).append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(Xml.num(xs[i])).append(',').append(Xml.num(ys[i]));
        }
        out.append('"');
        paint(style).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Style style) {
        out.append(indent).append("<circle cx=\"").append(Xml.num(cx)).append("\" cy=\"").append(Xml.num(cy))
                .append("\" r=\"").append(Xml.num(r)).append('"');
        paint(style).append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        out.append(indent).append("<text x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y))
                .append("\" font-size=\"").append(Xml.num(style.size())).append("\" fill=\"")
                .append(style.colour()).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (style.anchor() != Anchor.START) {
            out.append(" text-anchor=\"").append(style.anchor().svg()).append('"');
        }
        if (style.rotated()) {
            out.append(" transform=\"rotate(-90 ").append(Xml.num(x)).append(' ').append(Xml.num(y)).append(")\"");
        }
        out.append('>').append(Xml.escape(text)).append("</text>\n");
    }

    @Override
    public void beginGroup(String id, Map<String, String> data) {
        out.append(indent).append("<g id=\"").append(checkId(id)).append('"');
        for (Map.Entry<String, String> e : data.entrySet()) {
            if (!DATA_NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("data attribute name must match " + DATA_NAME + ", was '"
                        + e.getKey() + "'");
            }
            out.append(" data-").append(e.getKey()).append("=\"").append(Xml.escape(e.getValue())).append('"');
        }
        out.append(">\n");
        groups.push(id);
        indent = indent + "  ";
    }

    @Override
    public void endGroup() {
        if (groups.isEmpty()) {
            throw new IllegalStateException("endGroup() without beginGroup()");
        }
        groups.pop();
        indent = indent.substring(2);
        out.append(indent).append("</g>\n");
    }

    private StringBuilder paint(Style s) {
        out.append(" fill=\"").append(s.fill() == null ? "none" : s.fill()).append('"');
        if (s.stroke() != null && s.strokeWidth() > 0) {
            out.append(" stroke=\"").append(s.stroke()).append("\" stroke-width=\"").append(Xml.num(s.strokeWidth()))
                    .append('"');
            if (s.dashed()) {
                out.append(" stroke-dasharray=\"4 3\"");
            }
        }
        return out;
    }
}
