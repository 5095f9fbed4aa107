package org.radwb.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.session.ReviewSession;

/** File › New Review…: creates an empty review in a folder that holds none. */
public final class NewReviewHandler {

    @Execute
    void execute(ReviewSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (!Dialogs.saveOrDiscard(shell, session)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Folder for the new review");
        String dir = dialog.open();
        if (dir == null) {
            return;
        }
        try {
            session.create(Path.of(dir), Path.of(dir).getFileName().toString());
        } catch (IOException e) {
            Dialogs.error(shell, "The review could not be created", e);
        }
    }
}
