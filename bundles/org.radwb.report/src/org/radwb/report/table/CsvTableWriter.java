package org.radwb.report.table;

import java.util.List;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV with a header row: fields containing a comma, quote, CR or LF are
 * quoted, quotes doubled, lines end with CRLF (written here, 20 lines, rather than pulling commons-io in through
 * commons-csv's printer). Cells that a spreadsheet would run as a formula (starting with '=', '+', '@', tab, CR,
 * or '-' not followed by a number) get a leading apostrophe, since study titles and notes come from users and
 * imported files.
 */
public final class CsvTableWriter {

    private CsvTableWriter() {
    }

    /** The CSV text of {@code table}. */
    public static String toCsv(ReportTable table) {
        StringBuilder out = new StringBuilder();
        record(out, table.columns());
        for (List<String> row : table.rows()) {
            record(out, row);
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = isFormulaLike(cells.get(i)) ? "'" + cells.get(i) : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\r') >= 0 || c.indexOf('\n') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    static boolean isFormulaLike(String c) {
        if (c.isEmpty()) {
            return false;
        }
        char first = c.charAt(0);
        if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return first == '-' && !c.matches("-\\d[\\d.,]*%?|-\\.\\d+|-+");
    }
}
