package org.radwb.report.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Analysis > Review Report: brings the report part to the front. */
public final class ShowReportHandler {

    @Execute
    void execute(EPartService parts) {
        parts.showPart(ReportPart.ID, PartState.ACTIVATE);
    }
}
