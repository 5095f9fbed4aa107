package org.radwb.checklist.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.appraisal.AppraisalSheet;
import org.radwb.checklist.appraisal.AssessmentAnswers;
import org.radwb.checklist.appraisal.DualRaterAppraisal;
import org.radwb.checklist.appraisal.Evidence;
import org.radwb.checklist.appraisal.SheetRow;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.Study;
import org.radwb.ui.parts.Parts;
import org.radwb.ui.session.ReviewSession;

/**
 * Appraisal of one study: the rater picks a checklist and their name and fills their own assessment (other
 * raters' answers stay hidden until they submit); after all raters submitted, "Consensus" mode edits the
 * consensus assessment, with disputed items highlighted and each resolution recorded. Every change is an
 * undoable command; drafts are saved with the review and resumed when the part is opened again.
 */
public final class AppraisalPart {

    private final ReviewSession session;
    private Study study;
    private List<ChecklistDescriptor> checklists;
    private Combo checklistCombo;
    private Text raterText;
    private Button consensusMode;
    private Label status;
    private Label message;
    private AppraisalTable table;
    /** Asks how a disputed item was resolved; null = cancelled. Replaceable so tests need no modal dialog. */
    private java.util.function.Function<SheetRow, String> resolutionPrompt = this::askResolution;

