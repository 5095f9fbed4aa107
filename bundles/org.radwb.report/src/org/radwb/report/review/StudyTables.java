package org.radwb.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.radwb.model.Metric;
import org.radwb.model.MetricKind;
import org.radwb.model.ModelRun;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.report.table.ReportTable;

/**
 * The per-study summary tables in the shape of the seed review's Tables 1–3 (Umaru et al., iRADIOLOGY 2025):
 * segmentation and feature extraction, study and MRI characteristics, and reported performance.
 */
public final class StudyTables {

    static final String NR_NOTE = "NR: not reported by the study.";

    private final List<Study> studies;
    private final StudyLabels labels;

    public StudyTables(Review review) {
        this.studies = List.copyOf(review.getStudies());
        this.labels = new StudyLabels(studies);
    }

    /** The label of a study of this review as used in every table and figure ("Kawahara et al. 2021"). */
    public String label(Study s) {
        return labels.of(s);
    }

    /** Table 1: segmentation and radiomics feature extraction. */
    public ReportTable segmentationAndExtraction() {
        List<List<String>> rows = new ArrayList<>();
        for (Study s : studies) {
            rows.add(List.of(labels.of(s), Cells.text(s.getSegmentationSoftware()),
                    Cells.literal(s.getSegmentationMethod().getLiteral()), Cells.text(s.getRadiomicsSoftware()),
                    Cells.list(s.getFeatureSelectionMethods()), features(s),
                    Cells.number(s.isSetTrainPercent(), s.getTrainPercent(), 1),
                    Cells.number(s.isSetValidationPercent(), s.getValidationPercent(), 1),
                    Cells.number(s.isSetTestPercent(), s.getTestPercent(), 1), Cells.list(s.getClinicalFeatures()),
                    algorithm(s), Cells.text(s.getAlgorithmSoftware())));
        }
        return new ReportTable("table1-segmentation-extraction",
                "Table 1. Summary of image segmentation and radiomics feature extraction",
                List.of("Study", "Segmentation software", "Segmentation method", "Radiomics software",
                        "Feature reduction/selection", "Features extracted / selected", "Training data (%)",
                        "Validation data (%)", "Testing data (%)", "Clinical features", "Algorithm",
                        "Software used for ML"),
                rows, List.of(NR_NOTE, "Features: extracted / selected; a single number is the extracted count."));
    }

    /** Table 2: study characteristics and MRI. */
    public ReportTable studyCharacteristics() {
        List<List<String>> rows = new ArrayList<>();
        for (Study s : studies) {
            rows.add(List.of(labels.of(s), Cells.integer(s.isSetYear(), s.getYear()), Cells.text(s.getCountry()),
                    Cells.literal(s.getDesign().getLiteral()), Cells.integer(s.isSetPatientCount(), s.getPatientCount()),
                    Cells.integer(s.isSetLesionCount(), s.getLesionCount()), Cells.text(s.getPrimaryCancers()),
                    treatment(s), mri(s), Cells.numbers(s.getFieldStrengths(), 2), Cells.list(s.getSequences())));
        }
        return new ReportTable("table2-study-characteristics",
                "Table 2. Characteristics of the included studies and MRI used",
                List.of("Study", "Year", "Country and region", "Study design", "Patients", "Metastases",
                        "Primary cancer", "Treatment", "MRI machine", "Field strength (T)", "Pulse sequences"),
                rows, List.of(NR_NOTE));
    }

    /** Table 3: reported performance (AUC, accuracy, sensitivity, C-index). */
    public ReportTable findings() {
        List<List<String>> rows = new ArrayList<>();
        for (Study s : studies) {
            rows.add(List.of(labels.of(s), metric(s, MetricKind.AUC_RADIOMIC, false),
                    metric(s, MetricKind.AUC_EXTERNAL, false), metric(s, MetricKind.AUC_CLINICAL, false),
                    metric(s, MetricKind.AUC_COMBINED, false), metric(s, MetricKind.ACCURACY, true),
                    metric(s, MetricKind.SENSITIVITY, true), metric(s, MetricKind.SPECIFICITY, true),
                    metric(s, MetricKind.CINDEX_UNIVARIATE, false), metric(s, MetricKind.CINDEX_MULTIVARIATE, false),
                    metric(s, MetricKind.CINDEX, false)));
        }
        return new ReportTable("table3-findings", "Table 3. Summary of findings",
                List.of("Study", "AUC radiomics", "AUC external", "AUC clinical", "AUC combined", "Accuracy (%)",
                        "Sensitivity (%)", "Specificity (%)", "C-index univariate", "C-index multivariate",
                        "C-index"),
                rows, List.of("\u2014: not reported.", "Values in brackets are 95 % confidence intervals; text in"
                        + " parentheses names the cohort or model the value belongs to."));
    }

