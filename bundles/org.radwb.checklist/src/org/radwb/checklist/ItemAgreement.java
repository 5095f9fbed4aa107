package org.radwb.checklist;

/**
 * Inter-rater agreement on one item.
 *
 * @param itemId           item id
 * @param subjects         studies rated by all raters on this item
 * @param percentAgreement percent of those studies where all raters gave the same answer
 * @param kappa            Cohen's kappa (two raters) or Fleiss' kappa (three or more); NaN when undefined
 * @param weightedKappa    quadratic-weighted Cohen's kappa over the item's point levels, for ordinal items and
 *                         two raters; NaN otherwise
 * @param method           "cohen" or "fleiss"
 * @since 0.1
 */
public record ItemAgreement(String itemId, int subjects, double percentAgreement, double kappa, double weightedKappa,
        String method) {
}
