package org.radwb.dicom.cohort;

import java.util.List;

/** A patient brought in by an import; {@code patientId} is the pseudonym when de-identified. */
public record ImportedPatient(String patientId, boolean deidentified, List<ImportedSeries> images,
        List<ImportedLesion> lesions) {
}
