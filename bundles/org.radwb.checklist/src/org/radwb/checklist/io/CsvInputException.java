package org.radwb.checklist.io;

import java.util.List;

/**
 * A checklist CSV file that cannot be used; every problem names the file and the row (header = row 1) or the
 * study and rater it concerns.
 *
 * @since 0.1
 */
public class CsvInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param file     the file
     * @param problems one sentence each
     */
    public CsvInputException(String file, List<String> problems) {
        super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", nothing written:\n  "
                + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 50)))
                + (problems.size() > 50 ? "\n  ... and " + (problems.size() - 50) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems */
    public List<String> problems() {
        return problems;
    }
}
