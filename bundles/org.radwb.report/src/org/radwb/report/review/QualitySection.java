package org.radwb.report.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.checklist.AgreementReport;
import org.radwb.checklist.DomainSummary;
import org.radwb.checklist.ItemAgreement;
import org.radwb.checklist.agreement.IntraclassCorrelation;
import org.radwb.checklist.ItemAdherence;
import org.radwb.checklist.Summary;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Domain;
import org.radwb.report.figure.BarChart;
import org.radwb.report.figure.BarChart.Bar;
import org.radwb.report.figure.BarChart.Group;
import org.radwb.report.table.ReportTable;

/**
 * The tables and charts of one checklist's appraisal: per-study scores, per-item adherence (the seed review's
 * Table 4), domain scores, and their charts. Every number comes from {@link ChecklistAppraisal}, i.e. from the
 * checklist engine.
 */
public final class QualitySection {

    private final ChecklistAppraisal appraisal;
    private final Checklist checklist;
    private final String key;

    public QualitySection(ChecklistAppraisal appraisal) {
        this(appraisal, false);
    }

    /**
     * @param withVersion put the checklist version into table and figure ids, for reviews that use two versions
     *                    of one checklist (their files would otherwise collide)
     */
    public QualitySection(ChecklistAppraisal appraisal, boolean withVersion) {
        this.appraisal = appraisal;
        this.checklist = appraisal.checklist().checklist();
        this.key = slug(withVersion ? checklist.getId() + "-" + checklist.getVersion() : checklist.getId());
    }

    /** A lower-case id fragment of letters, digits and '-' made from a checklist id. */
    static String slug(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "checklist" : s;
    }

    /** "RQS 1.0"-style name: the checklist title and version. */
    public String name() {
        return checklist.getTitle() + " " + checklist.getVersion();
    }

    /** Key figures: studies scored, totals and percentages (mean, median, range). */
    public List<String[]> keyFigures() {
        List<String[]> kv = new ArrayList<>();
        Summary t = appraisal.totals();
        Summary p = appraisal.percents();
        kv.add(new String[] {"Studies scored", Integer.toString(t.n())});
        if (t.n() > 0) {
            kv.add(new String[] {"Total score", "mean " + Cells.number(t.mean(), 1) + ", median "
                    + Cells.number(t.median(), 1) + ", range " + Cells.number(t.min(), 2) + " to "
                    + Cells.number(t.max(), 2)});
            kv.add(new String[] {"Percentage", "mean " + Cells.percent(p.mean()) + " %, median "
                    + Cells.percent(p.median()) + " %, range " + Cells.percent(p.min()) + " % to "
                    + Cells.percent(p.max()) + " %"});
            if (!checklist.getBands().isEmpty()) {
                // studies per band, bands in the checklist's order, as the engine assigned them
                List<String> counts = new ArrayList<>();
                for (org.radwb.checklist.model.ScoreBand band : checklist.getBands()) {
                    long n = appraisal.scores().stream().filter(x -> band.getLabel().equals(x.result().band())).count();
                    counts.add(band.getLabel() + " " + n);
                }
                kv.add(new String[] {"Studies per band", String.join(", ", counts)});
            }
        }
        return kv;
    }

    /** Per-study total, range, percentage and band. */
    public ReportTable scores() {
        List<List<String>> rows = new ArrayList<>();
        boolean bands = !checklist.getBands().isEmpty();
        for (StudyScore s : appraisal.scores()) {
            List<String> row = new ArrayList<>(List.of(s.label(), s.basis(), Cells.number(s.result().total(), 4),
                    Cells.number(s.result().min(), 4) + " to " + Cells.number(s.result().max(), 4),
                    Cells.percent(s.result().percent())));
            if (bands) {
                row.add(s.result().band() == null ? "" : s.result().band());
            }
            rows.add(row);
        }
        List<String> cols = new ArrayList<>(List.of("Study", "Assessment", "Total", "Reachable range",
                "Percentage (%)"));
        if (bands) {
            cols.add("Band");
        }
        List<String> notes = new ArrayList<>();
        if (checklist.getCitation() != null && !checklist.getCitation().isBlank()) {
            notes.add(checklist.getTitle() + ": " + checklist.getCitation());
        }
        notes.addAll(appraisal.problems());
        return new ReportTable(key + "-scores", name() + ": score per study", cols, rows, notes);
    }

