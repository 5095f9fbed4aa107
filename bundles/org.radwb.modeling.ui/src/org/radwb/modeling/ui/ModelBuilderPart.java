package org.radwb.modeling.ui;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.radwb.modeling.api.Progress;
import org.radwb.modeling.registry.ModelRegistry;
import org.radwb.modeling.run.TrainingRequest;
import org.radwb.modeling.run.TrainingRun;

/**
 * The model builder: data, outcome, predictors, model, selection and validation; runs {@link TrainingRun} (the
 * service behind {@code radwb model train}) in a cancellable job and shows the results. The UI computes nothing.
 */
public final class ModelBuilderPart {

    /** Part id. */
    public static final String ID = "org.radwb.modeling.ui.part.builder";

    private ModelBuilderView view;
    private Job running;

    @PostConstruct
    void create(Composite parent) {
        view = new ModelBuilderView(parent, ModelRegistry.getDefault(), this::start);
    }

    /** Starts a run in a job with progress and cancel; the results go back to the view on the UI thread. */
    void start(TrainingRequest request) {
        if (running != null) {
            view.showError("A model is already being trained; cancel it in the progress view or wait.");
            return;
        }
        Job job = Job.create("Training " + request.modelId(), (IProgressMonitor monitor) -> {
            monitor.beginTask("Training " + request.modelId() + " (" + request.validation() + ")", 1000);
            int[] reported = {0};
            Progress progress = new Progress() {
                @Override
                public synchronized void worked(int done, int total) {
                    int units = 1000 * done / total;
                    monitor.worked(units - reported[0]);
                    reported[0] = units;
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }
            };
            try {
                TrainingRun.Outcome outcome = TrainingRun.run(request, ModelRegistry.getDefault(), progress);
                view.asyncShow(outcome);
                return Status.OK_STATUS;
            } catch (java.util.concurrent.CancellationException e) {
                view.asyncError("Cancelled.");
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                view.asyncError(e.getMessage());
                return Status.OK_STATUS; // the message is shown in the part; no error dialog on top
            } finally {
                monitor.done();
                running = null;
            }
        });
        job.setUser(true);
        running = job;
        job.schedule();
    }

    @Focus
    void focus() {
        view.control().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The view, for tests. */
    ModelBuilderView view() {
        return view;
    }
}
