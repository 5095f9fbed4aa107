package org.radwb.dicom.cohort;

import java.nio.file.Path;
import java.util.List;

import org.radwb.imaging.Geometry;

/**
 * An image series brought in by an import. UIDs are the written ones (replaced when de-identifying).
 *
 * @param folder the folder holding the original files (null when de-identified: it may name the patient)
 * @param nifti  the NIfTI copy written by the import, or null
 */
public record ImportedSeries(String seriesInstanceUid, String studyInstanceUid, String frameOfReferenceUid,
        String modality, String description, int seriesNumber, Path folder, Path nifti, Geometry geometry,
        List<String> warnings) {
}
