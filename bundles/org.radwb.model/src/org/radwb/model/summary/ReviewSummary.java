package org.radwb.model.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.radwb.model.MetricKind;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.Study;

/**
 * The counts and ranges of a review, computed in one place so the workbench, the command line and the
 * report show the same numbers. Patients and lesions are the sums of the counts the studies report;
 * studies that do not report a count are listed, not guessed.
 */
public record ReviewSummary(int studies, long patients, long lesions, List<String> studiesWithoutPatients,
        List<String> studiesWithoutLesions, OptionalInt firstYear, OptionalInt lastYear, OptionalDouble minAuc,
        OptionalDouble maxAuc, OptionalDouble minCIndex, OptionalDouble maxCIndex) {

    /** Computes the summary of a review. */
    public static ReviewSummary of(Review review) {
        long patients = 0;
        long lesions = 0;
        List<String> noPatients = new ArrayList<>();
        List<String> noLesions = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        double minAuc = Double.POSITIVE_INFINITY;
        double maxAuc = Double.NEGATIVE_INFINITY;
        double minC = Double.POSITIVE_INFINITY;
        double maxC = Double.NEGATIVE_INFINITY;
        for (Study s : review.getStudies()) {
            if (s.isSetPatientCount()) {
                patients += s.getPatientCount();
            } else {
                noPatients.add(label(s));
            }
            if (s.isSetLesionCount()) {
                lesions += s.getLesionCount();
            } else {
                noLesions.add(label(s));
            }
            if (s.isSetYear()) {
                first = Math.min(first, s.getYear());
                last = Math.max(last, s.getYear());
            }
            for (ReportedMetric m : s.getResults()) {
                if (!m.isSetValue()) {
                    continue;
                }
                if (isAuc(m.getKind())) {
                    minAuc = Math.min(minAuc, m.getValue());
                    maxAuc = Math.max(maxAuc, m.getValue());
                } else if (isCIndex(m.getKind())) {
                    minC = Math.min(minC, m.getValue());
                    maxC = Math.max(maxC, m.getValue());
                }
            }
        }
        return new ReviewSummary(review.getStudies().size(), patients, lesions, List.copyOf(noPatients),
                List.copyOf(noLesions), first <= last ? OptionalInt.of(first) : OptionalInt.empty(),
                first <= last ? OptionalInt.of(last) : OptionalInt.empty(), opt(minAuc), opt(maxAuc), opt(minC), opt(maxC));
    }

    private static String label(Study s) {
        return s.getId() == null || s.getId().isBlank() ? "(study without id)" : s.getId();
    }

    /** @return true for the AUC kinds (radiomic, clinical, combined, external) */
    public static boolean isAuc(MetricKind kind) {
        return switch (kind) {
            case AUC_RADIOMIC, AUC_CLINICAL, AUC_COMBINED, AUC_EXTERNAL -> true;
            default -> false;
        };
    }

    /** @return true for the concordance-index kinds */
    public static boolean isCIndex(MetricKind kind) {
        return switch (kind) {
            case CINDEX, CINDEX_UNIVARIATE, CINDEX_MULTIVARIATE -> true;
            default -> false;
        };
    }

    private static OptionalDouble opt(double v) {
        return Double.isInfinite(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The summary as ordered {@code key: value} pairs, as printed by {@code radwb review summary}. */
    public Map<String, String> asKeyValues() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("studies", Integer.toString(studies));
        m.put("patients", Long.toString(patients));
        m.put("lesions", Long.toString(lesions));
        m.put("studies_without_patient_count", Integer.toString(studiesWithoutPatients.size()));
        m.put("studies_without_lesion_count", Integer.toString(studiesWithoutLesions.size()));
        m.put("year_range", firstYear.isPresent() ? firstYear.getAsInt() + "-" + lastYear.getAsInt() : "not reported");
        m.put("auc_range", minAuc.isPresent() ? fmt(minAuc.getAsDouble()) + "-" + fmt(maxAuc.getAsDouble()) : "not reported");
        m.put("cindex_range", minCIndex.isPresent() ? fmt(minCIndex.getAsDouble()) + "-" + fmt(maxCIndex.getAsDouble()) : "not reported");
        return m;
    }

    private static String fmt(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
}
