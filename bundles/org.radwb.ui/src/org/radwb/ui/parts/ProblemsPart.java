package org.radwb.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.radwb.model.Study;
import org.radwb.model.validation.ReviewValidator;
import org.radwb.ui.session.ReviewSession;

/** Every constraint problem of the open review, refreshed after each edit; double-click opens the study. */
public final class ProblemsPart {

    /** Part id. */
    public static final String ID = "org.radwb.ui.part.problems";

    private final ReviewSession session;
    private Table table;

    @Inject
    public ProblemsPart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent, EPartService partService, EModelService modelService, MApplication app) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        TableColumn severity = new TableColumn(table, SWT.LEFT);
        severity.setText("Severity");
        severity.setWidth(80);
        TableColumn message = new TableColumn(table, SWT.LEFT);
        message.setText("Problem");
        message.setWidth(900);
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof Study s) {
                Parts.openStudyEditor(s, partService, modelService, app);
            }
        });
        refresh();
    }

    @Inject
    @Optional
    void reviewChanged(@UIEventTopic(ReviewSession.TOPIC_REVIEW) ReviewSession s) {
        refresh();
    }

    @Inject
    @Optional
    void modelChanged(@UIEventTopic(ReviewSession.TOPIC_DIRTY) ReviewSession s) {
        refresh();
    }

    private void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        if (session.review() == null) {
            return;
        }
        Diagnostic d = ReviewValidator.validate(session.review());
        for (Diagnostic c : d.getChildren()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, c.getSeverity() >= Diagnostic.ERROR ? "Error" : "Warning");
            item.setText(1, c.getMessage());
            if (!c.getData().isEmpty() && c.getData().get(0) instanceof EObject o) {
                while (o != null && !(o instanceof Study)) {
                    o = o.eContainer();
                }
                item.setData(o);
            }
        }
        if (table.getItemCount() == 0) {
            new TableItem(table, SWT.NONE).setText(1, "No problems: every study satisfies the model's constraints.");
        }
    }

    @Focus
    void focus() {
        table.setFocus();
    }
}
