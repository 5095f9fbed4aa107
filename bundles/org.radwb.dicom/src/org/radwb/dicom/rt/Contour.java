package org.radwb.dicom.rt;

/**
 * One contour of an ROI: its geometric type (CLOSED_PLANAR, POINT, OPEN_PLANAR, ...), points as x,y,z triples in
 * LPS mm, and the SOP Instance UID of the image it was drawn on (may be null).
 */
public record Contour(String geometricType, double[] points, String referencedSopInstanceUid) {

    public int pointCount() {
        return points.length / 3;
    }
}
