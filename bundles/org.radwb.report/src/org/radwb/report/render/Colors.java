package org.radwb.report.render;

import java.util.regex.Pattern;

/** Validation and parsing of the {@code #rrggbb} colours used by {@link Style} and {@link TextStyle}. */
public final class Colors {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colors() {
    }

    /** Throws if {@code colour} is neither {@code null} nor a {@code #rrggbb} string. */
    public static void requireValid(String colour) {
        if (colour != null && !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must be #rrggbb, was '" + colour + "'");
        }
    }

    /** The 24-bit RGB value of a {@code #rrggbb} colour. */
    public static int rgb(String colour) {
        requireValid(colour);
        return Integer.parseInt(colour.substring(1), 16);
    }
}
