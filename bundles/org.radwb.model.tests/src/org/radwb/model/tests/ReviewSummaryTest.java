package org.radwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.model.MetricKind;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.summary.ReviewSummary;

class ReviewSummaryTest {

    @Test
    void countsSumReportedValuesAndListStudiesThatDoNotReport() {
        Review r = Reviews.sample();
        Study other = ReviewFactory.eINSTANCE.createStudy();
        other.setId("Roe2019");
        other.setYear(2019);
        other.setLesionCount(7);
        ReportedMetric c = ReviewFactory.eINSTANCE.createReportedMetric();
        c.setKind(MetricKind.CINDEX_MULTIVARIATE);
        c.setValue(0.71);
        other.getResults().add(c);
        ReportedMetric auc = ReviewFactory.eINSTANCE.createReportedMetric();
        auc.setKind(MetricKind.AUC_COMBINED);
        auc.setValue(0.9);
        other.getResults().add(auc);
        r.getStudies().add(other);
        ReviewSummary s = ReviewSummary.of(r);
        Map<String, String> kv = s.asKeyValues();
        assertEquals("2", kv.get("studies"));
        assertEquals("10", kv.get("patients"));
        assertEquals("21", kv.get("lesions"));
        assertEquals("1", kv.get("studies_without_patient_count"));
        assertEquals("2019-2022", kv.get("year_range"));
        assertEquals("0.0-0.9", kv.get("auc_range"));
        assertEquals("0.71-0.71", kv.get("cindex_range"));
    }

    @Test
    void aStudyWithoutIdOrCountsIsListedNotACrash() {
        Review r = ReviewFactory.eINSTANCE.createReview();
        r.getStudies().add(ReviewFactory.eINSTANCE.createStudy());
        ReviewSummary s = ReviewSummary.of(r);
        assertEquals(java.util.List.of("(study without id)"), s.studiesWithoutPatients());
    }

    @Test
    void anEmptyReviewReportsNothing() {
        Map<String, String> kv = ReviewSummary.of(ReviewFactory.eINSTANCE.createReview()).asKeyValues();
        assertEquals("0", kv.get("studies"));
        assertEquals("not reported", kv.get("year_range"));
        assertEquals("not reported", kv.get("auc_range"));
    }
}