    /** Adherence per item grouped by domain, in checklist order (the shape of the seed review's Table 4). */
    public ReportTable adherence() {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<ItemAdherence>> e : byDomain().entrySet()) {
            for (ItemAdherence a : e.getValue()) {
                rows.add(List.of(e.getKey(), a.itemId(), a.title(), Integer.toString(a.adhered()),
                        Integer.toString(a.applicable()), Cells.percent(a.ratePercent())));
            }
        }
        return new ReportTable(key + "-adherence", name() + ": basic adherence rate per item",
                List.of("Domain", "Item", "Title", "Studies adhering", "Studies where applicable", "Adherence (%)"),
                rows, List.of("Adherence: share of studies in which the item applied and earned at least one point."));
    }

    /** Domain totals across studies. */
    public ReportTable domains() {
        List<List<String>> rows = new ArrayList<>();
        for (DomainSummary d : appraisal.domainSummaries()) {
            Summary t = d.totals();
            rows.add(List.of(d.title(), Cells.number(d.min(), 4) + " to " + Cells.number(d.max(), 4),
                    stat(t.mean(), 2), stat(t.median(), 2), stat(t.min(), 4), stat(t.max(), 4),
                    Cells.percent(d.percentOfMax().mean())));
        }
        return new ReportTable(key + "-domains", name() + ": domain scores across studies",
                List.of("Domain", "Reachable range", "Mean", "Median", "Minimum", "Maximum", "Mean % of maximum"),
                rows, List.of());
    }

    /** Inter-rater agreement per item (percent, kappa, weighted kappa) with the ICC(2,1) of totals as a note. */
    public ReportTable agreement(AgreementReport report) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (ItemAdherence a : appraisal.itemAdherence()) {
            titles.put(a.itemId(), a.title());
        }
        List<List<String>> rows = new ArrayList<>();
        for (ItemAgreement a : report.items()) {
            rows.add(List.of(a.itemId(), titles.getOrDefault(a.itemId(), ""), Integer.toString(a.subjects()),
                    Cells.percent(a.percentAgreement()), stat(a.kappa(), 3), stat(a.weightedKappa(), 3),
                    a.method() == null ? "" : a.method()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Raters: " + String.join(", ", report.raters()) + "; studies rated by all of them: "
                + report.studies().size() + ".");
        IntraclassCorrelation icc = report.totals();
        notes.add(icc == null ? "ICC(2,1) of the totals: needs at least two studies rated by every rater."
                : "ICC(2,1) of the totals: " + Cells.number(icc.value(), 3) + " (95 % CI " + Cells.number(icc.lower(), 3)
                        + " to " + Cells.number(icc.upper(), 3) + "; " + icc.subjects() + " studies, " + icc.raters()
                        + " raters).");
        notes.add("Kappa: Cohen's for two raters, Fleiss' for more; weighted: quadratic weights over the item's point"
                + " levels (ordinal items, two raters); n/a where undefined (e.g. all answers identical).");
        return new ReportTable(key + "-agreement", name() + ": inter-rater agreement per item",
                List.of("Item", "Title", "Studies", "Agreement (%)", "Kappa", "Weighted kappa", "Method"), rows, notes);
    }

    private static String stat(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : Cells.number(v, decimals);
    }

    /** Bar chart of per-item adherence, grouped by domain. */
    public BarChart adherenceChart() {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<ItemAdherence>> e : byDomain().entrySet()) {
            List<Bar> bars = new ArrayList<>();
            for (ItemAdherence a : e.getValue()) {
                double rate = a.ratePercent();
                bars.add(new Bar(a.itemId() + ". " + a.title(), Double.isNaN(rate) ? 0 : rate,
                        Double.isNaN(rate) ? "n/a" : Cells.percent(rate) + " % (" + a.adhered() + "/"
                                + a.applicable() + ")"));
            }
            groups.add(new Group(e.getKey(), bars));
        }
        return new BarChart(key + "-adherence", name() + ": item adherence",
                "Studies in which the item earned at least one point (%)", 0, 100, groups);
    }

    /** Bar chart of mean domain scores as percent of each domain's maximum, or null when no domain has one. */
    public BarChart domainChart() {
        List<Bar> bars = new ArrayList<>();
        double min = 0;
        for (DomainSummary d : appraisal.domainSummaries()) {
            double v = d.percentOfMax().mean();
            if (Double.isNaN(v)) {
                continue;
            }
            min = Math.min(min, v);
            bars.add(new Bar(d.title(), v, Cells.percent(v) + " % (mean " + Cells.number(d.totals().mean(), 2)
                    + " of " + Cells.number(d.max(), 4) + ")"));
        }
        if (bars.isEmpty()) {
            return null;
        }
        return new BarChart(key + "-domains", name() + ": mean domain score", "Mean score as % of the domain maximum",
                min < 0 ? -100 : 0, 100, List.of(new Group("", bars)));
    }

    /** Items grouped under their domain titles, domains in checklist order, items in checklist order. */
    private Map<String, List<ItemAdherence>> byDomain() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Domain d : checklist.getDomains()) {
            titles.put(d.getId(), d.getTitle());
        }
        Map<String, List<ItemAdherence>> out = new LinkedHashMap<>();
        for (String title : titles.values()) {
            out.put(title, new ArrayList<>());
        }
        for (ItemAdherence a : appraisal.itemAdherence()) {
            String title = a.domainId() == null ? "" : titles.getOrDefault(a.domainId(), a.domainId());
            out.computeIfAbsent(title, k -> new ArrayList<>()).add(a);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}
