package org.radwb.modeling.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;
import org.radwb.modeling.stats.RocAnalysis;

/** The linear SVM against scikit-learn 1.2.1 LinearSVC (hinge loss, liblinear dual CD, tol 1e-9): weights to 1e-5. */
class LinearSvmTest {

    @Test
    void weightsAndBiasMatchLiblinear() {
        List<Map<String, String>> rows = Fixtures.lesions();
        double[][] x = Fixtures.features(rows);
        double[] y = Fixtures.column(rows, "outcome");
        for (Map<String, String> ref : Fixtures.rows("svm_reference.csv")) {
            double c = Double.parseDouble(ref.get("C"));
            LinearSvm svm = LinearSvm.fit(x, y, c, 1e-10, 1);
            assertEquals(Double.parseDouble(ref.get("intercept")), svm.bias(), 1e-5, "bias at C=" + c);
            for (int j = 0; j < 12; j++) {
                String name = String.format("f%02d", j + 1);
                assertEquals(Double.parseDouble(ref.get(name)), svm.weights()[j], 1e-5, name + " at C=" + c);
            }
            double[] p = svm.probability(x);
            // Platt's sigmoid is monotone increasing in the decision value: the ranking (AUC) is the SVM's own
            assertEquals(RocAnalysis.auc(y, svm.decision(x)), RocAnalysis.auc(y, p), 1e-12);
            for (double v : p) {
                assertTrue(v > 0 && v < 1);
            }
        }
    }
}
