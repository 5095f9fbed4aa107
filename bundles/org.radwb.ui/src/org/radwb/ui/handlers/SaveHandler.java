package org.radwb.ui.handlers;

import java.io.IOException;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.session.ReviewSession;

/** File › Save (Ctrl+S): atomic save of the review, keeping the previous version as review.radwb.bak. */
public final class SaveHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.isDirty();
    }

    @Execute
    void execute(ReviewSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        try {
            session.save();
        } catch (IOException e) {
            Dialogs.error(shell, "The review could not be saved (the file on disk is unchanged)", e);
        }
    }
}
