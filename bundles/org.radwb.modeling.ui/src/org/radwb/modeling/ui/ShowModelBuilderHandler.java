package org.radwb.modeling.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Analysis &gt; Model Builder: shows the model builder part. */
public final class ShowModelBuilderHandler {

    @Execute
    void execute(EPartService parts) {
        parts.showPart(ModelBuilderPart.ID, PartState.ACTIVATE);
    }
}
