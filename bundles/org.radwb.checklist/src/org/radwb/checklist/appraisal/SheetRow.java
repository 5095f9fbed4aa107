package org.radwb.checklist.appraisal;

import java.util.List;
import java.util.Map;

/**
 * One line of an appraisal sheet: an item or condition, the answer being edited, and what the viewer may see of
 * the other raters' answers. Built by {@link AppraisalSheet}; the UI only displays it.
 *
 * @param id           item or condition id
 * @param title        item title or condition question
 * @param domain       domain title, "condition", or empty
 * @param multiSelect  whether several options may be chosen (joined with "|")
 * @param optionIds    the item's option ids, in order
 * @param optionLabels the matching labels
 * @param answer       options chosen in the shown assessment (empty when unanswered)
 * @param page         evidence page of the shown answer, or null
 * @param comment      comment of the shown answer, or null
 * @param others       other raters' answers the viewer may see, by rater (empty while blinded)
 * @param blinded      true when other raters' answers exist but are hidden from the viewer
 * @param disputed     true when the submitted raters disagree on this line
 * @param resolution   consensus resolution of the shown answer, or null
 * @param resolvedBy   who resolved it, or null
 * @since 0.1
 */
public record SheetRow(String id, String title, String domain, boolean multiSelect, List<String> optionIds,
        List<String> optionLabels, List<String> answer, String page, String comment, Map<String, List<String>> others,
        boolean blinded, boolean disputed, String resolution, String resolvedBy) {

    /** @return the answer as typed in the sheet and in CSV files: option ids joined with "|" */
    public String answerText() {
        return String.join("|", answer);
    }
}
