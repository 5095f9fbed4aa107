package org.radwb.dicom.seg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.FunctionalGroups;
import org.radwb.dicom.Slice;
import org.radwb.dicom.SliceStack;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.Tag;
import org.radwb.dicom.Vectors;
import org.radwb.dicom.pixel.PixelData;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;

/**
 * Reads DICOM Segmentation objects (binary and fractional, any number of segments) onto an image grid. Each frame
 * is placed by its Plane Position (Patient) and assigned to its segment through the Segment Identification
 * Sequence; fractional values are thresholded at {@code threshold} of the Maximum Fractional Value.
 */
public final class SegReader {
    private SegReader() {
    }

    /**
     * @param grid      the referenced image's grid; null to build a grid from the frames' own positions
     * @param threshold fraction (0..1] above or at which a fractional voxel counts as inside (0.5 is usual)
     */
    public static Segmentation read(DicomFile file, Geometry grid, double threshold) throws DicomException {
        DicomObject ds = file.dataset();
        String name = file.name();
        if (!"SEG".equals(ds.getString(Tag.Modality))) {
            throw new DicomException(name + ": Modality is " + ds.getString(Tag.Modality) + ", expected SEG");
        }
        String type = ds.getString(Tag.SegmentationType, "");
        if (!type.equals("BINARY") && !type.equals("FRACTIONAL")) {
            throw new DicomException(name + ": Segmentation Type is '" + type + "', expected BINARY or FRACTIONAL");
        }
        List<Segment> segments = new ArrayList<>();
        for (DicomObject s : ds.getSequence(Tag.SegmentSequence)) {
            int n = s.getInt(Tag.SegmentNumber, -1);
            segments.add(new Segment(n, s.getString(Tag.SegmentLabel, "Segment " + n), s.getString(Tag.SegmentAlgorithmType)));
        }
        if (segments.isEmpty()) {
            throw new DicomException(name + ": no Segment Sequence " + Tag.toString(Tag.SegmentSequence));
        }
        PixelData px = PixelData.of(file);
        double maxFraction = type.equals("FRACTIONAL") ? ds.getInt(Tag.MaximumFractionalValue, 255) : 1;
        List<String> warnings = new ArrayList<>();
        int frames = px.frames;
        double[][] pos = new double[frames][];
        int[] segOfFrame = new int[frames];
        double[] iop = null;
        double[] ps = null;
        for (int f = 0; f < frames; f++) {
            pos[f] = FunctionalGroups.doubles(ds, f, Tag.PlanePositionSequence, Tag.ImagePositionPatient);
            if (pos[f].length != 3) {
                throw new DicomException(name + ": frame " + (f + 1) + " has no Plane Position (Patient)");
            }
            DicomObject segId = FunctionalGroups.macro(ds, f, Tag.SegmentIdentificationSequence);
            segOfFrame[f] = segId == null ? (segments.size() == 1 ? segments.get(0).number() : -1)
                    : segId.getInt(Tag.ReferencedSegmentNumber, -1);
            if (segOfFrame[f] < 0) {
                throw new DicomException(name + ": frame " + (f + 1) + " names no segment (Segment Identification "
                        + "Sequence " + Tag.toString(Tag.SegmentIdentificationSequence) + ")");
            }
            double[] o = FunctionalGroups.doubles(ds, f, Tag.PlaneOrientationSequence, Tag.ImageOrientationPatient);
            double[] s = FunctionalGroups.doubles(ds, f, Tag.PixelMeasuresSequence, Tag.PixelSpacing);
            if (o.length == 6) {
                iop = o;
            }
            if (s.length == 2) {
                ps = s;
            }
        }
        if (iop == null || ps == null) {
            throw new DicomException(name + ": no Plane Orientation or Pixel Measures in the functional groups");
        }
        double[] row = Vectors.normalize(new double[] { iop[0], iop[1], iop[2] });
        double[] col = Vectors.normalize(new double[] { iop[3], iop[4], iop[5] });
        if (grid == null) {
            grid = ownGrid(name, pos, px.rows, px.columns, row, col, ps);
        } else {
            double[] dir = grid.direction();
            if (Math.abs(dir[0] - row[0]) + Math.abs(dir[3] - row[1]) + Math.abs(dir[6] - row[2]) > 1e-3
                    || Math.abs(dir[1] - col[0]) + Math.abs(dir[4] - col[1]) + Math.abs(dir[7] - col[2]) > 1e-3
                    || Math.abs(grid.spacing(0) - ps[1]) > 1e-3 || Math.abs(grid.spacing(1) - ps[0]) > 1e-3) {
                throw new DicomException(name + ": the segmentation's orientation or pixel spacing differs from the "
                        + "image grid (" + grid + "); it does not segment this series");
            }
        }
        Map<Integer, boolean[]> masks = new LinkedHashMap<>();
        for (Segment s : segments) {
            masks.put(s.number(), new boolean[grid.size()]);
        }
        int outside = 0;
        for (int f = 0; f < frames; f++) {
            double[] idx = grid.worldToIndex(pos[f][0], pos[f][1], pos[f][2]);
            int i0 = (int) Math.round(idx[0]);
            int j0 = (int) Math.round(idx[1]);
            int k = (int) Math.round(idx[2]);
            if (Math.abs(idx[0] - i0) > 0.01 || Math.abs(idx[1] - j0) > 0.01 || Math.abs(idx[2] - k) > 0.1) {
                throw new DicomException(String.format(Locale.ROOT, "%s: frame %d lies at voxel (%.2f, %.2f, %.2f) of "
                        + "the image grid, not on a voxel position; it was not segmented on this series", name, f + 1,
                        idx[0], idx[1], idx[2]));
            }
            boolean[] m = masks.get(segOfFrame[f]);
            if (m == null) {
                throw new DicomException(name + ": frame " + (f + 1) + " refers to segment " + segOfFrame[f]
                        + " which the Segment Sequence does not define");
            }
            if (k < 0 || k >= grid.nz()) {
                outside++;
                continue;
            }
            int[] v = px.frame(f);
            for (int r = 0; r < px.rows; r++) {
                int j = j0 + r;
                if (j < 0 || j >= grid.ny()) {
                    continue;
                }
                for (int c = 0; c < px.columns; c++) {
                    int i = i0 + c;
                    int value = v[r * px.columns + c];
                    if (i >= 0 && i < grid.nx() && value > 0 && value / maxFraction >= threshold) {
                        m[grid.index(i, j, k)] = true;
                    }
                }
            }
        }
        if (outside > 0) {
            warnings.add(name + ": " + outside + " frame(s) lie outside the image grid and were ignored");
        }
        Map<Integer, Mask> out = new LinkedHashMap<>();
        int[] labels = new int[grid.size()];
        boolean overlap = false;
        for (Map.Entry<Integer, boolean[]> e : masks.entrySet()) {
            out.put(e.getKey(), new Mask(grid, e.getValue()));
            boolean[] m = e.getValue();
            for (int i = 0; i < m.length; i++) {
                if (m[i]) {
                    overlap |= labels[i] != 0;
                    labels[i] = e.getKey();
                }
            }
        }
        if (overlap) {
            warnings.add(name + ": segments overlap; no single label map, use the per-segment masks");
        }
        DicomObject ref = ds.getItem(Tag.ReferencedSeriesSequence);
        return new Segmentation(name, ds.getString(Tag.SOPInstanceUID), ds.getString(Tag.SeriesInstanceUID),
                ds.getString(Tag.FrameOfReferenceUID), type, ref == null ? null : ref.getString(Tag.SeriesInstanceUID),
                segments, out, overlap ? null : new LabelMap(grid, labels), warnings);
    }

    private static Geometry ownGrid(String name, double[][] pos, int rows, int cols, double[] row, double[] col,
            double[] ps) throws DicomException {
        List<Slice> planes = new ArrayList<>();
        List<double[]> seen = new ArrayList<>();
        double[] n = Vectors.cross(row, col);
        outer: for (double[] p : pos) {
            for (double[] q : seen) {
                if (Math.abs(Vectors.dot(Vectors.sub(p, q), n)) < 1e-3) {
                    continue outer;
                }
            }
            seen.add(p);
            planes.add(new Slice(name, null, rows, cols, p, row, col, ps[0], ps[1], new float[0]));
        }
        return SliceStack.geometryOf(planes, name);
    }
}
