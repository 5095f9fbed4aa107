package org.radwb.dicom.cohort;

import java.util.List;

/**
 * The outcome of importing a scanned folder: the patients that were imported, problems (each names the file or
 * object and what was wrong; the affected patient, series or ROI was skipped) and warnings (imported, but note).
 */
public record CohortImport(List<ImportedPatient> patients, List<String> problems, List<String> warnings) {

    public int lesionCount() {
        return patients.stream().mapToInt(p -> p.lesions().size()).sum();
    }

    public int seriesCount() {
        return patients.stream().mapToInt(p -> p.images().size()).sum();
    }
}
