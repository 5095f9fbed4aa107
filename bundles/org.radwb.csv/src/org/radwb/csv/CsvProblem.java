package org.radwb.csv;

import java.nio.file.Path;

/**
 * One problem in a CSV file: where it is (file, line, column), the offending value and what was expected.
 * Line numbers are 1-based physical lines of the file, the header being line 1.
 */
public record CsvProblem(Path file, long line, String column, String value, String expected) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "<input>" : file.toString()).append(":").append(line);
        if (column != null) {
            b.append(", column '").append(column).append("'");
        }
        if (value != null) {
            b.append(", value '").append(value).append("'");
        }
        return b.append(": expected ").append(expected).toString();
    }
}
