package org.radwb.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.radwb.ui.session.ReviewSession;

/** Keeps the main window's title on the open review, with a leading '*' while there are unsaved edits. */
public final class WindowTitleAddon {

    @Inject
    @Optional
    void reviewChanged(@UIEventTopic(ReviewSession.TOPIC_REVIEW) ReviewSession session, MApplication app) {
        update(session, app);
    }

    @Inject
    @Optional
    void dirtyChanged(@UIEventTopic(ReviewSession.TOPIC_DIRTY) ReviewSession session, MApplication app) {
        update(session, app);
    }

    private static void update(ReviewSession session, MApplication app) {
        String title = "Radiomics Workbench";
        if (session.review() != null) {
            String name = session.review().getTitle() != null && !session.review().getTitle().isBlank()
                    ? session.review().getTitle() : session.folder().getFileName().toString();
            if (name.length() > 80) {
                name = name.substring(0, 77) + "…";
            }
            title = (session.isDirty() ? "*" : "") + name + " — " + title;
        }
        for (MWindow w : app.getChildren()) {
            w.setLabel(title);
        }
    }
}
