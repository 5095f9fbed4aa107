package org.radwb.ui.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.radwb.csv.CsvCell;
import org.radwb.csv.StudyCsv;
import org.radwb.model.Study;
import org.radwb.model.validation.ReviewValidator;
import org.radwb.ui.internal.Labels;
import org.radwb.ui.internal.StudyEdits;
import org.radwb.ui.session.ReviewSession;

/**
 * The study editor: a form with every field of a study, grouped as a reviewer extracts them. Each change
 * becomes an undoable command; the study is re-validated after every change and problems are shown at the
 * top and on the fields they concern (never fixed silently). Empty means "not reported".
 */
public final class StudyEditorPart {

    /** Data key of each field widget: the column header it edits (tests find fields by it). */
    public static final String FIELD_KEY = "org.radwb.ui.field";

    private static final String[][] GROUPS = {
            { "Citation", "id" }, { "Design and cohort", "design" }, { "Treatment", "treatment" },
            { "Imaging", "mri_vendor" }, { "Segmentation and features", "segmentation_software" },
            { "Model", "clinical_features" }, { "Reported performance", "auc_radiomic" }, { "Notes", "notes" } };

    private final ReviewSession session;
    private final Map<CsvCell<Study>, Control> fields = new LinkedHashMap<>();
    private final Map<CsvCell<Study>, Label> fieldLabels = new LinkedHashMap<>();
    private Study study;
    private Label problems;
    private Composite form;
    private MDirtyable dirtyable;
    private MPart part;

    @Inject
    public StudyEditorPart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent, MPart part, MDirtyable dirtyable) {
        this.part = part;
        this.dirtyable = dirtyable;
        this.study = (Study) part.getTransientData().get(Parts.INPUT);
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        problems = new Label(form, SWT.WRAP);
        problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Composite group = null;
        int g = 0;
        for (CsvCell<Study> cell : StudyCsv.columns()) {
            if (g < GROUPS.length && GROUPS[g][1].equals(cell.header())) {
                Group grp = new Group(form, SWT.NONE);
                grp.setText(GROUPS[g][0]);
                grp.setLayout(new GridLayout(2, false));
                grp.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
                group = grp;
                g++;
            }
            createField(group, cell);
        }
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(form.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        refresh();
    }

    private void createField(Composite parent, CsvCell<Study> cell) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(Labels.of(cell.header()));
        fieldLabels.put(cell, label);
        Control control;
        if (!cell.choices().isEmpty()) {
            Combo combo = new Combo(parent, SWT.READ_ONLY);
            combo.setItems(cell.choices().toArray(String[]::new));
            combo.addListener(SWT.Selection, e -> apply(cell, combo.getText()));
            control = combo;
        } else {
            boolean multi = cell.header().equals("notes") || cell.header().equals("title");
            Text text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            text.addListener(SWT.DefaultSelection, e -> apply(cell, text.getText()));
            text.addListener(SWT.FocusOut, e -> apply(cell, text.getText()));
            control = text;
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        if (control instanceof Text t && (t.getStyle() & SWT.MULTI) != 0) {
            data.heightHint = 48;
        }
        control.setLayoutData(data);
        control.setData(FIELD_KEY, cell.header());
        fields.put(cell, control);
    }

    /** Applies the text of a field as a command; a value the field does not accept is shown, not applied. */
    public void apply(CsvCell<Study> cell, String text) {
        if (study == null || study.eResource() == null || text.equals(cell.read(study))) {
            return;
        }
        try {
            Command command = StudyEdits.command(session.editingDomain(), study, cell, text);
            if (command != null) {
                session.commandStack().execute(command);
            }
            fieldLabels.get(cell).setToolTipText(null);
        } catch (IllegalArgumentException e) {
            Label l = fieldLabels.get(cell);
            l.setForeground(l.getDisplay().getSystemColor(SWT.COLOR_RED));
            problems.setText(Labels.of(cell.header()) + ": '" + text + "' is not valid; expected " + e.getMessage());
            form.layout(true, true);
        }
    }

    @Inject
    @Optional
    void modelChanged(@UIEventTopic(ReviewSession.TOPIC_DIRTY) ReviewSession s) {
        refresh();
    }

    private void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (study == null || study.eResource() == null) {
            problems.setText("This study is no longer part of the open review.");
            fields.values().forEach(c -> c.setEnabled(false));
            return;
        }
        part.setLabel(study.getId() == null ? "Study" : study.getId());
        dirtyable.setDirty(session.isDirty());
        for (Map.Entry<CsvCell<Study>, Control> e : fields.entrySet()) {
            String value = e.getKey().read(study);
            if (e.getValue() instanceof Text t && !t.getText().equals(value)) {
                t.setText(value);
            } else if (e.getValue() instanceof Combo c && !c.getText().equals(value)) {
                c.setText(value);
            }
        }
        showProblems();
    }

    private void showProblems() {
        Color normal = form.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        Color red = form.getDisplay().getSystemColor(SWT.COLOR_RED);
        fieldLabels.values().forEach(l -> {
            l.setForeground(normal);
            l.setToolTipText(null);
        });
        List<String> messages = new ArrayList<>();
        Diagnostic d = ReviewValidator.validate(study);
        for (Diagnostic c : d.getChildren()) {
            messages.add((c.getSeverity() >= Diagnostic.ERROR ? "Error: " : "Warning: ") + c.getMessage());
            List<?> data = c.getData();
            if (data.size() >= 2 && data.get(0) instanceof EObject o && data.get(1) instanceof EStructuralFeature f) {
                fieldLabels.forEach((cell, label) -> {
                    if (cell.concerns(o, f)) {
                        label.setForeground(red);
                        label.setToolTipText(c.getMessage());
                    }
                });
            }
        }
        problems.setText(String.join("\n", messages));
        form.layout(true, true);
    }

    /** @return the study edited here */
    public Study study() {
        return study;
    }

    /** @return the field widget for a column header (for tests and keyboard navigation) */
    public Control field(String header) {
        for (Map.Entry<CsvCell<Study>, Control> e : fields.entrySet()) {
            if (e.getKey().header().equals(header)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** @return the problems text shown at the top of the form */
    public String problemsText() {
        return problems.getText();
    }

    @Persist
    void save() throws java.io.IOException {
        session.save();
    }

    @Focus
    void focus() {
        fields.values().stream().findFirst().ifPresent(Control::setFocus);
    }
}
