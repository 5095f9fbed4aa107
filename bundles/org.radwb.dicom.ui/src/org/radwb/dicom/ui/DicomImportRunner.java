package org.radwb.dicom.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.CohortImporter;
import org.radwb.dicom.cohort.Progress;
import org.radwb.dicom.deid.Deidentifier;
import org.radwb.dicom.review.ReviewImporter;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.model.Review;
import org.radwb.ui.session.ReviewSession;

/**
 * The work behind File › Import DICOM…: scanning and importing run off the UI thread (with progress and cancel);
 * the result enters the review as one undoable command on the session's command stack.
 */
public final class DicomImportRunner {
    private DicomImportRunner() {
    }

    /** Scans and imports (NIfTI copies go to the project's images/ folder). Runs in a job. */
    public static CohortImport run(DicomImportOptions o, Path projectFolder, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing DICOM from " + o.dicomFolder(), 100);
        sub.subTask("Scanning " + o.dicomFolder());
        ScanResult scan = new DicomScanner(2).scan(o.dicomFolder());
        sub.worked(10);
        Deidentifier deid = o.deidentify() ? deidentifier(o.keyFile()) : null;
        SubMonitor patients = sub.split(90);
        patients.setWorkRemaining(Math.max(1, scan.patients().size()));
        return new CohortImporter(new CohortImporter.Options(o.resample() ? StackPolicy.RESAMPLE : StackPolicy.REFUSE,
                deid, projectFolder.resolve("images"), o.prescriptionGy(), 2)).run(scan, new Progress() {
                    @Override
                    public void worked(String task, int done, int total) {
                        patients.subTask("Importing " + task + " (" + (done + 1) + " of " + total + ")");
                        if (done > 0) {
                            patients.worked(1);
                        }
                    }

                    @Override
                    public boolean isCanceled() {
                        return patients.isCanceled();
                    }
                });
    }

    /** Applies an import to the open review as one undoable command; returns what was added. */
    public static ReviewImporter.Added apply(ReviewSession session, CohortImport imp, String studyId) {
        Review review = session.review();
        ReviewImporter.Added[] added = new ReviewImporter.Added[1];
        ChangeCommand cmd = new ChangeCommand(review) {
            @Override
            protected void doExecute() {
                added[0] = ReviewImporter.apply(imp, review, studyId, session.folder());
            }
        };
        cmd.setLabel("Import DICOM");
        session.commandStack().execute(cmd);
        return added[0];
    }

    /** Reads the key file, creating a random key (owner-readable only) when it does not exist. */
    static Deidentifier deidentifier(Path keyFile) throws IOException {
        if (!Files.exists(keyFile)) {
            if (keyFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
            }
            Files.writeString(keyFile, Deidentifier.newKey() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // non-POSIX file system
            }
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + ": not a Base64 de-identification key", e);
        }
        if (key.length < 16) {
            throw new IOException(keyFile + ": key has " + key.length + " bytes, expected at least 16");
        }
        return new Deidentifier(key, Deidentifier.Options.BASIC);
    }
}
