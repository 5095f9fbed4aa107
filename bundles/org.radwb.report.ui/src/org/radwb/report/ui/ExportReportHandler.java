package org.radwb.report.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.report.review.ReviewReport;
import org.radwb.ui.session.ReviewSession;

/**
 * Analysis > Export Review Report…: writes report.html, tables/*.csv and figures/*.svg|png into a chosen folder,
 * exactly as {@code radwb review report} does. The model is read on the UI thread; rendering and writing run in a
 * job.
 */
public final class ExportReportHandler {

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.review() != null;
    }

    @Execute
    void execute(Shell shell, ReviewSession session) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Export Review Report");
        dialog.setMessage("Folder for report.html, tables/ (CSV) and figures/ (SVG, PNG)");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        ReviewReport report = ReviewReport.build(session.review(), ChecklistRegistry.getDefault());
        Display display = shell.getDisplay();
        exportJob(report, Path.of(folder), message -> display.asyncExec(() -> inform(shell, message))).schedule();
    }

    /**
     * The job that renders and writes {@code report} into {@code folder}; on success it passes a summary for the
     * user to {@code done}, on failure it returns an error status (shown by the workbench's job reporting).
     */
    static Job exportJob(ReviewReport report, Path folder, Consumer<String> done) {
        Job job = Job.create("Writing review report", monitor -> {
            try {
                List<Path> files = report.write(folder);
                if (!monitor.isCanceled()) {
                    done.accept("Wrote " + files.size() + " files to " + folder + (report.problems().isEmpty() ? "."
                            : ".\n\nThe review has " + report.problems().size()
                                    + " data problem(s); they are listed at the end of report.html."));
                }
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return new Status(IStatus.ERROR, "org.radwb.report.ui", "Could not write the report to " + folder
                        + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        return job;
    }

    private static void inform(Shell shell, String text) {
        if (shell.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText("Review Report");
        box.setMessage(text);
        box.open();
    }
}
