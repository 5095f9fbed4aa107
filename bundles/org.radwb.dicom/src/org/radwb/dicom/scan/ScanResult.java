package org.radwb.dicom.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scan found: patients, studies and series; files that could not be read ({@code problems}, one message
 * each, naming the file) and files that are not DICOM at all ({@code skippedNonDicom}).
 */
public record ScanResult(Path root, boolean usedDicomdir, int files, int skippedNonDicom, List<PatientEntry> patients,
        List<String> problems) {

    /** The series with this UID anywhere in the scan, or null. */
    public SeriesEntry series(String seriesInstanceUid) {
        for (PatientEntry p : patients) {
            for (StudyEntry s : p.studies()) {
                for (SeriesEntry e : s.series()) {
                    if (e.seriesInstanceUid().equals(seriesInstanceUid)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }
}
