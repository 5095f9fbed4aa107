package org.radwb.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths from the advance widths of DejaVu Sans (per 1000 em, printable ASCII), the font both renderers ask
 * for first. A fixed table rather than AWT font metrics so that layouts, and therefore SVG files, are identical on
 * every machine whatever fonts it has installed.
 */
public final class TextMetrics {

    private static final int[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

    private static final int[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838 };

    /** Width assumed for characters outside printable ASCII (accents, dashes, symbols): a wide average. */
    private static final int OTHER = 700;

    /** The font family list written into SVG and used by the rasteriser (first available wins). */
    public static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";

    private TextMetrics() {
    }

    /** The advance width of {@code text} at font size {@code size}. */
    public static double width(String text, double size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c >= 32 && c < 127 ? table[c - 32] : c == '\u00a0' ? table[0] : OTHER;
        }
        return units * size / 1000.0;
    }

    /** Width of {@code text} in the given style. */
    public static double width(String text, TextStyle style) {
        return width(text, style.size(), style.bold());
    }

    /**
     * Splits {@code text} into lines no wider than {@code maxWidth}, breaking at spaces; a single word wider than
     * the limit is broken between characters. Explicit {@code '\n'} always start a new line.
     */
    public static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size, bold) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line: break it where it no longer fits
                String rest = word;
                while (width(rest, size, bold) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size, bold) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} shortened with a trailing ellipsis so that it is no wider than {@code maxWidth}; unchanged when it
     * fits. Figures keep the full text in their {@code data-label} attributes.
     */
    public static String fit(String text, double maxWidth, double size, boolean bold) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + "\u2026", size, bold) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
