package org.radwb.dicom.scan;

import java.nio.file.Path;

import org.radwb.dicom.DicomFile;

/** One DICOM file found by a scan, with its header (pixel data not read). */
public record Instance(Path path, String sopInstanceUid, String sopClassUid, DicomFile header) {
}
