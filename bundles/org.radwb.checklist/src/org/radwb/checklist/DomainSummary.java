package org.radwb.checklist;

/**
 * One domain's scores across assessments.
 *
 * @param domainId domain id
 * @param title    domain title
 * @param min      lowest reachable domain total (when every item applies)
 * @param max      highest reachable domain total
 * @param totals   summary of the domain totals across assessments
 * @param percentOfMax summary of the domain totals as percent of each assessment's reachable maximum
 * @since 0.1
 */
public record DomainSummary(String domainId, String title, double min, double max, Summary totals,
        Summary percentOfMax) {
}
