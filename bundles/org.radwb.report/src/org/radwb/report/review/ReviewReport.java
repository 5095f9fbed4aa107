package org.radwb.report.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.model.Review;
import org.radwb.model.summary.ReviewSummary;
import org.radwb.report.ReportWriter;
import org.radwb.report.figure.BarChart;
import org.radwb.report.figure.ForestPlot;
import org.radwb.report.figure.PrismaDiagram;
import org.radwb.report.html.ReportDocument;

/**
 * The review report: overview, PRISMA 2020 flow, Tables 1–3 of the included studies, the forest plot of reported
 * discrimination, and for each checklist used the scores, item adherence and domain scores with their charts.
 * Problems in the data (inconsistent PRISMA counts, assessments that cannot be scored) do not stop the report;
 * they are listed in its last section and returned by {@link #problems()}.
 */
public final class ReviewReport {

    private final ReportDocument document;
    private final List<String> problems;
    private final QualityAppraisal quality;

    private ReviewReport(ReportDocument document, List<String> problems, QualityAppraisal quality) {
        this.document = document;
        this.problems = List.copyOf(problems);
        this.quality = quality;
    }

    /** The report content. */
    public ReportDocument document() {
        return document;
    }

    /** Data problems found while building, also listed in the report. */
    public List<String> problems() {
        return problems;
    }

    /** The checklist appraisals the report shows. */
    public QualityAppraisal quality() {
        return quality;
    }

    /** Renders the report into {@code dir}; see {@link ReportWriter#write}. */
    public List<Path> write(Path dir) throws IOException {
        return ReportWriter.write(document, dir);
    }

    /** Builds the report of {@code review}, scoring assessments with the checklists in {@code registry}. */
    public static ReviewReport build(Review review, ChecklistRegistry registry) {
        List<String> problems = new ArrayList<>();
        String title = review.getTitle() == null || review.getTitle().isBlank() ? "Review report" : review.getTitle();
        ReportDocument doc = new ReportDocument(title);
        if (review.getCitation() != null && !review.getCitation().isBlank()) {
            doc.paragraph("Source: " + review.getCitation().trim());
        }
        if (review.getLicense() != null && !review.getLicense().isBlank()) {
            doc.paragraph("Licence: " + review.getLicense().trim());
        }

        doc.heading("Overview");
        List<String[]> overview = new ArrayList<>();
        addIfSet(overview, "Question", review.getQuestion());
        addIfSet(overview, "Population", review.getPopulation());
        addIfSet(overview, "Intervention", review.getIntervention());
        addIfSet(overview, "Comparator", review.getComparator());
        addIfSet(overview, "Outcome", review.getOutcome());
        ReviewSummary summary = ReviewSummary.of(review);
        for (Map.Entry<String, String> e : summary.asKeyValues().entrySet()) {
            overview.add(new String[] {overviewLabel(e.getKey()), e.getValue()});
        }
        doc.keyValues(overview);
        if (review.getNotes() != null && !review.getNotes().isBlank()) {
            for (String line : review.getNotes().split("\\R")) {
                if (!line.isBlank()) {
                    doc.paragraph("Note: " + line.trim());
                }
            }
        }

        doc.heading("Study selection");
        try {
            doc.figure(new PrismaDiagram(PrismaFromModel.convert(review)),
                    "PRISMA 2020 flow diagram of study selection (template of Page et al., BMJ 2021;372:n71).");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            doc.paragraph("No PRISMA flow diagram: " + e.getMessage() + ".");
        }

        StudyTables tables = new StudyTables(review);
        doc.heading("Included studies");
        doc.table(tables.segmentationAndExtraction());
        doc.table(tables.studyCharacteristics());
        doc.table(tables.findings());
        if (tables.hasModelRuns()) {
            doc.heading("Models trained in the workbench");
            doc.table(tables.modelRuns());
        }

        doc.heading("Reported discrimination");
        ForestPlot forest = ForestFromModel.of(review, tables, problems);
        if (forest == null) {
            doc.paragraph("No study reports an AUC or a C-index.");
        } else {
            doc.figure(forest, "AUC and C-index values as reported by the studies; squares are estimates, lines 95 %"
                    + " confidence intervals where reported (hollow squares: no interval reported). Not pooled:"
                    + " outcomes, cohorts and validation designs differ between studies.");
        }

        QualityAppraisal quality = QualityAppraisal.of(review, registry, tables);
        problems.addAll(quality.problems());
        if (quality.appraisals().isEmpty()) {
            doc.heading("Quality appraisal");
            doc.paragraph("No study has a scored quality assessment yet.");
        }
        for (ChecklistAppraisal a : quality.appraisals()) {
            boolean twoVersions = quality.appraisals().stream()
                    .filter(o -> o.checklist().id().equals(a.checklist().id())).count() > 1;
            QualitySection q = new QualitySection(a, twoVersions);
            problems.addAll(a.problems());
            doc.heading("Quality appraisal: " + q.name());
            doc.keyValues(q.keyFigures());
            doc.table(q.scores());
            if (!a.scores().isEmpty()) {
                doc.table(q.adherence());
                doc.figure(q.adherenceChart(), q.name() + ": share of studies in which each item earned at least"
                        + " one point.");
                doc.table(q.domains());
                BarChart domains = q.domainChart();
                if (domains != null) {
                    doc.figure(domains, q.name() + ": mean domain score as a percentage of the domain maximum.");
                }
            }
            if (a.hasRaterPairs()) {
                try {
                    doc.table(q.agreement(a.agreement()));
                } catch (InvalidAnswersException | IllegalArgumentException e) {
                    problems.add(q.name() + ": no inter-rater agreement: " + e.getMessage());
                }
            }
        }

        if (!problems.isEmpty()) {
            doc.heading("Data problems");
            for (String p : problems) {
                doc.paragraph(p);
            }
        }
        return new ReviewReport(doc, problems, quality);
    }

    /** Readable labels for the summary's keys ({@code auc_range} becomes "AUC range"). */
    static String overviewLabel(String key) {
        return switch (key) {
            case "studies" -> "Studies";
            case "patients" -> "Patients (sum of reported counts)";
            case "lesions" -> "Lesions (sum of reported counts)";
            case "studies_without_patient_count" -> "Studies without a patient count";
            case "studies_without_lesion_count" -> "Studies without a lesion count";
            case "year_range" -> "Publication years";
            case "auc_range" -> "AUC range (all reported AUCs)";
            case "cindex_range" -> "C-index range";
            default -> Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
        };
    }

    private static void addIfSet(List<String[]> kv, String key, String value) {
        if (value != null && !value.isBlank()) {
            kv.add(new String[] {key, value.trim()});
        }
    }
}
