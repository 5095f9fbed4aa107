package org.radwb.checklist.appraisal;

import java.util.List;
import java.util.Map;

/**
 * An item (or condition) on which the submitted rater assessments differ.
 *
 * @param itemId    item or condition id
 * @param byRater   each rater's options (sorted; empty when unanswered), in rater order
 * @since 0.1
 */
public record Disagreement(String itemId, Map<String, List<String>> byRater) {
}
