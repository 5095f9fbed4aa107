package org.radwb.dicom.scan;

import java.util.List;

/** A study found by a scan. */
public record StudyEntry(String studyInstanceUid, String date, String description, List<SeriesEntry> series) {
}
