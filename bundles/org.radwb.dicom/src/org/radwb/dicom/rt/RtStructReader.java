package org.radwb.dicom.rt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.Tag;

/** Reads the ROIs and contours of an RT Structure Set. */
public final class RtStructReader {
    private RtStructReader() {
    }

    /** Parses the structure set; ROI-level defects are collected in {@link StructureSet#problems()}. */
    public static StructureSet read(DicomFile file) throws DicomException {
        DicomObject ds = file.dataset();
        String modality = ds.getString(Tag.Modality);
        if (!"RTSTRUCT".equals(modality)) {
            throw new DicomException(file.name() + ": Modality is " + modality + ", expected RTSTRUCT");
        }
        if (!ds.contains(Tag.StructureSetROISequence)) {
            throw new DicomException(file.name() + ": no Structure Set ROI Sequence "
                    + Tag.toString(Tag.StructureSetROISequence) + "; not a usable RT Structure Set");
        }
        List<String> problems = new ArrayList<>();
        String forUid = null;
        String refSeries = null;
        DicomObject refFor = ds.getItem(Tag.ReferencedFrameOfReferenceSequence);
        if (refFor != null) {
            forUid = refFor.getString(Tag.FrameOfReferenceUID);
            DicomObject study = refFor.getItem(Tag.RTReferencedStudySequence);
            DicomObject series = study == null ? null : study.getItem(Tag.RTReferencedSeriesSequence);
            refSeries = series == null ? null : series.getString(Tag.SeriesInstanceUID);
        }
        Map<Integer, String[]> rois = new LinkedHashMap<>();
        for (DicomObject item : ds.getSequence(Tag.StructureSetROISequence)) {
            int number = item.getInt(Tag.ROINumber, Integer.MIN_VALUE);
            String name = item.getString(Tag.ROIName);
            if (number == Integer.MIN_VALUE) {
                problems.add(file.name() + ": an ROI named '" + name + "' has no ROI Number " + Tag.toString(Tag.ROINumber)
                        + "; skipped");
                continue;
            }
            rois.put(number, new String[] { name == null ? "ROI " + number : name,
                    item.getString(Tag.ReferencedFrameOfReferenceUID) });
        }
        Map<Integer, String> types = new HashMap<>();
        for (DicomObject obs : ds.getSequence(Tag.RTROIObservationsSequence)) {
            types.put(obs.getInt(Tag.ReferencedROINumber, -1), obs.getString(Tag.RTROIInterpretedType));
        }
        Map<Integer, List<Contour>> contours = new HashMap<>();
        Map<Integer, int[]> colours = new HashMap<>();
        for (DicomObject rc : ds.getSequence(Tag.ROIContourSequence)) {
            int ref = rc.getInt(Tag.ReferencedROINumber, Integer.MIN_VALUE);
            if (!rois.containsKey(ref)) {
                problems.add(file.name() + ": ROI Contour Sequence refers to ROI number " + ref
                        + " which the Structure Set ROI Sequence does not define; skipped");
                continue;
            }
            double[] col = rc.getDoubles(Tag.ROIDisplayColor);
            if (col.length == 3) {
                colours.put(ref, new int[] { (int) col[0], (int) col[1], (int) col[2] });
            }
            List<Contour> list = contours.computeIfAbsent(ref, k -> new ArrayList<>());
            int index = 0;
            for (DicomObject c : rc.getSequence(Tag.ContourSequence)) {
                index++;
                double[] pts;
                try {
                    pts = c.getDoubles(Tag.ContourData);
                } catch (NumberFormatException e) {
                    problems.add(file.name() + ": ROI " + ref + " contour " + index + ": " + e.getMessage() + "; skipped");
                    continue;
                }
                int declared = c.getInt(Tag.NumberOfContourPoints, pts.length / 3);
                if (pts.length % 3 != 0 || declared * 3 != pts.length) {
                    problems.add(file.name() + ": ROI " + ref + " '" + rois.get(ref)[0] + "' contour " + index
                            + " has " + pts.length + " coordinates for " + declared
                            + " declared points (expected 3 per point); skipped");
                    continue;
                }
                DicomObject img = c.getItem(Tag.ContourImageSequence);
                list.add(new Contour(c.getString(Tag.ContourGeometricType, "CLOSED_PLANAR"), pts,
                        img == null ? null : img.getString(Tag.ReferencedSOPInstanceUID)));
            }
        }
        List<Roi> out = new ArrayList<>();
        for (Map.Entry<Integer, String[]> e : rois.entrySet()) {
            out.add(new Roi(e.getKey(), e.getValue()[0], types.get(e.getKey()), colours.get(e.getKey()),
                    e.getValue()[1] != null ? e.getValue()[1] : forUid, contours.getOrDefault(e.getKey(), List.of())));
        }
        return new StructureSet(file.name(), ds.getString(Tag.SOPInstanceUID), ds.getString(Tag.SeriesInstanceUID),
                ds.getString(Tag.StudyInstanceUID), ds.getString(Tag.StructureSetLabel), forUid, refSeries, out,
                problems);
    }
}
