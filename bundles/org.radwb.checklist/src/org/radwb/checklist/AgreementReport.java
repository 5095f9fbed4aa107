package org.radwb.checklist;

import java.util.List;

import org.radwb.checklist.agreement.IntraclassCorrelation;

/**
 * Agreement between raters for one checklist across studies.
 *
 * @param checklistId checklist id
 * @param raters      raters, in first-seen order
 * @param studies     studies rated by every rater
 * @param items       per item, in checklist order
 * @param totals      ICC(2,1) with 95 % CI of the totals (POINTS) or percentages (other scorings); null
 *                    with fewer than two studies
 * @since 0.1
 */
public record AgreementReport(String checklistId, List<String> raters, List<String> studies, List<ItemAgreement> items,
        IntraclassCorrelation totals) {
}
