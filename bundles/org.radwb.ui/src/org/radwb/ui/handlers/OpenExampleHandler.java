package org.radwb.ui.handlers;

import java.io.IOException;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.session.ReviewSession;

/** File › Open Example Review: the seed paper's 17 studies, written to ~/RadiomicsWorkbench/example-review. */
public final class OpenExampleHandler {

    @Execute
    void execute(ReviewSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (!Dialogs.saveOrDiscard(shell, session)) {
            return;
        }
        try {
            session.openExample(ReviewSession.defaultExampleFolder());
        } catch (IOException e) {
            Dialogs.error(shell, "The example review could not be opened", e);
        }
    }
}
