package org.radwb.checklist;

/**
 * The total of one domain (or category) in one assessment.
 *
 * @param domainId domain id
 * @param title    domain title
 * @param total    points earned by the domain's applicable items
 * @param min      lowest reachable total of the domain
 * @param max      highest reachable total of the domain
 * @since 0.1
 */
public record DomainScore(String domainId, String title, double total, double min, double max) {

    /** @return total as a percentage of max (NaN when max is 0) */
    public double percentOfMax() {
        return max == 0 ? Double.NaN : 100.0 * total / max;
    }
}
