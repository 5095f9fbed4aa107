package org.radwb.checklist.appraisal;

/**
 * An appraisal step that the workflow does not allow now (changing a submitted assessment, starting a
 * consensus before both raters submitted, submitting a consensus with unresolved disagreements, ...).
 *
 * @since 0.1
 */
public class AppraisalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is not allowed and why */
    public AppraisalException(String message) {
        super(message);
    }
}
