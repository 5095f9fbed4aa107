package org.radwb.dicom.seg;

import java.util.List;
import java.util.Map;

import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;

/**
 * A DICOM Segmentation on an image grid: one mask per segment number, and a label map (voxel = segment number)
 * when the segments do not overlap (null otherwise).
 *
 * @param type                BINARY or FRACTIONAL
 * @param referencedSeriesUid the source image series named in the object, if any
 */
public record Segmentation(String source, String sopInstanceUid, String seriesInstanceUid, String frameOfReferenceUid,
        String type, String referencedSeriesUid, List<Segment> segments, Map<Integer, Mask> masks, LabelMap labels,
        List<String> warnings) {
}
