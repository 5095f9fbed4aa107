package org.radwb.dicom.rt;

import java.util.List;

/**
 * An RT Structure Set: identification, the referenced frame of reference and image series, and the ROIs.
 * {@code problems} lists ROI-level defects found while reading (the other ROIs remain usable).
 */
public record StructureSet(String source, String sopInstanceUid, String seriesInstanceUid, String studyInstanceUid,
        String label, String frameOfReferenceUid, String referencedSeriesUid, List<Roi> rois, List<String> problems) {

    /** The ROI with this name (case-sensitive first, then ignoring case), or null. */
    public Roi roi(String name) {
        for (Roi r : rois) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        for (Roi r : rois) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }
}
