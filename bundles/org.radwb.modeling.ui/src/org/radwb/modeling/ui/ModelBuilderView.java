package org.radwb.modeling.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.radwb.modeling.api.FittedModel;
import org.radwb.modeling.api.ModelParameters;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.data.DatasetColumns;
import org.radwb.modeling.pipeline.Imputation;
import org.radwb.modeling.registry.ModelDescriptor;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.rqs.RqsDraft;
import org.radwb.modeling.run.TrainingRequest;
import org.radwb.modeling.run.TrainingRun;
import org.radwb.modeling.validation.Metric;

/**
 * Widgets of the model builder: a form on the left (data file, patient / outcome / time / event columns,
 * predictors, model and parameters, selection, validation, output folder) and the results on the right (metrics with
 * CIs, coefficients or importances, the RQS draft, the files written, and the ROC / calibration / decision-curve or
 * Kaplan-Meier plots).
 */
public final class ModelBuilderView {

    private static final String NONE = "(none)";

    private final SashForm root;
    private final ModelRegistry registry;
    private final Consumer<TrainingRequest> runner;
    private final Text dataFile;
    private final Combo group;
    private final Combo outcome;
    private final Combo time;
    private final Combo event;
    private final Table predictors;
    private final Combo model;
    private final Text params;
    private final Text selection;
    private final Text validation;
    private final Combo missing;
    private final Text clinical;
    private final Text outDir;
    private final Button run;
    private final Label message;
    private final Table metrics;
    private final Table weights;
    private final Table rqs;
    private final Text notes;
    private final Combo plotChooser;
    private final Label plot;
    private final List<Path> plotFiles = new ArrayList<>();
    private org.eclipse.swt.graphics.Image plotImage;

