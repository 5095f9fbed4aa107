package org.radwb.checklist;

/**
 * A checklist contribution that was skipped, with enough detail to fix it.
 *
 * @param bundle  contributing bundle (or "programmatic")
 * @param file    checklist file named by the contribution, or null
 * @param element the model element or XML element at fault (e.g. "item 12 / option x"), or null
 * @param problem what is wrong and what was expected
 * @since 0.1
 */
public record ContributionProblem(String bundle, String file, String element, String problem) {

    @Override
    public String toString() {
        return "checklist contribution skipped: bundle " + bundle + (file == null ? "" : ", file " + file)
                + (element == null ? "" : ", " + element) + ": " + problem;
    }
}
