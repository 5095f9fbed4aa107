package org.radwb.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.AddCommand;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;
import org.radwb.ui.parts.Parts;
import org.radwb.ui.session.ReviewSession;

/** Review › Add Study: adds an empty study with a fresh id (undoable) and opens its editor. */
public final class AddStudyHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.review() != null;
    }

    @Execute
    void execute(ReviewSession session, EPartService partService, EModelService modelService, MApplication app) {
        Review review = session.review();
        int n = review.getStudies().size() + 1;
        while (contains(review, "Study" + n)) {
            n++;
        }
        Study study = ReviewFactory.eINSTANCE.createStudy();
        study.setId("Study" + n);
        session.commandStack().execute(AddCommand.create(session.editingDomain(), review,
                ReviewPackage.eINSTANCE.getReview_Studies(), study));
        Parts.openStudyEditor(study, partService, modelService, app);
    }

    private static boolean contains(Review review, String id) {
        return review.getStudies().stream().anyMatch(s -> id.equals(s.getId()));
    }
}
