package org.radwb.checklist.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.radwb.model.Study;
import org.radwb.ui.parts.Parts;

/** Review › Appraise Study…: opens (or brings to front) the appraisal of the selected study. */
public final class AppraiseStudyHandler {

    /** Part descriptor id of the appraisal part. */
    public static final String DESCRIPTOR = "org.radwb.checklist.ui.partdescriptor.appraisal";

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Study;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService partService,
            EModelService modelService, MApplication app) {
        if (selection instanceof Study study) {
            open(study, partService, modelService, app);
        }
    }

    /** Opens the appraisal part of a study in the editor stack. */
    static MPart open(Study study, EPartService partService, EModelService modelService, MApplication app) {
        for (MPart p : partService.getParts()) {
            if (DESCRIPTOR.equals(p.getElementId()) && p.getTransientData().get(Parts.INPUT) == study) {
                partService.showPart(p, PartState.ACTIVATE);
                return p;
            }
        }
        MPart part = partService.createPart(DESCRIPTOR);
        part.getTransientData().put(Parts.INPUT, study);
        part.setLabel("Appraisal " + (study.getId() == null ? "" : study.getId()));
        MPartStack stack = (MPartStack) modelService.find(Parts.EDITOR_STACK, app);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
