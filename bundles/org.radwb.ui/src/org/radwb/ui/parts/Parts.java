package org.radwb.ui.parts;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.radwb.model.Study;

/** Ids of the workbench's parts and stacks, and opening of per-object editor parts. */
public final class Parts {

    /** The centre stack where editors open. */
    public static final String EDITOR_STACK = "org.radwb.app.partstack.editor";
    /** Part descriptor of the study editor. */
    public static final String STUDY_EDITOR = "org.radwb.ui.partdescriptor.studyEditor";
    /** Transient-data key holding the object a part edits. */
    public static final String INPUT = "org.radwb.ui.input";

    private Parts() {
    }

    /** Opens (or brings to front) the editor of a study. */
    public static MPart openStudyEditor(Study study, EPartService partService, EModelService modelService, MApplication app) {
        for (MPart p : partService.getParts()) {
            if (STUDY_EDITOR.equals(p.getElementId()) && p.getTransientData().get(INPUT) == study) {
                partService.showPart(p, PartState.ACTIVATE);
                return p;
            }
        }
        MPart part = partService.createPart(STUDY_EDITOR);
        part.getTransientData().put(INPUT, study);
        part.setLabel(study.getId() == null ? "Study" : study.getId());
        MPartStack stack = (MPartStack) modelService.find(EDITOR_STACK, app);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
