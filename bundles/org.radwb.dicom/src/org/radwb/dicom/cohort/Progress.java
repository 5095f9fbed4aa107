package org.radwb.dicom.cohort;

/**
 * Progress and cancellation for long imports, so a UI job or a command can report and stop them without this
 * plain-Java package knowing about Eclipse jobs.
 */
public interface Progress {
    /** No reporting, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void worked(String task, int done, int total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called after each unit of work ({@code done} of {@code total}, e.g. patients). */
    void worked(String task, int done, int total);

    /** Checked between units; when true the import stops and returns what was finished. */
    boolean isCanceled();
}
