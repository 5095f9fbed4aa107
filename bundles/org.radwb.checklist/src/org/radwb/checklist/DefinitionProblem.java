package org.radwb.checklist;

/**
 * A defect of a checklist definition.
 *
 * @param element the element at fault, e.g. "item 12 / option x" or "line 14"
 * @param problem what is wrong and what was expected
 * @since 0.1
 */
public record DefinitionProblem(String element, String problem) {

    @Override
    public String toString() {
        return element + ": " + problem;
    }
}
