package org.radwb.checklist;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A checklist file could not be read or does not describe a valid checklist.
 *
 * @since 0.1
 */
public class ChecklistLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    /**
     * @param location the file
     * @param problems what is wrong, at least one
     */
    public ChecklistLoadException(String location, List<DefinitionProblem> problems) {
        super(location + ": " + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems */
    public List<DefinitionProblem> problems() {
        return problems;
    }
}
