package org.radwb.checklist;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when answers break the checklist's rules (unknown ids, exclusive option combined, missing required
 * answer, dependent option without its prerequisite, answer to an item switched off by a condition).
 *
 * @since 0.1
 */
public class InvalidAnswersException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<AnswerProblem> problems;

    /**
     * @param checklistId the checklist the answers were checked against
     * @param problems    at least one problem
     */
    public InvalidAnswersException(String checklistId, List<AnswerProblem> problems) {
        super("answers do not fit checklist '" + checklistId + "': "
                + problems.stream().map(AnswerProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in item order */
    public List<AnswerProblem> problems() {
        return problems;
    }
}
