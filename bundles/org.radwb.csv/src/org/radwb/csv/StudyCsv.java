package org.radwb.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.radwb.model.MetricKind;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;
import org.radwb.model.validation.ReviewValidator;

/**
 * Studies as CSV, one row per study, with the documented header-driven columns of {@code docs/csv-format.md}.
 * Reported performance figures have a column per kind (e.g. {@code auc_radiomic}) and, where studies report
 * them, confidence-interval columns ({@code auc_radiomic_lower}, {@code auc_radiomic_upper}).
 */
public final class StudyCsv {

    private static final ReviewPackage P = ReviewPackage.eINSTANCE;

    private static final List<CsvCell<Study>> CELLS = List.copyOf(cells());

    /** The study table, in export order. */
    public static final CsvTable<Study> TABLE = new CsvTable<>(CELLS, List.of(), List.of("id"),
            ReviewFactory.eINSTANCE::createStudy);

    private StudyCsv() {
    }

    private static List<CsvCell<Study>> cells() {
        List<CsvCell<Study>> c = new ArrayList<>();
        add(c, "id", P.getStudy_Id());
        add(c, "authors", P.getStudy_Authors());
        add(c, "year", P.getStudy_Year());
        add(c, "title", P.getStudy_Title());
        add(c, "journal", P.getStudy_Journal());
        add(c, "doi", P.getStudy_Doi());
        add(c, "country", P.getStudy_Country());
        add(c, "design", P.getStudy_Design());
        add(c, "patients", P.getStudy_PatientCount());
        add(c, "lesions", P.getStudy_LesionCount());
        add(c, "primary_cancers", P.getStudy_PrimaryCancers());
        add(c, "treatment", P.getStudy_Treatment());
        add(c, "treatment_model", P.getStudy_TreatmentModel());
        add(c, "fractionation", P.getStudy_Fractionation());
        add(c, "mri_vendor", P.getStudy_MriVendor());
        add(c, "mri_model", P.getStudy_MriModel());
        add(c, "field_strengths", P.getStudy_FieldStrengths());
        add(c, "sequences", P.getStudy_Sequences());
        add(c, "segmentation_software", P.getStudy_SegmentationSoftware());
        add(c, "segmentation_method", P.getStudy_SegmentationMethod());
        add(c, "radiomics_software", P.getStudy_RadiomicsSoftware());
        add(c, "features_extracted", P.getStudy_FeaturesExtracted());
        add(c, "features_selected", P.getStudy_FeaturesSelected());
        add(c, "feature_selection", P.getStudy_FeatureSelectionMethods());
        add(c, "train_pct", P.getStudy_TrainPercent());
        add(c, "validation_pct", P.getStudy_ValidationPercent());
        add(c, "test_pct", P.getStudy_TestPercent());
        add(c, "split", P.getStudy_SplitDescription());
        add(c, "clinical_features", P.getStudy_ClinicalFeatures());
        add(c, "algorithm_type", P.getStudy_AlgorithmType());
        add(c, "algorithms", P.getStudy_Algorithms());
        add(c, "algorithm_software", P.getStudy_AlgorithmSoftware());
        add(c, "endpoint", P.getStudy_Endpoint());
        add(c, "endpoint_description", P.getStudy_EndpointDescription());
        metric(c, "auc_radiomic", MetricKind.AUC_RADIOMIC, true);
        metric(c, "auc_clinical", MetricKind.AUC_CLINICAL, true);
        metric(c, "auc_combined", MetricKind.AUC_COMBINED, true);
        metric(c, "auc_external", MetricKind.AUC_EXTERNAL, true);
        metric(c, "accuracy", MetricKind.ACCURACY, false);
        metric(c, "sensitivity", MetricKind.SENSITIVITY, false);
        metric(c, "specificity", MetricKind.SPECIFICITY, false);
        metric(c, "cindex_univariate", MetricKind.CINDEX_UNIVARIATE, true);
        metric(c, "cindex_multivariate", MetricKind.CINDEX_MULTIVARIATE, true);
        add(c, "notes", P.getStudy_Notes());
        return c;
    }

    private static void add(List<CsvCell<Study>> cells, String header, EAttribute attribute) {
        cells.add(CsvCell.of(header, attribute));
    }

