package org.radwb.checklist;

import java.util.List;
import java.util.Optional;

/**
 * The score of one assessment.
 *
 * @param checklistId      checklist id
 * @param checklistVersion checklist version
 * @param total            POINTS: sum of points; WEIGHTED_PERCENT: sum of earned weights; UNSCORED: items reported
 * @param min              lowest reachable total given the applicable items
 * @param max              highest reachable total given the applicable items
 * @param percent          the checklist's percentage (RQS: total / 36, optionally floored at 0; METRICS: earned /
 *                         applicable weights; CLEAR: reported / applicable items), rounded as the checklist says
 * @param band             score band label, or null when the checklist has no bands
 * @param complete         whether every required applicable item was answered
 * @param items            per item, in checklist order
 * @param domains          per domain, in checklist order
 * @since 0.1
 */
public record ScoreResult(String checklistId, String checklistVersion, double total, double min, double max,
        double percent, String band, boolean complete, List<ItemScore> items, List<DomainScore> domains) {

    /**
     * @param itemId an item id
     * @return that item's score
     */
    public Optional<ItemScore> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    /**
     * @param domainId a domain id
     * @return that domain's score
     */
    public Optional<DomainScore> domain(String domainId) {
        return domains.stream().filter(d -> d.domainId().equals(domainId)).findFirst();
    }

    /**
     * @param total   replacement total
     * @param percent replacement percentage
     * @param band    replacement band
     * @return a copy with a different total, percentage and band (for {@link ScoringRule}s)
     */
    public ScoreResult withTotal(double total, double percent, String band) {
        return new ScoreResult(checklistId, checklistVersion, total, min, max, percent, band, complete, items, domains);
    }
}
