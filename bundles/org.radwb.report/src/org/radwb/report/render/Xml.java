package org.radwb.report.render;

/** Escaping of text for XML, SVG and (polyglot) HTML output. */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes {@code text} for element content and double- or single-quoted attribute values. Characters XML 1.0
     * forbids (control characters other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF)
     * become U+FFFD so that the output always parses.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        sb.append(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Formats a coordinate compactly: at most two decimals, no trailing zeros, '.' as decimal separator. */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("coordinate is not finite: " + v);
        }
        long scaled = Math.round(v * 100);
        if (scaled % 100 == 0) {
            return Long.toString(scaled / 100);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", scaled / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
