package org.radwb.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.radwb.ui.session.ReviewSession;

/** Edit › Undo (Ctrl+Z): undoes the last command on the review's command stack. */
public final class UndoHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.commandStack().canUndo();
    }

    @Execute
    void execute(ReviewSession session) {
        session.commandStack().undo();
    }
}
