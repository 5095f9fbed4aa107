package org.radwb.checklist;

/**
 * Why an answer set cannot be scored: names the item (or condition) and, when relevant, the option.
 *
 * @param itemId   the item or condition id the problem concerns
 * @param optionId the offending option id, or null
 * @param message  a sentence saying what is wrong and what was expected
 * @since 0.1
 */
public record AnswerProblem(String itemId, String optionId, String message) {

    @Override
    public String toString() {
        return message;
    }
}
