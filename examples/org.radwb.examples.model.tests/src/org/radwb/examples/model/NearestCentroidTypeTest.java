package org.radwb.examples.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ModelState;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.pipeline.FittedPipeline;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.pipeline.PipelineSpec;
import org.radwb.modeling.registry.ModelDescriptor;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.validation.Validation;

/** The example model arrives through the extension point and runs through the workbench's validation like a built-in. */
class NearestCentroidTypeTest {

    @Test
    void contributedThroughTheExtensionPointAndValidatedLikeABuiltIn() throws Exception {
        ModelDescriptor d = ModelRegistry.getDefault().find(NearestCentroidType.ID).orElseThrow(
                () -> new AssertionError("example model not in the registry: " + ModelRegistry.getDefault().all()));
        assertEquals("org.radwb.examples.model", d.contributor());
        ModelType type = d.type();
        Random rng = new Random(3);
        int n = 120;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian() + (j == 0 ? 1.5 * y[i] : 0);
            }
            ids[i] = "L" + i;
        }
        Dataset data = Dataset.binary(ids, ids, new String[] {"a", "b", "c", "d"}, x, y);
        PipelineSpec spec = new PipelineSpec(Imputation.REFUSE, List.of(), type, ModelParameters.of(type.parameters(), Map.of("shrinkage", "0.1")));
        double auc = new Validation(1, Progress.NONE).crossValidation(spec, data, 5, 1, 1).metric("auc").value();
        assertTrue(auc > 0.75, "cross-validated AUC " + auc);
        FittedPipeline fit = spec.fit(data, 1);
        StringWriter w = new StringWriter();
        fit.state().write(w);
        FittedPipeline back = FittedPipeline.restore(ModelState.parse(w.toString(), "memory"), ModelRegistry.getDefault()::get);
        assertArrayEquals(fit.predict(x), back.predict(x), 0);
    }
}
