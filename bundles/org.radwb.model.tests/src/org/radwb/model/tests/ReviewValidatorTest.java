package org.radwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.radwb.model.MetricKind;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;
import org.radwb.model.validation.ReviewValidator;

class ReviewValidatorTest {

    private static List<String> errors(Review r) {
        return ReviewValidator.validate(r).getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                .map(Diagnostic::getMessage).collect(Collectors.toList());
    }

    @Test
    void theSampleIsValid() {
        assertEquals(List.of(), errors(Reviews.sample()));
    }

    @Test
    void aucAbove1IsAnErrorNamingStudyAndField() {
        Review r = Reviews.sample();
        ReportedMetric m = r.getStudies().get(0).getResults().get(0);
        m.setValue(1.2);
        List<String> e = errors(r);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).contains("Doe2022") && e.get(0).contains("1.2") && e.get(0).contains("[0, 1]"), e.get(0));
        assertEquals(1.2, m.getValue(), 0.0, "never silently fixed");
    }

    @Test
    void confidenceIntervalMustContainTheValue() {
        Review r = Reviews.sample();
        ReportedMetric m = r.getStudies().get(0).getResults().get(0);
        m.setValue(0.8);
        m.setLower(0.85);
        m.setUpper(0.9);
        assertTrue(errors(r).stream().anyMatch(s -> s.contains("below its CI lower bound")), errors(r).toString());
    }

    @Test
    void splitPercentagesSumToAtMost100() {
        Review r = Reviews.sample();
        Study s = r.getStudies().get(0);
        s.setTrainPercent(70);
        s.setValidationPercent(20);
        s.setTestPercent(20);
        assertTrue(errors(r).stream().anyMatch(x -> x.contains("sum to 110")), errors(r).toString());
        s.setTestPercent(10);
        assertEquals(List.of(), errors(r));
    }

    @Test
    void fewerLesionsThanPatientsIsAnError() {
        Review r = Reviews.sample();
        r.getStudies().get(0).setLesionCount(5);
        assertTrue(errors(r).stream().anyMatch(x -> x.contains("5 lesions is fewer than its 10 patients")), errors(r).toString());
        r.getStudies().get(0).unsetLesionCount();
        assertEquals(List.of(), errors(r), "not reported is not an error");
    }

    @Test
    void duplicateStudyIdsAndBadKpsAreErrors() {
        Review r = Reviews.sample();
        Study twin = ReviewFactory.eINSTANCE.createStudy();
        twin.setId("Doe2022");
        r.getStudies().add(twin);
        r.getStudies().get(0).getPatients().get(0).setKps(120);
        List<String> e = errors(r);
        assertTrue(e.stream().anyMatch(x -> x.contains("'Doe2022' is used by more than one study")), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.contains("KPS 120")), e.toString());
    }

    @Test
    void diagnosticsCarryObjectAndFeatureForTheUi() {
        Review r = Reviews.sample();
        r.getStudies().get(0).setYear(1800);
        Diagnostic d = ReviewValidator.validate(r).getChildren().get(0);
        assertEquals(r.getStudies().get(0), d.getData().get(0));
        assertEquals(ReviewPackage.eINSTANCE.getStudy_Year(), d.getData().get(1));
    }

    @Test
    void prismaIncludedCannotExceedAssessed() {
        Review r = Reviews.sample();
        r.getPrisma().setReportsAssessed(10);
        r.getPrisma().setStudiesIncluded(12);
        assertTrue(errors(r).stream().anyMatch(x -> x.contains("12 studies included but only 10 reports assessed")), errors(r).toString());
        ReportedMetric other = ReviewFactory.eINSTANCE.createReportedMetric();
        other.setKind(MetricKind.OTHER);
        other.setValue(12.5); // e.g. a hazard ratio is not bounded by 1
        r.getPrisma().setStudiesIncluded(1);
        r.getStudies().get(0).getResults().add(other);
        assertEquals(List.of(), errors(r));
    }
}
