package org.radwb.dicom.rt;

import java.util.List;

/**
 * A region of interest of a structure set: its number and name as the planning system wrote them, the RT ROI
 * Interpreted Type (GTV, PTV, ORGAN, ...) if any, display colour and contours.
 */
public record Roi(int number, String name, String interpretedType, int[] color, String frameOfReferenceUid,
        List<Contour> contours) {
}
