package org.radwb.extraction.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.radwb.extraction.review.ReviewFeatureExtraction;
import org.radwb.extraction.review.ReviewFeatureExtraction.Outcome;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.ui.session.ReviewSession;

import jakarta.inject.Named;

/**
 * Analysis › Extract Features…: for the selected lesion, patient, study or the whole review, asks for the mode and
 * parameter file, extracts in a job (progress, cancel) and adds the feature sets as one undoable edit; failures are
 * reported per lesion.
 */
public final class ExtractFeaturesHandler {
    private static final int SHOWN_FAILURES = 15;

    /** @return the scope of the selection within the open review (Lesion, Patient, Study or Review), or null */
    static EObject scope(ReviewSession session, Object selection) {
        Review review = session.review();
        if (review == null || session.folder() == null) {
            return null;
        }
        if ((selection instanceof Lesion || selection instanceof Patient || selection instanceof Study || selection instanceof Review)
                && EcoreUtil.isAncestor(review, (EObject) selection)) {
            return (EObject) selection;
        }
        return null;
    }

    @CanExecute
    boolean canExecute(ReviewSession session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return scope(session, selection) != null;
    }

    @Execute
    void execute(Shell shell, ReviewSession session, UISynchronize sync,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        EObject scope = scope(session, selection);
        if (scope == null) {
            return;
        }
        List<Lesion> lesions = ReviewFeatureExtraction.lesionsOf(scope);
        ExtractFeaturesDialog dialog = new ExtractFeaturesDialog(shell, lesions.size() + " lesion(s) of " + describe(scope));
        if (dialog.open() != Window.OK) {
            return;
        }
        start(session, scope, dialog.result(), sync, o -> report(shell, o));
    }

    /** Schedules the extraction job for a scope (what the handler does after the dialog); returns the job. */
    public static FeatureExtractionJob start(ReviewSession session, EObject scope, ExtractionRequest request, UISynchronize sync,
            java.util.function.Consumer<Outcome> onApplied) {
        FeatureExtractionJob job = new FeatureExtractionJob(session, ReviewFeatureExtraction.lesionsOf(scope), request, sync,
                onApplied);
        job.schedule();
        return job;
    }

    static String describe(EObject scope) {
        if (scope instanceof Lesion l) {
            return "lesion " + l.getId();
        } else if (scope instanceof Patient p) {
            return "patient " + p.getId();
        } else if (scope instanceof Study s) {
            return "study " + s.getId();
        }
        return "the whole review";
    }

    /** The summary shown after an extraction. */
    static String summary(Outcome o) {
        StringBuilder b = new StringBuilder();
        b.append("Stored ").append(o.computed().size()).append(" feature set(s) (undo with Edit › Undo).");
        if (!o.failures().isEmpty()) {
            b.append("\n\n").append(o.failures().size()).append(" segmentation(s) failed:\n");
            for (int i = 0; i < Math.min(SHOWN_FAILURES, o.failures().size()); i++) {
                b.append("• ").append(o.failures().get(i)).append('\n');
            }
            if (o.failures().size() > SHOWN_FAILURES) {
                b.append("… and ").append(o.failures().size() - SHOWN_FAILURES).append(" more (radwb extract review lists them all).");
            }
        }
        return b.toString();
    }

    private static void report(Shell shell, Outcome o) {
        if (shell.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(shell, (o.failures().isEmpty() ? SWT.ICON_INFORMATION : SWT.ICON_WARNING) | SWT.OK);
        box.setText("Extract Features");
        box.setMessage(summary(o));
        box.open();
    }
}
