package org.radwb.checklist.ui;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.appraisal.DualRaterAppraisal;
import org.radwb.model.Study;
import org.radwb.ui.session.ReviewSession;

/**
 * Runs an appraisal step as one undoable command on the session's command stack. The step is first tried on a
 * copy of the study, so a refused step (submitted assessment, invalid answer, ...) is reported without leaving
 * an empty command on the stack.
 */
final class AppraisalEdits {

    /** One appraisal step, addressed by rater names so it can run on a copy and on the real study. */
    @FunctionalInterface
    interface Step {
        void apply(DualRaterAppraisal appraisal) throws Exception;
    }

    private AppraisalEdits() {
    }

    /**
     * @return null when the step ran, otherwise the reason it was refused
     */
    static String run(ReviewSession session, Study study, ChecklistDescriptor checklist, String label, Step step) {
        try {
            step.apply(new DualRaterAppraisal(EcoreUtil.copy(study), checklist));
        } catch (Exception e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        ChangeCommand command = new ChangeCommand(study) {
            @Override
            protected void doExecute() {
                try {
                    step.apply(new DualRaterAppraisal(study, checklist));
                } catch (Exception e) {
                    throw new IllegalStateException("step succeeded on a copy but failed on the study", e);
                }
            }
        };
        command.setLabel(label);
        session.commandStack().execute(command);
        return null;
    }
}
