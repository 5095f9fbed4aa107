package org.radwb.dicom.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.review.ReviewImporter;
import org.radwb.ui.session.ReviewSession;

/**
 * File › Import DICOM…: asks for the folder and options, scans and imports in a job (progress, cancel), then adds
 * the patients, series and lesions to the review as one undoable edit and reports what was skipped and why.
 */
public final class ImportDicomHandler {
    private static final int SHOWN_PROBLEMS = 15;

    @CanExecute
    boolean canExecute(ReviewSession session) {
        return session.review() != null && session.folder() != null;
    }

    @Execute
    void execute(Shell shell, ReviewSession session) {
        DicomImportDialog dialog = new DicomImportDialog(shell);
        if (dialog.open() != Window.OK) {
            return;
        }
        DicomImportOptions options = dialog.result();
        java.nio.file.Path project = session.folder();
        Display display = shell.getDisplay();
        Job job = Job.create("Importing DICOM", monitor -> {
            try {
                CohortImport imp = DicomImportRunner.run(options, project, monitor);
                display.asyncExec(() -> {
                    if (session.review() == null || !project.equals(session.folder())) {
                        return; // the review was closed or replaced meanwhile
                    }
                    ReviewImporter.Added added = DicomImportRunner.apply(session, imp, options.studyId());
                    report(shell, imp, added);
                });
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return new Status(IStatus.ERROR, "org.radwb.dicom.ui",
                        "Import from " + options.dicomFolder() + " failed: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** The summary shown after an import. */
    static String summary(CohortImport imp, ReviewImporter.Added added) {
        StringBuilder b = new StringBuilder();
        b.append("Added ").append(added.patients()).append(" patient(s), ").append(added.series())
                .append(" series and ").append(added.lesions()).append(" lesion(s).");
        List<String> problems = imp.problems();
        if (!problems.isEmpty()) {
            b.append("\n\n").append(problems.size()).append(" problem(s); the affected files, series or ROIs were "
                    + "skipped:\n");
            for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
                b.append("• ").append(problems.get(i)).append('\n');
            }
            if (problems.size() > SHOWN_PROBLEMS) {
                b.append("… and ").append(problems.size() - SHOWN_PROBLEMS)
                        .append(" more (radwb dicom scan lists them all).");
            }
        }
        if (!imp.warnings().isEmpty()) {
            b.append("\n").append(imp.warnings().size()).append(" warning(s), e.g.: ").append(imp.warnings().get(0));
        }
        return b.toString();
    }

    private static void report(Shell shell, CohortImport imp, ReviewImporter.Added added) {
        if (shell.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(shell, (imp.problems().isEmpty() ? SWT.ICON_INFORMATION : SWT.ICON_WARNING) | SWT.OK);
        box.setText("Import DICOM");
        box.setMessage(summary(imp, added));
        box.open();
    }
}