    /** Builds the widgets into {@code parent}; {@code runner} receives each request (the part runs it in a job). */
    public ModelBuilderView(Composite parent, ModelRegistry registry, Consumer<TrainingRequest> runner) {
        this.registry = registry;
        this.runner = runner;
        root = new SashForm(parent, SWT.HORIZONTAL);
        Composite form = new Composite(root, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        dataFile = labelled(form, "Lesion table (CSV)", new Text(form, SWT.BORDER));
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(root.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.csv", "*"});
            String f = d.open();
            if (f != null) {
                dataFile.setText(f);
                loadColumns();
            }
        });
        dataFile.addListener(SWT.DefaultSelection, e -> loadColumns());
        group = combo(form, "Patient column");
        outcome = combo(form, "Binary outcome");
        time = combo(form, "or time");
        event = combo(form, "and event");
        new Label(form, SWT.NONE).setText("Predictors");
        predictors = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        predictors.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        model = combo(form, "Model");
        for (ModelDescriptor d : registry.all()) {
            model.add(d.id());
        }
        model.addListener(SWT.Selection, e -> showDefaults());
        params = labelled(form, "Parameters", new Text(form, SWT.BORDER));
        new Label(form, SWT.NONE);
        selection = labelled(form, "Selection (e.g. corr:0.9;mrmr:10)", new Text(form, SWT.BORDER));
        new Label(form, SWT.NONE);
        validation = labelled(form, "Validation", new Text(form, SWT.BORDER));
        validation.setText("cv:5x1");
        new Label(form, SWT.NONE);
        missing = combo(form, "Missing values");
        missing.setItems(new String[] {"refuse", "median"});
        missing.select(0);
        clinical = labelled(form, "Clinical predictors (comma-separated)", new Text(form, SWT.BORDER));
        new Label(form, SWT.NONE);
        outDir = labelled(form, "Output folder", new Text(form, SWT.BORDER));
        new Label(form, SWT.NONE);
        run = new Button(form, SWT.PUSH);
        run.setText("Train and validate");
        run.addListener(SWT.Selection, e -> submit());
        message = new Label(form, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        Composite results = new Composite(root, SWT.NONE);
        results.setLayout(new GridLayout(1, false));
        metrics = table(results, "metric", "value", "95 % lower", "95 % upper", "method");
        weights = table(results, "predictor", "value", "kind");
        rqs = table(results, "RQS item", "options", "evidence");
        notes = new Text(results, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        plotChooser = new Combo(results, SWT.READ_ONLY | SWT.DROP_DOWN);
        plotChooser.addListener(SWT.Selection, e -> showPlot(plotChooser.getSelectionIndex()));
        plot = new Label(results, SWT.NONE);
        plot.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        root.addListener(SWT.Dispose, e -> disposePlot());
        root.setWeights(new int[] {2, 3});
    }

    private static <T extends Control> T labelled(Composite form, String label, T control) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        l.moveAbove(control);
        control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return control;
    }

    private static Combo combo(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Combo c = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return c;
    }

    private static Table table(Composite parent, String... headers) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        t.setHeaderVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String h : headers) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(h);
            c.setWidth(h.equals("evidence") || h.equals("method") ? 320 : 110);
        }
        return t;
    }

    /** The root control. */
    public Control control() {
        return root;
    }

    /** Reads the header of the chosen CSV into the column choosers. */
    public void loadColumns() {
        Path file = Path.of(dataFile.getText().strip());
        List<String> header;
        try {
            header = CsvTable.read(file).header();
        } catch (IOException | RuntimeException e) {
            showError("Cannot read " + file + ": " + e.getMessage());
            return;
        }
        for (Combo c : List.of(group, outcome, time, event)) {
            c.removeAll();
            c.add(NONE);
            header.forEach(c::add);
            c.select(0);
        }
        predictors.removeAll();
        for (String h : header) {
            TableItem item = new TableItem(predictors, SWT.NONE);
            item.setText(h);
            item.setChecked(true);
        }
        if (outDir.getText().isBlank()) {
            outDir.setText(file.resolveSibling("model-run").toString());
        }
        showMessage("Choose the patient column, the outcome (or time and event), the predictors and a model.");
    }

    private void showDefaults() {
        registry.find(model.getText()).ifPresent(d -> {
            StringBuilder s = new StringBuilder();
            for (ParameterSpec p : d.parameters()) {
                s.append(s.length() == 0 ? "" : ",").append(p.name()).append('=').append(p.defaultValue());
            }
            params.setText(s.toString());
            showMessage(d.name() + ": " + d.description());
        });
    }

    /** Builds the request from the form; shows what is missing instead of running. */
    public void submit() {
        try {
            runner.accept(request());
            showMessage("Training… (progress in the progress view; cancel there)");
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    TrainingRequest request() {
        String g = chosen(group);
        if (dataFile.getText().isBlank() || g == null) {
            throw new IllegalArgumentException("Choose a lesion table and its patient column.");
        }
        String o = chosen(outcome);
        String t = chosen(time);
        String ev = chosen(event);
        if ((o == null) == (t == null || ev == null)) {
            throw new IllegalArgumentException("Choose either a binary outcome or both a time and an event column.");
        }
        if (model.getText().isBlank()) {
            throw new IllegalArgumentException("Choose a model.");
        }
        Set<String> reserved = new LinkedHashSet<>(Arrays.asList(g, o, t, ev));
        List<String> chosenPredictors = new ArrayList<>();
        for (TableItem item : predictors.getItems()) {
            if (item.getChecked() && !reserved.contains(item.getText())) {
                chosenPredictors.add(item.getText());
            }
        }
        if (chosenPredictors.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one predictor.");
        }
        Map<String, String> p = ModelParameters.parse(params.getText());
        Set<String> clin = new LinkedHashSet<>();
        for (String c : clinical.getText().split(",")) {
            if (!c.isBlank()) {
                clin.add(c.strip());
            }
        }
        return new TrainingRequest(Path.of(dataFile.getText().strip()), new DatasetColumns(g, null, o, t, ev, chosenPredictors, List.of()),
                model.getText(), p, selection.getText().strip(), Map.of(), missing.getSelectionIndex() == 1 ? Imputation.MEDIAN : Imputation.REFUSE,
                validation.getText().strip(), clin, Set.of(), 1, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Path.of(outDir.getText().strip()));
    }

    private static String chosen(Combo c) {
        String s = c.getText();
        return s.isEmpty() || s.equals(NONE) ? null : s;
    }

    /** Shows a finished run (UI thread). */
    public void show(TrainingRun.Outcome o) {
        metrics.removeAll();
        for (Metric m : o.result().metrics()) {
            new TableItem(metrics, SWT.NONE).setText(new String[] {m.name(), fmt(m.value()), fmt(m.lower()), fmt(m.upper()), m.method()});
        }
        weights.removeAll();
        for (FittedModel.Weight w : o.result().finalModel().weights()) {
            new TableItem(weights, SWT.NONE).setText(new String[] {w.name(), fmt(w.value()), w.kind()});
        }
        rqs.removeAll();
        for (Map.Entry<String, RqsDraft.Answer> a : o.rqs().answers().entrySet()) {
            new TableItem(rqs, SWT.NONE).setText(new String[] {a.getKey(), String.join(", ", a.getValue().optionIds()), a.getValue().evidence()});
        }
        StringBuilder s = new StringBuilder();
        o.result().notes().forEach(n -> s.append(n).append('\n'));
        s.append("\nWritten:\n");
        o.files().forEach(f -> s.append(f).append('\n'));
        notes.setText(s.toString());
        plotFiles.clear();
        plotChooser.removeAll();
        for (Path f : o.files()) {
            if (f.getFileName().toString().endsWith(".svg")) {
                plotFiles.add(f);
                plotChooser.add(f.getFileName().toString());
            }
        }
        if (!plotFiles.isEmpty()) {
            plotChooser.select(0);
            showPlot(0);
        }
        showMessage("Done: " + o.result().scheme() + ". Plots and the report are in " + o.files().get(0).getParent());
    }

    /** Shows plot k (ROC, calibration, decision curve or Kaplan-Meier) from the run's SVG file. */
    void showPlot(int k) {
        disposePlot();
        if (k < 0 || k >= plotFiles.size()) {
            return;
        }
        try {
            // SWT rasterizes SVG through its org.eclipse.swt.svg fragment (required by this bundle's manifest)
            plotImage = new org.eclipse.swt.graphics.Image(root.getDisplay(), plotFiles.get(k).toString());
            plot.setImage(plotImage);
            plot.setText("");
        } catch (org.eclipse.swt.SWTException | IllegalArgumentException e) {
            plot.setText("Cannot draw " + plotFiles.get(k).getFileName() + " here (" + e.getMessage() + "); open the file instead.");
        }
        plot.getParent().layout(true);
    }

    private void disposePlot() {
        if (plotImage != null) {
            plot.setImage(null);
            plotImage.dispose();
            plotImage = null;
        }
    }

    org.eclipse.swt.graphics.Image plotImage() {
        return plotImage;
    }

    List<String> plotNames() {
        return List.of(plotChooser.getItems());
    }

    void asyncShow(TrainingRun.Outcome o) {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    show(o);
                }
            });
        }
    }

    void asyncError(String text) {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    showError(text);
                }
            });
        }
    }

    /** Shows an information line. */
    public void showMessage(String text) {
        message.setText(text);
        message.getParent().layout(true);
    }

    /** Shows a problem. */
    public void showError(String text) {
        message.setText("Problem: " + text);
        message.getParent().layout(true);
    }

    String messageText() {
        return message.getText();
    }

    Table metricsTable() {
        return metrics;
    }

    Table rqsTable() {
        return rqs;
    }

    /** For tests: fills the form as a user would. */
    void fill(String file, String groupColumn, String outcomeColumn, String modelId, String parameters, String validationScheme,
            String out, List<String> untick) throws IOException {
        if (!Files.exists(Path.of(file))) {
            throw new IOException("no file " + file);
        }
        dataFile.setText(file);
        loadColumns();
        group.setText(groupColumn);
        outcome.setText(outcomeColumn);
        for (TableItem item : predictors.getItems()) {
            item.setChecked(!untick.contains(item.getText()));
        }
        model.setText(modelId);
        showDefaults();
        if (parameters != null) {
            params.setText(parameters);
        }
        validation.setText(validationScheme);
        outDir.setText(out);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
