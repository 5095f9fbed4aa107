package org.radwb.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.radwb.ui.session.ReviewSession;

/** Edit › Redo (Ctrl+Y / Ctrl+Shift+Z). */
public final class RedoHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.commandStack().canRedo();
    }

    @Execute
    void execute(ReviewSession session) {
        session.commandStack().redo();
    }
}
