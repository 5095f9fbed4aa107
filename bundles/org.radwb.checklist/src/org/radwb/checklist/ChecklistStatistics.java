package org.radwb.checklist;

import java.util.ArrayList;
import java.util.List;

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;

/**
 * The review-level numbers of one checklist across studies: per-item adherence (seed paper Table 4), domain
 * scores and the distribution of totals and percentages. The report, the CLI and the UI all call this, so
 * every number the user sees comes from one place.
 *
 * @since 0.1
 */
public final class ChecklistStatistics {

    private ChecklistStatistics() {
    }

    /**
     * Per-item adherence: share of assessments in which the item applied and earned at least one point.
     *
     * @param checklist definition
     * @param results   one result per study (usually the consensus assessments)
     * @return one row per item in checklist order
     */
    public static List<ItemAdherence> itemAdherence(Checklist checklist, List<ScoreResult> results) {
        List<ItemAdherence> out = new ArrayList<>();
        for (Item item : Checklists.items(checklist)) {
            int applicable = 0;
            int adhered = 0;
            for (ScoreResult r : results) {
                ItemScore s = r.item(item.getId()).orElse(null);
                if (s != null && s.applicable()) {
                    applicable++;
                    if (s.adhered()) {
                        adhered++;
                    }
                }
            }
            out.add(new ItemAdherence(item.getId(), item.getTitle(),
                    item.getDomain() == null ? null : item.getDomain().getId(), applicable, adhered));
        }
        return out;
    }

    /**
     * Per-domain totals across assessments.
     *
     * @param checklist definition
     * @param results   one result per study
     * @return one row per domain in checklist order
     */
    public static List<DomainSummary> domainSummaries(Checklist checklist, List<ScoreResult> results) {
        List<DomainSummary> out = new ArrayList<>();
        for (Domain d : checklist.getDomains()) {
            double lo = 0;
            double hi = 0;
            for (Item i : Checklists.items(checklist)) {
                if (i.getDomain() == d) {
                    List<Double> r = Checklists.reachablePoints(i);
                    double f = i.getKind() == org.radwb.checklist.model.ItemKind.WEIGHTED_YES_NO ? i.getWeight() : 1;
                    if (!r.isEmpty()) {
                        lo += r.get(0) * f;
                        hi += r.get(r.size() - 1) * f;
                    }
                }
            }
            double[] totals = new double[results.size()];
            double[] percents = new double[results.size()];
            for (int k = 0; k < results.size(); k++) {
                DomainScore s = results.get(k).domain(d.getId()).orElseThrow(() -> new IllegalArgumentException(
                        "a score result does not belong to checklist " + checklist.getId()));
                totals[k] = s.total();
                percents[k] = s.percentOfMax();
            }
            out.add(new DomainSummary(d.getId(), d.getTitle(), lo, hi, Summary.of(totals), Summary.of(percents)));
        }
        return out;
    }

    /**
     * @param results one result per study
     * @return summary of the totals
     */
    public static Summary totals(List<ScoreResult> results) {
        return Summary.of(results.stream().mapToDouble(ScoreResult::total).toArray());
    }

    /**
     * @param results one result per study
     * @return summary of the percentages
     */
    public static Summary percents(List<ScoreResult> results) {
        return Summary.of(results.stream().mapToDouble(ScoreResult::percent).toArray());
    }
}
