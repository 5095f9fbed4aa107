package org.radwb.checklist;

import java.util.List;

/**
 * The result of one item in one assessment.
 *
 * @param itemId     item id
 * @param applicable false when a condition switched it off or the answer was n.a. (it leaves the denominator)
 * @param answered   whether an answer was given
 * @param optionIds  chosen options
 * @param points     points earned (for weighted items: weight times option points)
 * @param min        lowest reachable points of the item (0 when not applicable)
 * @param max        highest reachable points of the item (0 when not applicable)
 * @since 0.1
 */
public record ItemScore(String itemId, boolean applicable, boolean answered, List<String> optionIds, double points,
        double min, double max) {

    /**
     * Adherence in the sense of the RQS reviews (seed paper Table 4): the item earned at least one point,
     * or, for yes/no items, was answered with a positive option.
     *
     * @return true when the item is applicable and earned more than 0 points
     */
    public boolean adhered() {
        return applicable && points > 0;
    }
}
