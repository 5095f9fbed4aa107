package org.radwb.app;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.radwb.ui.session.ReviewSession;
import org.radwb.ui.session.StartupArguments;

/**
 * Workbench life cycle: puts the {@link ReviewSession} into the application context before any part is
 * created, and remembers the command-line arguments ({@code --review <folder>|example}, {@code --open ...})
 * for the parts that act on them once the window is up.
 */
public final class LifeCycle {

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        ReviewSession session = new ReviewSession();
        context.set(ReviewSession.class, session);
        context.set(StartupArguments.class, StartupArguments.fromPlatform());
    }

    @ProcessAdditions
    void processAdditions(IEclipseContext context) {
        context.get(ReviewSession.class).attach(context);
    }

    @PreSave
    void preSave(IEclipseContext context) {
        // the review itself is saved only when the user asks (dirty state shown in the title)
    }
}
