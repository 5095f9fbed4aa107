package org.radwb.viewer.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.radwb.ui.session.ReviewSession;

import jakarta.inject.Named;

/** Analysis > Open Selection in Viewer: shows the navigator's image series, segmentation or lesion. */
public final class OpenSelectionHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Optional ReviewSession session, @Named("activeShell") Shell shell, EPartService parts, EModelService models,
            MApplication app) {
        Object selected = selection instanceof org.eclipse.jface.viewers.IStructuredSelection s ? s.getFirstElement() : selection;
        SelectionInputs.Result r = SelectionInputs.inputFor(selected, session == null ? null : session.folder());
        if (r.input().isPresent()) {
            ViewerOpener.open(r.input().get(), parts, models, app);
        } else {
            MessageBox box = new MessageBox(shell);
            box.setText("Open in Viewer");
            box.setMessage(r.problem());
            box.open();
        }
    }
}
