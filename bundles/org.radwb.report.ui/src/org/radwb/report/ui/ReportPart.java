package org.radwb.report.ui;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Composite;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.model.Review;
import org.radwb.report.review.ReviewReport;
import org.radwb.ui.session.ReviewSession;

/**
 * The review report of the open review (tables and figures), rebuilt shortly after each edit. It shows what
 * {@code radwb review report} writes, from the same {@link ReviewReport}.
 */
public final class ReportPart {

    /** Part id. */
    public static final String ID = "org.radwb.report.ui.part.report";

    /** Edits in quick succession (typing) trigger one rebuild. */
    private static final int DEBOUNCE_MS = 400;

    private final ReviewSession session;
    private ReportView view;
    private boolean scheduled;

    @Inject
    public ReportPart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent) {
        ReportView.fill(parent);
        view = new ReportView(parent);
        refresh();
    }

    @Inject
    @Optional
    void reviewChanged(@UIEventTopic(ReviewSession.TOPIC_REVIEW) Object data) {
        refresh();
    }

    @Inject
    @Optional
    void modelChanged(@UIEventTopic(ReviewSession.TOPIC_DIRTY) Object data) {
        if (view == null || scheduled || view.control().isDisposed()) {
            return;
        }
        scheduled = true;
        view.control().getDisplay().timerExec(DEBOUNCE_MS, () -> {
            scheduled = false;
            refresh();
        });
    }

    /** Rebuilds the report; reading the model happens here, on the UI thread that also edits it. */
    void refresh() {
        if (view == null || view.control().isDisposed()) {
            return;
        }
        Review review = session.review();
        if (review == null) {
            view.showMessage("No review is open. Open one with File > Open Review, or File > Open Example Review.");
            return;
        }
        try {
            ReviewReport report = ReviewReport.build(review, ChecklistRegistry.getDefault());
            view.show(report.document(), report.problems());
        } catch (RuntimeException e) {
            view.showMessage("The report could not be built: " + e.getMessage());
        }
    }

    /** The view, for tests. */
    ReportView view() {
        return view;
    }

    @Focus
    void focus() {
        view.control().setFocus();
    }
}
