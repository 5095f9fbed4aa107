package org.radwb.report.review;

import java.util.ArrayList;
import java.util.List;

import org.radwb.model.Metric;
import org.radwb.model.MetricKind;
import org.radwb.model.ModelRun;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.model.summary.ReviewSummary;
import org.radwb.report.figure.ForestPlot;
import org.radwb.report.figure.ForestPlot.Row;
import org.radwb.report.figure.ForestPlot.Section;

/** The forest plot of the discrimination statistics (AUC, C-index) the studies report, one section per kind. */
final class ForestFromModel {

    private record Kind(String heading, List<MetricKind> kinds) {
    }

    private static final List<Kind> SECTIONS = List.of(
            new Kind("AUC, radiomics model", List.of(MetricKind.AUC_RADIOMIC)),
            new Kind("AUC, radiomics model on external data", List.of(MetricKind.AUC_EXTERNAL)),
            new Kind("AUC, combined radiomics and clinical model", List.of(MetricKind.AUC_COMBINED)),
            new Kind("AUC, clinical model", List.of(MetricKind.AUC_CLINICAL)),
            new Kind("C-index", List.of(MetricKind.CINDEX, MetricKind.CINDEX_UNIVARIATE,
                    MetricKind.CINDEX_MULTIVARIATE)));

    private ForestFromModel() {
    }

    /** "AUC" or "C-index" for the workbench's metric names ({@code auc}, {@code c_index}), else null. */
    static String discrimination(String metricName) {
        if (metricName == null) {
            return null;
        }
        String n = metricName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (n) {
            case "auc", "rocauc", "auroc" -> "AUC";
            case "cindex", "harrellc", "concordance" -> "C-index";
            default -> null;
        };
    }

    /** The forest plot, or null when no study reports an AUC or C-index; bad values go to {@code problems}. */
    static ForestPlot of(Review review, StudyTables labels, List<String> problems) {
        List<Section> sections = new ArrayList<>();
        for (Kind k : SECTIONS) {
            List<Row> rows = new ArrayList<>();
            for (Study s : review.getStudies()) {
                for (ReportedMetric m : s.getResults()) {
                    if (!k.kinds().contains(m.getKind()) || !m.isSetValue()) {
                        continue;
                    }
                    // keep the summary's definition of which kinds are AUC / C-index the single source
                    if (!ReviewSummary.isAuc(m.getKind()) && !ReviewSummary.isCIndex(m.getKind())) {
                        continue;
                    }
                    String q = StudyTables.qualifier(m);
                    if (m.getKind() == MetricKind.CINDEX_UNIVARIATE || m.getKind() == MetricKind.CINDEX_MULTIVARIATE) {
                        String model = m.getKind() == MetricKind.CINDEX_UNIVARIATE ? "univariate" : "multivariate";
                        q = q.isEmpty() ? model : model + ", " + q;
                    }
                    String label = labels.label(s) + (q.isEmpty() ? "" : " (" + q + ")");
                    boolean ci = m.isSetLower() && m.isSetUpper();
                    try {
                        rows.add(new Row(label, m.getValue(), ci ? m.getLower() : null, ci ? m.getUpper() : null));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage() + "; left out of the forest plot");
                    }
                }
            }
            if (!rows.isEmpty()) {
                sections.add(new Section(k.heading(), rows));
            }
        }
        List<Row> runs = new ArrayList<>();
        for (Study s : review.getStudies()) {
            for (ModelRun run : s.getModelRuns()) {
                for (Metric m : run.getMetrics()) {
                    String kind = discrimination(m.getName());
                    if (kind == null || !m.isSetValue()) {
                        continue;
                    }
                    String label = labels.label(s) + " (" + kind + ", " + Cells.text(run.getModelId())
                            + (run.getValidation() == null || run.getValidation().isBlank() ? "" : ", "
                                    + run.getValidation().trim()) + ")";
                    boolean ci = m.isSetLower() && m.isSetUpper();
                    try {
                        runs.add(new Row(label, m.getValue(), ci ? m.getLower() : null, ci ? m.getUpper() : null));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage() + "; left out of the forest plot");
                    }
                }
            }
        }
        if (!runs.isEmpty()) {
            sections.add(new Section("Models trained in the workbench", runs));
        }
        return sections.isEmpty() ? null : new ForestPlot("Reported discrimination (AUC and C-index)", sections);
    }
}
