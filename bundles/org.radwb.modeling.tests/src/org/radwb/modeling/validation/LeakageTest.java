package org.radwb.modeling.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.models.LogisticType;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.pipeline.PipelineSpec;
import org.radwb.modeling.pipeline.SelectionSteps;

/**
 * Proves that selection happens inside the folds: on pure noise (2,000 random features, random outcome) choosing
 * the 10 "best" features on all rows before cross-validation gives a clearly optimistic AUC, while the workbench's
 * cross-validation, which refits the selection in every fold, stays near 0.5.
 */
class LeakageTest {

    @Test
    void selectionOutsideTheFoldsInflatesAucOnNoiseAndTheHonestPipelineDoesNot() {
        Random rng = new Random(12345);
        int n = 100;
        int p = 2000;
        double[][] x = new double[n][p];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = i % 2;
            ids[i] = "L" + i;
            groups[i] = "P" + (i / 2); // two lesions per patient
        }
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "noise" + j;
        }
        Dataset data = Dataset.binary(ids, groups, names, x, y);
        Validation validation = new Validation(2, Progress.NONE);
        LogisticType logistic = new LogisticType();
        ModelParameters none = ModelParameters.of(logistic.parameters(), java.util.Map.of());

        PipelineSpec honest = new PipelineSpec(Imputation.REFUSE, List.of(SelectionSteps.univariate(10)), logistic, none);
        double honestAuc = validation.crossValidation(honest, data, 5, 3, 1).metric("auc").value();

        int[] leakySelection = SelectionSteps.univariate(10).select(data, 1);
        PipelineSpec modelOnly = new PipelineSpec(Imputation.REFUSE, List.of(), logistic, none);
        double leakyAuc = validation.crossValidation(modelOnly, data.columns(leakySelection), 5, 3, 1).metric("auc").value();

        assertTrue(leakyAuc > 0.75, "leaky AUC " + leakyAuc + " should be optimistic on noise");
        assertTrue(Math.abs(honestAuc - 0.5) < 0.15, "honest AUC " + honestAuc + " should be near 0.5 on noise");
        assertTrue(leakyAuc - honestAuc > 0.2, "leaky " + leakyAuc + " vs honest " + honestAuc);
    }
}
