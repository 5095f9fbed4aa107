package org.radwb.dicom.scan;

import java.util.List;

/** A patient found by a scan (by Patient ID; files without one are grouped under an empty ID). */
public record PatientEntry(String patientId, String patientName, List<StudyEntry> studies) {
}
