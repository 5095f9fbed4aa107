package org.radwb.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.report.html.HtmlReportWriter;
import org.radwb.report.html.ReportDocument;
import org.radwb.report.render.Figure;
import org.radwb.report.render.Java2dCanvas;
import org.radwb.report.render.SvgCanvas;
import org.radwb.report.table.CsvTableWriter;
import org.radwb.report.table.ReportTable;

/**
 * Writes a {@link ReportDocument} to a folder: {@code report.html} (self-contained), {@code tables/<id>.csv} for
 * every table, {@code figures/<id>.svg} and {@code figures/<id>.png} for every figure. Everything is rendered in
 * memory first, so a rendering error leaves the folder untouched.
 */
public final class ReportWriter {

    /** Device pixels per SVG unit in the PNG files. */
    public static final double PNG_SCALE = 2.0;

    /** Largest PNG in pixels (40 megapixels, 160 MB while drawing); taller figures get a smaller scale. */
    public static final double MAX_PNG_PIXELS = 40e6;

    private ReportWriter() {
    }

    /**
     * Renders and writes {@code doc} into {@code dir} (created if missing; existing files of the same names are
     * replaced).
     *
     * @return the files written, relative to {@code dir}, in order
     */
    public static List<Path> write(ReportDocument doc, Path dir) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(Path.of("report.html"), HtmlReportWriter.toHtml(doc).getBytes(StandardCharsets.UTF_8));
        for (ReportTable t : doc.tables()) {
            put(files, Path.of("tables", t.id() + ".csv"), CsvTableWriter.toCsv(t).getBytes(StandardCharsets.UTF_8));
        }
        for (Figure f : doc.figures()) {
            put(files, Path.of("figures", f.id() + ".svg"),
                    SvgCanvas.render(f, true).getBytes(StandardCharsets.UTF_8));
            put(files, Path.of("figures", f.id() + ".png"), Java2dCanvas.png(f, pngScale(f)));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
            written.add(e.getKey());
        }
        return written;
    }

    /**
     * {@link #PNG_SCALE}, reduced for figures so large (a forest plot of thousands of studies) that the image would
     * exceed {@link #MAX_PNG_PIXELS}; the SVG keeps every detail at any size.
     */
    public static double pngScale(Figure f) {
        double units = f.width() * f.height();
        return Math.min(PNG_SCALE, Math.sqrt(MAX_PNG_PIXELS / units));
    }

    private static void put(Map<Path, byte[]> files, Path p, byte[] content) {
        if (files.put(p, content) != null) {
            throw new IllegalArgumentException("two report items would both be written to " + p
                    + ": table and figure ids must be unique");
        }
    }
}
