package org.radwb.checklist.appraisal;

/**
 * Where in the paper an answer is supported.
 *
 * @param page    page (or section) reference, or null
 * @param quote   quoted text, or null
 * @param comment the rater's comment, or null
 * @since 0.1
 */
public record Evidence(String page, String quote, String comment) {

    /** No evidence. */
    public static final Evidence NONE = new Evidence(null, null, null);
}
