package org.radwb.dicom.cohort;

import java.nio.file.Path;

import org.radwb.dicom.rt.DoseStatistics;

/**
 * A lesion brought in by an import: one ROI of a structure set (or one segment of a SEG) on its image series.
 *
 * @param sourceKind       RTSTRUCT or SEG
 * @param sourceFile       the structure set / SEG file (null when de-identified)
 * @param sourceUid        SOP Instance UID of the structure set / SEG
 * @param number           ROI Number or Segment Number
 * @param maskNifti        the mask written by the import, or null
 * @param dose             dose statistics when an RT Dose of the same frame of reference exists, else null
 * @param doseUid          SOP Instance UID of that RT Dose
 */
public record ImportedLesion(String name, String sourceKind, Path sourceFile, String sourceUid, int number,
        String seriesInstanceUid, int voxels, double volumeCc, Path maskNifti, DoseStatistics dose, String doseUid) {
}
