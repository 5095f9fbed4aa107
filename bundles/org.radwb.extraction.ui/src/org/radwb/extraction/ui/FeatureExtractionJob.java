package org.radwb.extraction.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.review.ReviewFeatureExtraction;
import org.radwb.extraction.review.ReviewFeatureExtraction.Computed;
import org.radwb.extraction.review.ReviewFeatureExtraction.Outcome;
import org.radwb.model.FeatureSet;
import org.radwb.model.Lesion;
import org.radwb.model.Review;
import org.radwb.model.ReviewPackage;
import org.radwb.ui.session.ReviewSession;

/**
 * Extracts features for lesions of the open review in an Eclipse job (progress per segmentation, cancel) with the
 * same code as {@code radwb extract review}; on success the new feature sets enter the review on the UI thread as
 * ONE undoable command on the session's command stack (replacing earlier sets of the same segmentation and mode).
 */
public final class FeatureExtractionJob extends Job {

    /** Label of the undoable command. */
    public static final String COMMAND_LABEL = "Extract Features";

    private final ReviewSession session;
    private final Review review;
    private final Path folder;
    private final List<Lesion> lesions;
    private final ExtractionRequest request;
    private final UISynchronize sync;
    private final Consumer<Outcome> onApplied;
    private volatile Outcome outcome;

    /**
     * @param onApplied called on the UI thread after the command ran (or with nothing added when all failed);
     *                  not called when cancelled or when the review was closed meanwhile
     */
    public FeatureExtractionJob(ReviewSession session, List<Lesion> lesions, ExtractionRequest request, UISynchronize sync,
            Consumer<Outcome> onApplied) {
        super("Extracting features for " + lesions.size() + " lesion(s)");
        this.session = session;
        this.review = session.review();
        this.folder = session.folder();
        this.lesions = List.copyOf(lesions);
        this.request = request;
        this.sync = sync;
        this.onApplied = onApplied;
        setUser(true);
    }

    /** @return the outcome once the job ran (null before) */
    public Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), Math.max(1, lesions.size()));
        ParameterFile params;
        try {
            params = request.parameters();
        } catch (IOException e) {
            return new Status(IStatus.ERROR, "org.radwb.extraction.ui", e.getMessage(), e);
        }
        int[] reported = {0};
        Outcome o;
        try {
            o = ReviewFeatureExtraction.compute(lesions, folder, params, request.mode(),
                    Math.max(1, Runtime.getRuntime().availableProcessors() - 1), (done, total, line) -> {
                        sub.setWorkRemaining(total - reported[0]);
                        sub.worked(done - reported[0]);
                        reported[0] = done;
                        sub.subTask(line);
                    }, sub::isCanceled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        }
        outcome = o;
        if (o.cancelled()) {
            return Status.CANCEL_STATUS; // nothing enters the review: a half-extracted cohort is confusing
        }
        sync.syncExec(() -> {
            if (session.review() != review) {
                return; // the review was closed or replaced meanwhile
            }
            Command cmd = command(session.editingDomain(), o);
            if (cmd != null) {
                session.commandStack().execute(cmd);
            }
            onApplied.accept(o);
        });
        return Status.OK_STATUS;
    }

    /** One compound command adding every computed set (and removing those it replaces); null when nothing was computed. */
    static Command command(EditingDomain domain, Outcome o) {
        if (o.computed().isEmpty()) {
            return null;
        }
        CompoundCommand cmd = new CompoundCommand(COMMAND_LABEL);
        for (Computed c : o.computed()) {
            List<FeatureSet> old = new ArrayList<>(ReviewFeatureExtraction.replaced(c));
            if (!old.isEmpty()) {
                cmd.append(RemoveCommand.create(domain, c.lesion(), ReviewPackage.Literals.LESION__FEATURE_SETS, old));
            }
            cmd.append(AddCommand.create(domain, c.lesion(), ReviewPackage.Literals.LESION__FEATURE_SETS, c.featureSet()));
        }
        return cmd;
    }
}