    private static void metric(List<CsvCell<Study>> cells, String header, MetricKind kind, boolean withInterval) {
        cells.add(new MetricCell(header, kind, P.getReportedMetric_Value()));
        if (withInterval) {
            cells.add(new MetricCell(header + "_lower", kind, P.getReportedMetric_Lower()));
            cells.add(new MetricCell(header + "_upper", kind, P.getReportedMetric_Upper()));
        }
    }

    /** A column holding one part (value, lower or upper bound) of the study's metric of one kind. */
    private static final class MetricCell extends CsvCell<Study> {
        private final MetricKind kind;
        private final EAttribute part;

        MetricCell(String header, MetricKind kind, EAttribute part) {
            super(header);
            this.kind = kind;
            this.part = part;
        }

        @Override
        public void clear(Study s) {
            for (ReportedMetric m : List.copyOf(s.getResults())) {
                if (m.getKind() == kind) {
                    m.eUnset(part);
                    if (!m.isSetValue() && !m.isSetLower() && !m.isSetUpper()) {
                        s.getResults().remove(m);
                    }
                }
            }
        }

        @Override
        public boolean concerns(EObject o, EStructuralFeature f) {
            return o instanceof ReportedMetric m && m.getKind() == kind && f == part;
        }

        @Override
        public String read(Study s) {
            for (ReportedMetric m : s.getResults()) {
                if (m.getKind() == kind && m.eIsSet(part)) {
                    return formatNumber((Double) m.eGet(part));
                }
            }
            return "";
        }

        @Override
        public void write(Study s, String text) {
            double v = parseNumber(text, "a number between 0 and 1 such as 0.85 (or empty for not reported)");
            ReportedMetric metric = s.getResults().stream().filter(m -> m.getKind() == kind).findFirst().orElseGet(() -> {
                ReportedMetric m = ReviewFactory.eINSTANCE.createReportedMetric();
                m.setKind(kind);
                s.getResults().add(m);
                return m;
            });
            metric.eSet(part, v);
        }
    }

    /**
     * Reads studies from a file and checks them with the review model's constraints; any problem refuses the
     * whole file.
     *
     * @param existing the review the studies are meant for (ids must not clash with its studies), or null
     */
    public static List<Study> read(Path file, Review existing) throws IOException {
        CsvTable.Parsed<Study> parsed = TABLE.parse(file);
        List<CsvTable.Row<Study>> rows = parsed.rows();
        List<CsvProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> ids = new HashSet<>();
        if (existing != null) {
            existing.getStudies().forEach(s -> ids.add(s.getId()));
        }
        List<Study> studies = new ArrayList<>();
        for (CsvTable.Row<Study> row : rows) {
            Study s = row.object();
            if (!ids.add(s.getId())) {
                problems.add(new CsvProblem(file, row.line(), "id", s.getId(), existing != null && existing.getStudies().stream()
                        .anyMatch(x -> s.getId().equals(x.getId())) ? "an id not already in the review" : "a unique id (used twice in the file)"));
            }
            Diagnostic d = ReviewValidator.validate(s);
            for (Diagnostic child : d.getChildren()) {
                if (child.getSeverity() < Diagnostic.ERROR) {
                    continue;
                }
                String column = columnOf(child);
                problems.add(new CsvProblem(file, row.line(), column, null, "a consistent value: " + child.getMessage()));
            }
            studies.add(s);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(CsvProblem::line));
            throw new CsvImportException(problems);
        }
        return studies;
    }

    /** @return the columns of the study table, in export order */
    public static List<CsvCell<Study>> columns() {
        return CELLS;
    }

    private static String columnOf(Diagnostic d) {
        List<?> data = d.getData();
        if (data.size() >= 2 && data.get(1) instanceof EStructuralFeature f && data.get(0) instanceof EObject o) {
            for (CsvCell<Study> c : CELLS) {
                if (c.concerns(o, f)) {
                    return c.header();
                }
            }
            return f.getName();
        }
        return null;
    }

    /** Writes studies to a file (atomic; formulas neutralised). */
    public static void write(List<Study> studies, Path file) throws IOException {
        TABLE.write(studies, s -> List.of(), file);
    }
}
