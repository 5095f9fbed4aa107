package org.radwb.dicom.ui;

import java.nio.file.Path;

/**
 * What the user chose in the import dialog.
 *
 * @param keyFile        de-identification key file (null unless {@code deidentify})
 * @param prescriptionGy NaN if not given
 */
public record DicomImportOptions(Path dicomFolder, String studyId, boolean deidentify, Path keyFile, boolean resample,
        double prescriptionGy) {
}
