package org.radwb.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.session.ReviewSession;

/** File › Exit (Ctrl+Q): asks about unsaved changes first. */
public final class ExitHandler {

    @Execute
    void execute(IWorkbench workbench, ReviewSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (Dialogs.saveOrDiscard(shell, session)) {
            workbench.close();
        }
    }
}
