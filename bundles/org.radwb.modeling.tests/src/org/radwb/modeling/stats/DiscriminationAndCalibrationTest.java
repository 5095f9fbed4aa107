package org.radwb.modeling.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/** Compares AUC/DeLong/Youden with pROC 1.18, Brier/calibration with rms 6.5 and glm, net benefit with the textbook formula. */
class DiscriminationAndCalibrationTest {

    private final List<Map<String, String>> rows = Fixtures.lesions();
    private final double[] y = Fixtures.column(rows, "outcome");
    private final double[] a = Fixtures.column(rows, "score_a");
    private final double[] b = Fixtures.column(rows, "score_b");
    private final double[] prob = Fixtures.column(rows, "prob_a");

    @Test
    void aucVarianceAndCiMatchPRoc() {
        Map<String, Double> ref = Fixtures.values("roc_reference.csv");
        RocAnalysis roc = RocAnalysis.of(y, a);
        assertEquals(ref.get("auc_a"), roc.auc(), 1e-12);
        assertEquals(ref.get("var_a"), roc.variance(), 1e-12);
        double[] ci = roc.confidenceInterval(0.95);
        assertEquals(ref.get("ci_lower_a"), ci[0], 1e-9);
        assertEquals(ref.get("ci_upper_a"), ci[1], 1e-9);
        assertEquals(ref.get("auc_b"), RocAnalysis.of(y, b).auc(), 1e-12);
        assertEquals(ref.get("var_b"), RocAnalysis.of(y, b).variance(), 1e-12);
    }

    @Test
    void deLongTestMatchesPRoc() {
        Map<String, Double> ref = Fixtures.values("roc_reference.csv");
        DeLongTest t = DeLongTest.compare(y, a, b);
        assertEquals(ref.get("cov_ab"), t.covariance(), 1e-12);
        assertEquals(ref.get("delong_z"), t.z(), 1e-9);
        assertEquals(ref.get("delong_p"), t.pValue(), 1e-9);
    }

    @Test
    void youdenCutoffMatchesPRoc() {
        Map<String, Double> ref = Fixtures.values("roc_reference.csv");
        YoudenCutoff c = YoudenCutoff.of(y, a);
        assertEquals(ref.get("youden_threshold"), c.threshold(), 1e-12);
        assertEquals(ref.get("youden_sensitivity"), c.sensitivity(), 1e-12);
        assertEquals(ref.get("youden_specificity"), c.specificity(), 1e-12);
        assertEquals(ref.get("youden_accuracy"), c.accuracy(), 1e-12);
    }

    @Test
    void brierAndCalibrationMatchRms() {
        Map<String, Double> ref = Fixtures.values("calibration_reference.csv");
        assertEquals(ref.get("brier"), BrierScore.of(y, prob), 1e-12);
        Calibration cal = Calibration.of(y, prob);
        assertEquals(ref.get("calibration_in_the_large"), cal.inTheLarge(), 1e-8);
        assertEquals(ref.get("calibration_slope"), cal.slope(), 1e-8);
        assertEquals(ref.get("calibration_intercept_joint"), cal.jointIntercept(), 1e-8);
        // rms::val.prob fits with its own convergence criterion: agreement to 1e-7
        assertEquals(ref.get("valprob_slope"), cal.slope(), 1e-7);
        assertEquals(ref.get("valprob_intercept"), cal.jointIntercept(), 1e-7);
    }

    @Test
    void netBenefitMatchesFormula() {
        List<Map<String, String>> ref = Fixtures.rows("decision_curve_reference.csv");
        double[] pts = Fixtures.column(ref, "threshold");
        DecisionCurve.Point[] curve = DecisionCurve.curve(y, prob, pts);
        for (int i = 0; i < pts.length; i++) {
            assertEquals(Double.parseDouble(ref.get(i).get("net_benefit")), curve[i].netBenefit(), 1e-12);
            assertEquals(Double.parseDouble(ref.get(i).get("net_benefit_all")), curve[i].netBenefitTreatAll(), 1e-12);
        }
    }

    @Test
    void badInputIsRefusedWithTheIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocAnalysis.of(new double[] {0, 1, 2, 0}, new double[] {1, 2, 3, 4}));
        assertEquals("outcome at index 2 is 2.0, expected 0 or 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocAnalysis.of(new double[] {0, 0, 0, 1}, new double[] {1, 2, 3, 4}));
        assertThrows(IllegalArgumentException.class, () -> BrierScore.of(new double[] {0, 1}, new double[] {0.5, 1.5}));
    }
}
