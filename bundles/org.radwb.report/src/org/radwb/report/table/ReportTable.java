package org.radwb.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rectangular table of text cells with a title and footnotes: the unit the report exports as CSV and renders as
 * HTML. Missing values are empty strings; what a missing value means (not reported, not applicable) is said in
 * the cell or the notes by whoever builds the table.
 *
 * @param id      file-name-safe identifier, e.g. {@code table1-segmentation-radiomics}
 * @param title   caption
 * @param columns column headings
 * @param rows    rows, each exactly as long as {@code columns}
 * @param notes   footnotes (abbreviations, sources)
 */
public record ReportTable(String id, String title, List<String> columns, List<List<String>> rows,
        List<String> notes) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ReportTable {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("table id must match " + ID + ", was '" + id + "'");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + id + " has no columns");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ", row " + (r + 1) + ": " + row.size()
                        + " cells, expected " + columns.size() + " (" + String.join(", ", columns) + ")");
            }
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            copy.add(List.copyOf(cells));
        }
        rows = List.copyOf(copy);
        notes = List.copyOf(notes);
        title = title == null ? id : title;
    }

    /** The cell at {@code row}, {@code column} (both zero-based). */
    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The zero-based index of the column headed {@code heading}. */
    public int column(String heading) {
        int i = columns.indexOf(heading);
        if (i < 0) {
            throw new IllegalArgumentException("table " + id + " has no column '" + heading + "'");
        }
        return i;
    }
}
