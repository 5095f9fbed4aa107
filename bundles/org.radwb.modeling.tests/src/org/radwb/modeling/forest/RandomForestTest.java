package org.radwb.modeling.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;
import org.radwb.modeling.stats.RocAnalysis;

/**
 * Compares the forest with scikit-learn 1.2.1's RandomForestClassifier (500 trees, sqrt features, bootstrap) on the
 * same split, both averaged over seeds: held-out AUC within 0.02 (sklearn's seed-to-seed SD is 0.007) and each
 * impurity importance within 0.01.
 */
class RandomForestTest {

    @Test
    void heldOutAucAndImportancesAgreeWithScikitLearn() {
        List<Map<String, String>> rows = Fixtures.lesions();
        double[][] x = Fixtures.features(rows);
        double[] y = Fixtures.column(rows, "outcome");
        double[] fold = Fixtures.column(rows, "foldid");
        int nTest = (int) java.util.Arrays.stream(fold).filter(f -> f == 5).count();
        double[][] xTrain = new double[x.length - nTest][];
        double[] yTrain = new double[x.length - nTest];
        double[][] xTest = new double[nTest][];
        double[] yTest = new double[nTest];
        for (int i = 0, a = 0, b = 0; i < x.length; i++) {
            if (fold[i] == 5) {
                xTest[b] = x[i];
                yTest[b++] = y[i];
            } else {
                xTrain[a] = x[i];
                yTrain[a++] = y[i];
            }
        }
        Map<String, String> ref = new HashMap<>();
        for (Map<String, String> r : Fixtures.rows("forest_reference.csv")) {
            ref.put(r.get("name"), r.get("value"));
        }
        int seeds = 10;
        double auc = 0;
        double[] imp = new double[12];
        for (int s = 0; s < seeds; s++) {
            RandomForest rf = RandomForest.fit(xTrain, yTrain, RandomForest.Options.defaults(), s);
            auc += RocAnalysis.auc(yTest, rf.predict(xTest)) / seeds;
            double[] is = rf.importance();
            for (int j = 0; j < 12; j++) {
                imp[j] += is[j] / seeds;
            }
        }
        assertEquals(Double.parseDouble(ref.get("test_auc_mean")), auc, 0.02);
        for (int j = 0; j < 12; j++) {
            String name = String.format("importance_f%02d", j + 1);
            assertEquals(Double.parseDouble(ref.get(name)), imp[j], 0.01, name);
        }
    }

    @Test
    void sameSeedGivesTheSameForest() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}};
        double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        RandomForest a = RandomForest.fit(x, y, new RandomForest.Options(50, 1, 1, 0), 42);
        RandomForest b = RandomForest.fit(x, y, new RandomForest.Options(50, 1, 1, 0), 42);
        assertArrayEquals(a.predict(x), b.predict(x));
        // a separable problem is learnt: low scores for class 0, high for class 1
        double[] p = a.predict(new double[][] {{0.5}, {6.5}});
        assertEquals(0, p[0], 0.2);
        assertEquals(1, p[1], 0.2);
    }
}
