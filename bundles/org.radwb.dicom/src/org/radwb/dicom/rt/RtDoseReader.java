package org.radwb.dicom.rt;

import java.util.ArrayList;
import java.util.List;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.Slice;
import org.radwb.dicom.SliceStack;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.Tag;
import org.radwb.dicom.Vectors;
import org.radwb.dicom.pixel.PixelData;

/**
 * Reads an RT Dose object into a dose volume: frame k lies at Image Position (Patient) + GridFrameOffsetVector[k]
 * along the plane normal (relative offsets; the older absolute-z form, whose first offset equals the position's
 * z, is recognised too), and each stored value times Dose Grid Scaling is the dose.
 */
public final class RtDoseReader {
    private RtDoseReader() {
    }

    public static DoseGrid read(DicomFile file) throws DicomException {
        return read(file, StackPolicy.REFUSE);
    }

    public static DoseGrid read(DicomFile file, StackPolicy policy) throws DicomException {
        DicomObject ds = file.dataset();
        String name = file.name();
        if (!"RTDOSE".equals(ds.getString(Tag.Modality))) {
            throw new DicomException(name + ": Modality is " + ds.getString(Tag.Modality) + ", expected RTDOSE");
        }
        PixelData px = PixelData.of(file);
        double[] ipp = ds.getDoubles(Tag.ImagePositionPatient);
        double[] iop = ds.getDoubles(Tag.ImageOrientationPatient);
        double[] ps = ds.getDoubles(Tag.PixelSpacing);
        if (ipp.length != 3 || iop.length != 6 || ps.length != 2) {
            throw new DicomException(name + ": RT Dose needs Image Position (Patient), Image Orientation (Patient) and "
                    + "Pixel Spacing; found " + ipp.length + ", " + iop.length + " and " + ps.length + " values");
        }
        double[] offsets = ds.getDoubles(Tag.GridFrameOffsetVector);
        if (px.frames > 1 && offsets.length != px.frames) {
            throw new DicomException(name + ": Grid Frame Offset Vector " + Tag.toString(Tag.GridFrameOffsetVector)
                    + " has " + offsets.length + " values for " + px.frames + " frames");
        }
        if (offsets.length == 0) {
            offsets = new double[] { 0 };
        }
        List<String> warnings = new ArrayList<>();
        double[] row = { iop[0], iop[1], iop[2] };
        double[] col = { iop[3], iop[4], iop[5] };
        double[] n = Vectors.normalize(Vectors.cross(row, col));
        double base = offsets[0];
        boolean absolute = base != 0;
        if (absolute) {
            // PS3.3 C.8.8.3.2: a non-zero first offset means the offsets are z positions, the first being the IPP's
            warnings.add(name + ": Grid Frame Offset Vector starts at " + base + " (absolute form); read relative to the first frame");
        }
        double scaling = ds.getDouble(Tag.DoseGridScaling, Double.NaN);
        if (Double.isNaN(scaling)) {
            throw new DicomException(name + ": Dose Grid Scaling " + Tag.toString(Tag.DoseGridScaling)
                    + " is missing; the stored integers cannot be converted to dose");
        }
        String units = ds.getString(Tag.DoseUnits, "GY").toUpperCase(java.util.Locale.ROOT);
        if (!"GY".equals(units)) {
            warnings.add(name + ": Dose Units are " + units + ", not GY; values are not absolute dose");
        }
        String sop = ds.getString(Tag.SOPInstanceUID);
        List<Slice> slices = new ArrayList<>();
        for (int k = 0; k < px.frames; k++) {
            double off = offsets[k] - (absolute ? base : 0);
            double[] pos = { ipp[0] + n[0] * off, ipp[1] + n[1] * off, ipp[2] + n[2] * off };
            float[] v = px.frameRescaled(k, scaling, 0);
            slices.add(new Slice(name + " frame " + (k + 1), sop + "#" + (k + 1), px.rows, px.columns, pos,
                    Vectors.normalize(row), Vectors.normalize(col), ps[0], ps[1], v));
        }
        SliceStack.Result r = SliceStack.build(slices, policy, name);
        warnings.addAll(r.warnings());
        return new DoseGrid(name, sop, ds.getString(Tag.FrameOfReferenceUID), units, ds.getString(Tag.DoseType),
                ds.getString(Tag.DoseSummationType), r.volume(), warnings);
    }
}