    @Inject
    public AppraisalPart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent, MPart part) {
        study = (Study) part.getTransientData().get(Parts.INPUT);
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(6, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText("Checklist:");
        checklistCombo = new Combo(top, SWT.READ_ONLY);
        checklists = ChecklistRegistry.getDefault().all();
        checklistCombo.setItems(checklists.stream().map(d -> d.id() + " " + d.version() + " - " + d.checklist().getTitle())
                .toArray(String[]::new));
        if (!checklists.isEmpty()) {
            checklistCombo.select(0);
        }
        new Label(top, SWT.NONE).setText("Rater:");
        raterText = new Text(top, SWT.BORDER);
        raterText.setText(System.getProperty("user.name", "rater"));
        raterText.setLayoutData(new GridData(120, SWT.DEFAULT));
        consensusMode = new Button(top, SWT.CHECK);
        consensusMode.setText("Consensus");
        status = new Label(top, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        checklistCombo.addListener(SWT.Selection, e -> refresh());
        raterText.addListener(SWT.DefaultSelection, e -> refresh());
        raterText.addListener(SWT.FocusOut, e -> refresh());
        consensusMode.addListener(SWT.Selection, e -> refresh());

        table = new AppraisalTable(parent, this::editAnswer, (r, v) -> editEvidence(r, v, true),
                (r, v) -> editEvidence(r, v, false));

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        button(buttons, "Submit", this::submit);
        button(buttons, "Reopen", () -> step("Reopen appraisal", ap -> ap.reopen(ap.open(rater()))));
        button(buttons, "Start consensus", this::startConsensus);
        button(buttons, "Submit consensus", this::submitConsensus);
        message = new Label(buttons, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        refresh();
    }

    @Focus
    void focus() {
        table.viewer().getTable().setFocus();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onChange(@UIEventTopic(ReviewSession.TOPIC_DIRTY) Object event) {
        if (table != null && !table.viewer().getTable().isDisposed()) {
            refresh(); // undo / redo / edits elsewhere
        }
    }

    private void button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private String rater() {
        return raterText.getText().trim();
    }

    private Optional<ChecklistDescriptor> checklist() {
        int i = checklistCombo.getSelectionIndex();
        return i < 0 ? Optional.empty() : Optional.of(checklists.get(i));
    }

    /** Submits the current rater's assessment (the Submit button). */
    void submit() {
        step("Submit appraisal", ap -> ap.submit(ap.open(rater())));
    }

    void editAnswer(SheetRow row, String text) {
        List<String> options = AppraisalSheet.parseAnswer(text);
        if (consensusMode.getSelection()) {
            String resolution = row.disputed() ? resolutionPrompt.apply(row) : "set in consensus";
            if (resolution != null) {
                step("Resolve item " + row.id(), ap -> ap.resolve(row.id(), options, resolution, rater()));
            }
        } else if (options.isEmpty()) {
            step("Clear answer " + row.id(), ap -> ap.clear(ap.open(rater()), row.id()));
        } else {
            step("Answer item " + row.id(),
                    ap -> ap.answer(ap.open(rater()), row.id(), options, new Evidence(row.page(), null, row.comment())));
        }
    }

    private void editEvidence(SheetRow row, String text, boolean page) {
        if (row.answer().isEmpty()) {
            message.setText("Answer item " + row.id() + " first; evidence belongs to an answer.");
            return;
        }
        String value = text.isBlank() ? null : text;
        Evidence e = page ? new Evidence(value, null, row.comment()) : new Evidence(row.page(), null, value);
        step("Evidence of item " + row.id(), ap -> ap.answer(ap.open(rater()), row.id(), row.answer(), e));
    }

    private String askResolution(SheetRow row) {
        InputDialog d = new InputDialog(table.viewer().getTable().getShell(), "Resolve item " + row.id(),
                "Raters disagreed on \"" + row.title() + "\". How was it resolved?", "", v -> v.isBlank()
                        ? "A resolution is required" : null);
        return d.open() == Window.OK ? d.getValue() : null;
    }

    private void step(String label, AppraisalEdits.Step step) {
        Optional<ChecklistDescriptor> d = checklist();
        if (d.isEmpty() || rater().isEmpty()) {
            message.setText("Choose a checklist and enter your name.");
            return;
        }
        String refused = AppraisalEdits.run(session, study, d.get(), label, step);
        message.setText(refused == null ? "" : refused);
        refresh();
    }

    private void refresh() {
        Optional<ChecklistDescriptor> d = checklist();
        if (d.isEmpty() || study == null) {
            status.setText("No checklist installed.");
            table.show(List.of());
            return;
        }
        DualRaterAppraisal ap = new DualRaterAppraisal(study, d.get());
        Optional<Assessment> shown = consensusMode.getSelection() ? ap.consensus() : ap.assessmentOf(rater());
        // show an empty sheet until the first answer creates the assessment (opening alone changes nothing)
        Assessment view = shown.orElseGet(() -> org.radwb.model.ReviewFactory.eINSTANCE.createAssessment());
        table.show(AppraisalSheet.rows(ap, view, rater()));
        status.setText("  Status: " + describe(d.get(), shown));
        status.getParent().layout();
    }

    // for tests: drive the part as a user would
    void select(String checklistId, String rater, boolean consensus) {
        for (int i = 0; i < checklists.size(); i++) {
            if (checklists.get(i).id().equals(checklistId)) {
                checklistCombo.select(i);
            }
        }
        raterText.setText(rater);
        consensusMode.setSelection(consensus);
        refresh();
    }

    void setResolutionPrompt(java.util.function.Function<SheetRow, String> prompt) {
        resolutionPrompt = prompt;
    }

    void startConsensus() {
        step("Start consensus", ap -> ap.startConsensus(rater()));
    }

    void submitConsensus() {
        step("Submit consensus", DualRaterAppraisal::submitConsensus);
    }

    AppraisalTable table() {
        return table;
    }

    String statusText() {
        return status.getText();
    }

    String messageText() {
        return message.getText();
    }

    private static String describe(ChecklistDescriptor d, Optional<Assessment> a) {
        if (a.isEmpty()) {
            return "not started";
        }
        long answered = a.get().getAnswers().stream().map(Answer::getOptionIds).filter(o -> !o.isEmpty()).count();
        String state = a.get().getStatus() == AssessmentStatus.SUBMITTED ? "submitted" : "draft";
        try {
            ScoreResult r = d.score(AssessmentAnswers.of(a.get()), ScoringOptions.DRAFT);
            return state + ", " + answered + " answered, total " + ChecklistCsv.number(r.total()) + " ("
                    + ChecklistCsv.number(r.percent()) + " %" + (r.band() == null ? "" : ", " + r.band()) + ")";
        } catch (Exception e) {
            return state + ", " + answered + " answered";
        }
    }
}
