package org.radwb.csv;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A CSV file refused as a whole; lists every problem found, each naming file, line, column and value. */
public class CsvImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s); nothing was imported:\n"
                + problems.stream().limit(50).map(p -> "  " + p).collect(Collectors.joining("\n"))
                + (problems.size() > 50 ? "\n  ... and " + (problems.size() - 50) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in file order */
    public List<CsvProblem> getProblems() {
        return problems;
    }
}
