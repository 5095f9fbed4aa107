package org.radwb.ui.internal;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.session.ReviewSession;

/** The questions and messages the workbench asks and shows. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * If the review has unsaved edits, asks whether to save them.
     *
     * @return true if the caller may go on (saved or discarded), false if the user cancelled or saving failed
     */
    public static boolean saveOrDiscard(Shell shell, ReviewSession session) {
        if (!session.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "The review has unsaved changes. Save them first?", MessageDialog.QUESTION,
                new String[] { "Save", "Discard", "Cancel" }, 0);
        int answer = dialog.open();
        if (answer == 0) {
            try {
                session.save();
                return true;
            } catch (IOException e) {
                error(shell, "The review could not be saved", e);
                return false;
            }
        }
        return answer == 1;
    }

    /** Shows an error with its message (which names the file and what was wrong). */
    public static void error(Shell shell, String title, Exception e) {
        MessageDialog.openError(shell, title, e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
