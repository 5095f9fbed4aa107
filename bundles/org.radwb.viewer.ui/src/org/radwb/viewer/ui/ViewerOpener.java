package org.radwb.viewer.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.radwb.ui.parts.Parts;

/** Opens a new viewer part in the editor stack and loads an input into it. */
public final class ViewerOpener {

    private ViewerOpener() {
    }

    /** Creates the part, shows it and starts loading; returns the part's object. */
    public static ViewerPart open(ViewerInput input, EPartService parts, EModelService models, MApplication app) {
        MPart part = parts.createPart(ViewerPart.DESCRIPTOR_ID);
        part.setLabel(input.title());
        MPartStack stack = (MPartStack) models.find(Parts.EDITOR_STACK, app);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        ViewerPart viewer = (ViewerPart) part.getObject();
        viewer.open(input);
        return viewer;
    }
}
