package org.radwb.extraction.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.radwb.csv.FeatureSetCsv;
import org.radwb.ui.session.ReviewSession;

/** Analysis › Export Feature Table…: every stored feature set of the review as one wide CSV (as {@code radwb review export-features}). */
public final class ExportFeatureTableHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.review() != null && !FeatureSetCsv.featureSets(session.review()).isEmpty();
    }

    @Execute
    void execute(Shell shell, ReviewSession session) {
        FileDialog fd = new FileDialog(shell, SWT.SAVE);
        fd.setText("Export Feature Table");
        fd.setFilterExtensions(new String[] {"*.csv"});
        fd.setFileName("features.csv");
        fd.setOverwrite(true);
        String f = fd.open();
        if (f == null) {
            return;
        }
        MessageBox box;
        try {
            int rows = FeatureSetCsv.featureSets(session.review()).size();
            int columns = export(session, Path.of(f));
            box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
            box.setMessage("Wrote " + rows + " feature set(s) with " + columns + " feature column(s) to " + f + ".");
        } catch (IOException | RuntimeException e) {
            box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setMessage("Could not write " + f + ": " + e.getMessage());
        }
        box.setText("Export Feature Table");
        box.open();
    }

    /** Writes the feature table of the open review; returns the number of feature columns written. */
    static int export(ReviewSession session, Path file) throws IOException {
        return FeatureSetCsv.write(FeatureSetCsv.featureSets(session.review()), file);
    }
}
