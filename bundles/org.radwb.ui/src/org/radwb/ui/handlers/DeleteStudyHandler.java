package org.radwb.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.radwb.model.Study;
import org.radwb.ui.session.ReviewSession;

/** Review › Delete Study: removes the selected study (undoable). */
public final class DeleteStudyHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Study;
    }

    @Execute
    void execute(ReviewSession session, @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (selection instanceof Study study) {
            session.commandStack().execute(DeleteCommand.create(session.editingDomain(), study));
        }
    }
}
