package org.radwb.viewer.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Open Image in Viewer...: asks for an image, then (optionally) a mask, and opens the viewer. */
public final class OpenImageHandler {

    private static final String[] EXTENSIONS = { "*.nii;*.nii.gz;*.nrrd;*.nhdr;*.hdr", "*" };

    @Execute
    public void execute(@Named("activeShell") Shell shell, EPartService parts, EModelService models, MApplication app) {
        FileDialog images = new FileDialog(shell, SWT.OPEN);
        images.setText("Open image (NIfTI or NRRD)");
        images.setFilterExtensions(EXTENSIONS);
        String image = images.open();
        if (image == null) {
            return;
        }
        FileDialog masks = new FileDialog(shell, SWT.OPEN);
        masks.setText("Mask on the same grid (Cancel for none)");
        masks.setFilterExtensions(EXTENSIONS);
        masks.setFilterPath(Path.of(image).getParent().toString());
        String mask = masks.open();
        ViewerOpener.open(new ViewerInput(Path.of(image), mask == null ? null : Path.of(mask), null), parts, models, app);
    }
}
