package org.radwb.modeling.api;

import java.util.concurrent.CancellationException;

/** Progress reporting and cancellation for long validation runs (the UI wraps an Eclipse job monitor in it). */
public interface Progress {

    /** A progress that reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void worked(int done, int total) {
            // nothing to report
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units are finished (called from worker threads). */
    void worked(int done, int total);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancellationException} if cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