    /** Whether any study has a model run of the workbench. */
    public boolean hasModelRuns() {
        return studies.stream().anyMatch(s -> !s.getModelRuns().isEmpty());
    }

    /** The models trained and validated in the workbench on the studies' own data, with their metrics. */
    public ReportTable modelRuns() {
        List<List<String>> rows = new ArrayList<>();
        for (Study s : studies) {
            for (ModelRun run : s.getModelRuns()) {
                List<String> metrics = new ArrayList<>();
                for (Metric m : run.getMetrics()) {
                    if (!m.isSetValue()) {
                        continue;
                    }
                    String ci = m.isSetLower() && m.isSetUpper() ? " [" + Cells.number(m.getLower(), 3) + "\u2013"
                            + Cells.number(m.getUpper(), 3) + "]" : "";
                    metrics.add(Cells.text(m.getName()) + " " + Cells.number(m.getValue(), 3) + ci);
                }
                rows.add(List.of(labels.of(s), Cells.text(run.getId()), Cells.text(run.getModelId()),
                        Cells.text(run.getOutcome()), Cells.text(run.getValidation()),
                        metrics.isEmpty() ? Cells.NR : String.join("; ", metrics), Cells.text(run.getCreatedAt())));
            }
        }
        return new ReportTable("model-runs", "Models trained and validated in the workbench",
                List.of("Study", "Run", "Model", "Outcome", "Validation", "Metrics", "Created"), rows,
                List.of("Values in brackets are 95 % confidence intervals as computed by the workbench."));
    }

    private static String features(Study s) {
        if (!s.isSetFeaturesExtracted() && !s.isSetFeaturesSelected()) {
            return Cells.NR;
        }
        String extracted = Cells.integer(s.isSetFeaturesExtracted(), s.getFeaturesExtracted());
        return s.isSetFeaturesSelected() ? extracted + " / " + s.getFeaturesSelected() : extracted;
    }

    private static String algorithm(Study s) {
        String type = Cells.literal(s.getAlgorithmType().getLiteral());
        String names = s.getAlgorithms();
        if (names == null || names.isBlank()) {
            return type;
        }
        return Cells.NR.equals(type) ? names.trim() : type + ": " + names.trim();
    }

    /** "Gamma Knife (Perfexion)", "LINAC, hypofractionated SRT", "hypofractionated SRT (modality NR)". */
    static String treatment(Study s) {
        String modality = Cells.literal(s.getTreatment().getLiteral());
        String model = s.getTreatmentModel() == null ? "" : s.getTreatmentModel().trim();
        String fractions = s.getFractionation() == null ? "" : s.getFractionation().trim();
        String device;
        if (model.isEmpty()) {
            device = modality;
        } else if (Cells.NR.equals(modality) || model.toLowerCase(Locale.ROOT).contains(modality.toLowerCase(Locale.ROOT))) {
            device = model; // "Gamma Knife model 4C" already names the modality
        } else {
            device = modality + " (" + model + ")";
        }
        if (fractions.isEmpty()) {
            return device;
        }
        return Cells.NR.equals(device) ? fractions + " (modality NR)" : device + ", " + fractions;
    }

    private static String mri(Study s) {
        String v = s.getMriVendor() == null ? "" : s.getMriVendor().trim();
        String m = s.getMriModel() == null ? "" : s.getMriModel().trim();
        String both = (v + " " + m).trim();
        return both.isEmpty() ? Cells.NR : both;
    }

    /** All values of one kind for a study, "0.87 [0.80–0.93] (testing); 0.78 (validation)", or an em dash. */
    static String metric(Study s, MetricKind kind, boolean percent) {
        List<String> parts = new ArrayList<>();
        for (ReportedMetric m : s.getResults()) {
            if (m.getKind() != kind || !m.isSetValue()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(value(m.getValue(), percent));
            if (m.isSetLower() && m.isSetUpper()) {
                sb.append(" [").append(value(m.getLower(), percent)).append('\u2013')
                        .append(value(m.getUpper(), percent)).append(']');
            }
            String qualifier = qualifier(m);
            if (!qualifier.isEmpty()) {
                sb.append(" (").append(qualifier).append(')');
            }
            parts.add(sb.toString());
        }
        return parts.isEmpty() ? "\u2014" : parts.stream().collect(Collectors.joining("; "));
    }

    private static String value(double v, boolean percent) {
        return percent ? Cells.number(100 * v, 1) : Cells.statistic(v);
    }

    /** The cohort and/or label of a reported value, whichever are set. */
    static String qualifier(ReportedMetric m) {
        List<String> q = new ArrayList<>();
        if (m.getCohort() != null && !m.getCohort().isBlank()) {
            q.add(m.getCohort().trim());
        }
        if (m.getLabel() != null && !m.getLabel().isBlank() && !q.contains(m.getLabel().trim())) {
            q.add(m.getLabel().trim());
        }
        return String.join(", ", q);
    }
}
