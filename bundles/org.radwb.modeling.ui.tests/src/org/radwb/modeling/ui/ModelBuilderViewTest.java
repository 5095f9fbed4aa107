package org.radwb.modeling.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.run.TrainingRequest;
import org.radwb.modeling.run.TrainingRun;

/** The model builder with real SWT widgets (run under Xvfb: xvfb-run -a ./mvnw verify). */
class ModelBuilderViewTest {

    @TempDir
    Path dir;
    private Shell shell;

    @BeforeEach
    void openShell() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    private Path writeTable() throws Exception {
        Random rng = new Random(4);
        StringBuilder s = new StringBuilder("patient,lesion_volume,texture,noise,kps,local_failure\n");
        for (int i = 0; i < 160; i++) {
            double v = rng.nextGaussian();
            double t = rng.nextGaussian();
            double eta = 1.2 * v - 0.8 * t;
            int y = rng.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            s.append(String.format(Locale.ROOT, "P%d,%.4f,%.4f,%.4f,%d,%d%n", i / 2, v, t, rng.nextGaussian(), 60 + rng.nextInt(41), y));
        }
        Path file = dir.resolve("lesions.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    @Test
    void aFilledFormTrainsAndShowsMetricsAndTheRqsDraft() throws Exception {
        List<TrainingRequest> submitted = new ArrayList<>();
        ModelBuilderView view = new ModelBuilderView(shell, ModelRegistry.getDefault(), submitted::add);
        shell.open();
        Path table = writeTable();
        view.fill(table.toString(), "patient", "local_failure", "lasso-logistic", "alpha=1,folds=5", "cv:5x2",
                dir.resolve("run").toString(), List.of("noise"));
        view.submit();
        assertEquals(1, submitted.size(), view.messageText());
        TrainingRequest r = submitted.get(0);
        assertEquals(List.of("lesion_volume", "texture", "kps"), r.columns().predictors(), "unticked and reserved columns left out");
        assertEquals("5", r.parameters().get("folds"));
        // the part runs this in a Job; here synchronously, then the results go to the view as in the part
        view.show(TrainingRun.run(r, ModelRegistry.getDefault(), Progress.NONE));
        TableItem auc = null;
        for (TableItem item : view.metricsTable().getItems()) {
            if (item.getText(0).equals("auc")) {
                auc = item;
            }
        }
        assertNotNull(auc, "auc row");
        double value = Double.parseDouble(auc.getText(1));
        assertTrue(value > 0.7 && Double.parseDouble(auc.getText(2)) < value, "AUC " + value);
        assertEquals(6, view.rqsTable().getItemCount(), "RQS items 5, 6, 9, 10, 12, 16");
        assertTrue(Files.exists(dir.resolve("run/roc.svg")));
        assertTrue(view.messageText().startsWith("Done"), view.messageText());
        assertEquals(List.of("roc.svg", "calibration.svg", "decision-curve.svg"), view.plotNames());
        assertNotNull(view.plotImage(), "the ROC curve is drawn");
        assertEquals(480, view.plotImage().getBounds().width);
        view.showPlot(2);
        assertNotNull(view.plotImage(), "the decision curve is drawn");
    }

    @Test
    void anIncompleteFormSaysWhatIsMissing() throws Exception {
        List<TrainingRequest> submitted = new ArrayList<>();
        ModelBuilderView view = new ModelBuilderView(shell, ModelRegistry.getDefault(), submitted::add);
        shell.open();
        view.submit();
        assertTrue(submitted.isEmpty());
        assertEquals("Problem: Choose a lesion table and its patient column.", view.messageText());
        view.fill(writeTable().toString(), "patient", "(none)", "lasso-logistic", null, "cv:5", dir.toString(), List.of());
        view.submit();
        assertEquals("Problem: Choose either a binary outcome or both a time and an event column.", view.messageText());
    }
}
