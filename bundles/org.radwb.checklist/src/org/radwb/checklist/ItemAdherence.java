package org.radwb.checklist;

/**
 * Adherence to one item across assessments, as in the seed paper's Table 4.
 *
 * @param itemId     item id
 * @param title      item title
 * @param domainId   domain id, or null
 * @param applicable assessments in which the item applied
 * @param adhered    assessments in which it earned at least one point
 * @since 0.1
 */
public record ItemAdherence(String itemId, String title, String domainId, int applicable, int adhered) {

    /** @return 100 * adhered / applicable, NaN when the item never applied */
    public double ratePercent() {
        return applicable == 0 ? Double.NaN : 100.0 * adhered / applicable;
    }
}
