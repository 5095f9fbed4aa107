package org.radwb.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.session.ReviewSession;

/** File › Close Review. */
public final class CloseReviewHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.review() != null;
    }

    @Execute
    void execute(ReviewSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (Dialogs.saveOrDiscard(shell, session)) {
            session.close();
        }
    }
}
