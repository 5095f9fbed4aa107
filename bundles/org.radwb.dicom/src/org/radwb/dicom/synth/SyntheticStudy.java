package org.radwb.dicom.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomWriter;
import org.radwb.dicom.SopClass;
import org.radwb.dicom.Tag;
import org.radwb.dicom.TransferSyntax;
import org.radwb.dicom.Uids;
import org.radwb.dicom.VR;
import org.radwb.dicom.Vectors;

/**
 * Writes a synthetic but standard-conformant SRS case: an MR series whose voxel values are a known function of the
 * LPS position ({@link #intensity}), an RT Structure Set with one spherical ROI per lesion (a circle contour on
 * every slice crossing it), and an RT Dose grid with a Gaussian dose around each lesion ({@link #dose}). Tests
 * check our readers against these analytic truths; the benchmark command uses it to make large folders.
 * Everything is reproducible from {@link Spec#seed}.
 */
public final class SyntheticStudy {

    /** A spherical lesion. */
    public record Lesion(String name, double[] centre, double radius, double peakDoseGy) {
    }

    /** What to write. Public fields so tests can tweak one thing at a time. */
    public static final class Spec {
        public long seed = 42;
        public String patientId = "SYN-001";
        public String patientName = "Doe^Jane";
        public String birthDate = "19600214";
        public String studyDate = "20240315";
        public String institution = "General Hospital Radiosurgery";
        public String referringPhysician = "House^Gregory";
        public String accessionNumber = "ACC123456";
        public int nx = 64;
        public int ny = 64;
        public int nz = 20;
        /** column spacing (x), row spacing (y), slice spacing (mm). */
        public double sx = 1.0;
        public double sy = 1.0;
        public double sz = 2.0;
        public double[] origin = { -32, -30, -10 };
        public double[] rowDir = { 1, 0, 0 };
        public double[] colDir = { 0, 1, 0 };
        /** In-plane shift per slice along colDir (mm): simulates gantry tilt. */
        public double tiltShiftPerSlice = 0;
        /** Slice indices not written (to make spacing non-uniform). */
        public int[] skipSlices = {};
        public double rescaleSlope = 1;
        public double rescaleIntercept = 0;
        public TransferSyntax syntax = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        public List<Lesion> lesions = new ArrayList<>(List.of(new Lesion("GTV_1", new double[] { -5, 2, 8 }, 6, 24),
                new Lesion("GTV_2", new double[] { 12, -10, 14 }, 4, 20)));
        /** Points per circle contour. */
        public int contourPoints = 48;
        public double doseSpacing = 2.5;
        public boolean writeDose = true;
        public boolean writeStructures = true;
    }

    /** What was written, with the UIDs tests need. */
    public record Written(List<Path> slices, Path rtstruct, Path rtdose, String studyUid, String seriesUid,
            String frameOfReferenceUid, String structureSetUid, List<String> sliceUids) {
    }

    private SyntheticStudy() {
    }

    /** MR intensity at an LPS point: a smooth ramp plus a bright shell per lesion, so geometry errors show. */
    public static double intensity(Spec s, double[] p) {
        double v = 1000 + 3 * p[0] + 5 * p[1] + 7 * p[2];
        for (Lesion l : s.lesions) {
            double d = Vectors.norm(Vectors.sub(p, l.centre()));
            if (d <= l.radius()) {
                v += 400;
            }
        }
        return v;
    }

    /** Physical dose (Gy) at an LPS point: a Gaussian of sigma = radius around each lesion, peak at the centre. */
    public static double dose(Spec s, double[] p) {
        double d = 0;
        for (Lesion l : s.lesions) {
            double r2 = 0;
            for (int a = 0; a < 3; a++) {
                r2 += (p[a] - l.centre()[a]) * (p[a] - l.centre()[a]);
            }
            d += l.peakDoseGy() * Math.exp(-r2 / (2 * l.radius() * l.radius()));
        }
        return d;
    }

    /** LPS position of voxel (i, j) of written slice k. */
    public static double[] position(Spec s, int i, int j, int k) {
        double[] n = Vectors.normalize(Vectors.cross(s.rowDir, s.colDir));
        double[] p = new double[3];
        for (int a = 0; a < 3; a++) {
            p[a] = s.origin[a] + s.rowDir[a] * i * s.sx + s.colDir[a] * (j * s.sy + k * s.tiltShiftPerSlice)
                    + n[a] * k * s.sz;
        }
        return p;
    }

    /** Writes the case into {@code dir} (files MR_0000.dcm..., RS.dcm, RD.dcm). */
    public static Written write(Spec s, Path dir) throws IOException {
        Random rnd = new Random(s.seed);
        String studyUid = Uids.random(rnd);
        String seriesUid = Uids.random(rnd);
        String forUid = Uids.random(rnd);
        List<Path> paths = new ArrayList<>();
        List<String> sliceUids = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        DicomWriter writer = new DicomWriter(s.syntax);
        double[] n = Vectors.normalize(Vectors.cross(s.rowDir, s.colDir));
        for (int k = 0; k < s.nz; k++) {
            boolean skip = false;
            for (int sk : s.skipSlices) {
                skip |= sk == k;
            }
            if (skip) {
                continue;
            }
            String uid = Uids.random(rnd);
            DicomObject ds = common(s, studyUid, "MR");
            ds.putString(Tag.SOPClassUID, VR.UI, SopClass.MR_IMAGE);
            ds.putString(Tag.SOPInstanceUID, VR.UI, uid);
            ds.putString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
            ds.putString(Tag.FrameOfReferenceUID, VR.UI, forUid);
            ds.putString(Tag.SeriesDescription, VR.LO, "T1 MPRAGE post-contrast");
            ds.putIntString(Tag.SeriesNumber, 3);
            // instance numbers deliberately run backwards so ordering must come from positions
            ds.putIntString(Tag.InstanceNumber, s.nz - k);
            ds.putDecimals(Tag.ImagePositionPatient, position(s, 0, 0, k));
            ds.putDecimals(Tag.ImageOrientationPatient, s.rowDir[0], s.rowDir[1], s.rowDir[2], s.colDir[0],
                    s.colDir[1], s.colDir[2]);
            ds.putDecimals(Tag.PixelSpacing, s.sy, s.sx);
            ds.putDecimals(Tag.SliceThickness, 1.0); // deliberately not the spacing
            ds.putDecimals(Tag.RescaleSlope, s.rescaleSlope);
            ds.putDecimals(Tag.RescaleIntercept, s.rescaleIntercept);
            ds.putUS(Tag.SamplesPerPixel, 1);
            ds.putString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
            ds.putUS(Tag.Rows, s.ny);
            ds.putUS(Tag.Columns, s.nx);
            ds.putUS(Tag.BitsAllocated, 16);
            ds.putUS(Tag.BitsStored, 16);
            ds.putUS(Tag.HighBit, 15);
            ds.putUS(Tag.PixelRepresentation, 1);
            byte[] px = new byte[s.nx * s.ny * 2];
            for (int j = 0; j < s.ny; j++) {
                for (int i = 0; i < s.nx; i++) {
                    double v = (intensity(s, position(s, i, j, k)) - s.rescaleIntercept) / s.rescaleSlope;
                    int stored = (int) Math.round(v);
                    int o = 2 * (j * s.nx + i);
                    px[o] = (byte) stored;
                    px[o + 1] = (byte) (stored >> 8);
                }
            }
            ds.putBytes(Tag.PixelData, VR.OW, px);
            Path p = dir.resolve(String.format("MR_%04d.dcm", k));
            writer.write(ds, p);
            paths.add(p);
            sliceUids.add(uid);
            written.add(k);
        }
        String ssUid = null;
        Path rs = null;
        if (s.writeStructures) {
            ssUid = Uids.random(rnd);
            rs = dir.resolve("RS.dcm");
            new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(
                    structureSet(s, studyUid, seriesUid, forUid, ssUid, Uids.random(rnd), sliceUids, written, n), rs);
        }
        Path rd = null;
        if (s.writeDose) {
            rd = dir.resolve("RD.dcm");
            new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(doseObject(s, studyUid, forUid, rnd, n), rd);
        }
        return new Written(paths, rs, rd, studyUid, seriesUid, forUid, ssUid, sliceUids);
    }

    private static DicomObject common(Spec s, String studyUid, String modality) {
        DicomObject ds = new DicomObject();
        ds.putString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.putString(Tag.StudyDate, VR.DA, s.studyDate);
        ds.putString(Tag.StudyTime, VR.TM, "101500");
        ds.putString(Tag.SeriesDate, VR.DA, s.studyDate);
        ds.putString(Tag.ContentDate, VR.DA, s.studyDate);
        ds.putString(Tag.AccessionNumber, VR.SH, s.accessionNumber);
        ds.putString(Tag.Modality, VR.CS, modality);
        ds.putString(Tag.Manufacturer, VR.LO, "radwb synthetic");
        ds.putString(Tag.InstitutionName, VR.LO, s.institution);
        ds.putString(Tag.ReferringPhysicianName, VR.PN, s.referringPhysician);
        ds.putString(Tag.StudyDescription, VR.LO, "SRS planning " + s.patientName);
        ds.putString(Tag.OperatorsName, VR.PN, "Tech^Terry");
        ds.putString(Tag.PatientName, VR.PN, s.patientName);
        ds.putString(Tag.PatientID, VR.LO, s.patientId);
        ds.putString(Tag.PatientBirthDate, VR.DA, s.birthDate);
        ds.putString(Tag.PatientSex, VR.CS, "F");
        ds.putString(Tag.PatientAddress, VR.ST, "12 Elm Street, Springfield");
        ds.putString(Tag.OtherPatientIDs, VR.LO, "MRN-" + s.patientId);
        ds.putString(Tag.StudyInstanceUID, VR.UI, studyUid);
        ds.putString(Tag.StudyID, VR.SH, "S" + s.patientId);
        // a private attribute, which de-identification must remove
        ds.putString(0x00090010, VR.LO, "ACME PRIVATE");
        ds.putString(0x00091001, VR.LO, s.patientName + " home phone 555-0100");
        return ds;
    }

    private static DicomObject structureSet(Spec s, String studyUid, String seriesUid, String forUid, String ssUid,
            String rtSeriesUid, List<String> sliceUids, List<Integer> written, double[] n) {
        DicomObject ds = common(s, studyUid, "RTSTRUCT");
        ds.putString(Tag.SOPClassUID, VR.UI, SopClass.RT_STRUCTURE_SET);
        ds.putString(Tag.SOPInstanceUID, VR.UI, ssUid);
        ds.putString(Tag.SeriesInstanceUID, VR.UI, rtSeriesUid);
        ds.putString(Tag.SeriesDescription, VR.LO, "SRS targets");
        ds.putString(Tag.StructureSetLabel, VR.SH, "SRS");
        ds.putString(Tag.StructureSetDate, VR.DA, s.studyDate);
        List<DicomObject> contourImages = new ArrayList<>();
        for (String uid : sliceUids) {
            contourImages.add(new DicomObject().putString(Tag.ReferencedSOPClassUID, VR.UI, SopClass.MR_IMAGE)
                    .putString(Tag.ReferencedSOPInstanceUID, VR.UI, uid));
        }
        DicomObject refSeries = new DicomObject().putString(Tag.SeriesInstanceUID, VR.UI, seriesUid)
                .putSequence(Tag.ContourImageSequence, contourImages);
        DicomObject refStudy = new DicomObject().putString(Tag.ReferencedSOPClassUID, VR.UI, "1.2.840.10008.3.1.2.3.1")
                .putString(Tag.ReferencedSOPInstanceUID, VR.UI, studyUid)
                .putSequence(Tag.RTReferencedSeriesSequence, List.of(refSeries));
        ds.putSequence(Tag.ReferencedFrameOfReferenceSequence, List.of(new DicomObject()
                .putString(Tag.FrameOfReferenceUID, VR.UI, forUid).putSequence(Tag.RTReferencedStudySequence, List.of(refStudy))));
        List<DicomObject> roiItems = new ArrayList<>();
        List<DicomObject> contourItems = new ArrayList<>();
        List<DicomObject> obsItems = new ArrayList<>();
        int number = 1;
        for (Lesion l : s.lesions) {
            roiItems.add(new DicomObject().putIntString(Tag.ROINumber, number)
                    .putString(Tag.ReferencedFrameOfReferenceUID, VR.UI, forUid).putString(Tag.ROIName, VR.LO, l.name())
                    .putString(Tag.ROIGenerationAlgorithm, VR.CS, "MANUAL"));
            List<DicomObject> contours = new ArrayList<>();
            for (int w = 0; w < written.size(); w++) {
                int k = written.get(w);
                double[] planePoint = position(s, 0, 0, k);
                double dz = Vectors.dot(Vectors.sub(l.centre(), planePoint), n);
                if (Math.abs(dz) >= l.radius()) {
                    continue;
                }
                double r = Math.sqrt(l.radius() * l.radius() - dz * dz);
                double[] c = new double[3];
                for (int a = 0; a < 3; a++) {
                    c[a] = l.centre()[a] - dz * n[a]; // centre projected into the slice plane
                }
                double[] pts = new double[3 * s.contourPoints];
                for (int q = 0; q < s.contourPoints; q++) {
                    double t = 2 * Math.PI * q / s.contourPoints;
                    for (int a = 0; a < 3; a++) {
                        pts[3 * q + a] = c[a] + r * (Math.cos(t) * s.rowDir[a] + Math.sin(t) * s.colDir[a]);
                    }
                }
                contours.add(new DicomObject()
                        .putSequence(Tag.ContourImageSequence, List.of(new DicomObject()
                                .putString(Tag.ReferencedSOPClassUID, VR.UI, SopClass.MR_IMAGE)
                                .putString(Tag.ReferencedSOPInstanceUID, VR.UI, sliceUids.get(w))))
                        .putString(Tag.ContourGeometricType, VR.CS, "CLOSED_PLANAR")
                        .putIntString(Tag.NumberOfContourPoints, s.contourPoints).putDecimals(Tag.ContourData, pts));
            }
            contourItems.add(new DicomObject().putIntString(Tag.ROIDisplayColor, 255, 0, 0)
                    .putSequence(Tag.ContourSequence, contours).putIntString(Tag.ReferencedROINumber, number));
            obsItems.add(new DicomObject().putIntString(Tag.ObservationNumber, number)
                    .putIntString(Tag.ReferencedROINumber, number).putString(Tag.RTROIInterpretedType, VR.CS, "GTV"));
            number++;
        }
        ds.putSequence(Tag.StructureSetROISequence, roiItems);
        ds.putSequence(Tag.ROIContourSequence, contourItems);
        ds.putSequence(Tag.RTROIObservationsSequence, obsItems);
        return ds;
    }

    /** The dose grid: axis-aligned with the image, own origin and spacing, 32-bit unsigned with Dose Grid Scaling. */
    private static DicomObject doseObject(Spec s, String studyUid, String forUid, Random rnd, double[] n) {
        DicomObject ds = common(s, studyUid, "RTDOSE");
        ds.putString(Tag.SOPClassUID, VR.UI, SopClass.RT_DOSE);
        ds.putString(Tag.SOPInstanceUID, VR.UI, Uids.random(rnd));
        ds.putString(Tag.SeriesInstanceUID, VR.UI, Uids.random(rnd));
        ds.putString(Tag.FrameOfReferenceUID, VR.UI, forUid);
        double extentX = s.nx * s.sx;
        double extentY = s.ny * s.sy;
        double extentZ = s.nz * s.sz;
        int dx = (int) Math.ceil(extentX / s.doseSpacing);
        int dy = (int) Math.ceil(extentY / s.doseSpacing);
        int dzn = (int) Math.ceil(extentZ / s.doseSpacing);
        double[] o = position(s, 0, 0, 0);
        double[] origin = { o[0] - 0.7, o[1] - 0.9, o[2] - 1.1 }; // not aligned with image voxels on purpose
        double max = 0;
        for (Lesion l : s.lesions) {
            max += l.peakDoseGy();
        }
        double scaling = max / 4_000_000.0;
        byte[] px = new byte[dx * dy * dzn * 4];
        double[] offsets = new double[dzn];
        for (int k = 0; k < dzn; k++) {
            offsets[k] = k * s.doseSpacing;
            for (int j = 0; j < dy; j++) {
                for (int i = 0; i < dx; i++) {
                    double[] p = new double[3];
                    for (int a = 0; a < 3; a++) {
                        p[a] = origin[a] + s.rowDir[a] * i * s.doseSpacing + s.colDir[a] * j * s.doseSpacing
                                + n[a] * k * s.doseSpacing;
                    }
                    long v = Math.round(dose(s, p) / scaling);
                    int at = 4 * ((k * dy + j) * dx + i);
                    for (int b = 0; b < 4; b++) {
                        px[at + b] = (byte) (v >>> (8 * b));
                    }
                }
            }
        }
        ds.putDecimals(Tag.ImagePositionPatient, origin);
        ds.putDecimals(Tag.ImageOrientationPatient, s.rowDir[0], s.rowDir[1], s.rowDir[2], s.colDir[0], s.colDir[1],
                s.colDir[2]);
        ds.putDecimals(Tag.PixelSpacing, s.doseSpacing, s.doseSpacing);
        ds.putIntString(Tag.NumberOfFrames, dzn);
        ds.putBytes(Tag.FrameIncrementPointer, VR.AT, new byte[] { 0x04, 0x30, 0x0C, 0x00 });
        ds.putDecimals(Tag.GridFrameOffsetVector, offsets);
        ds.putDecimals(Tag.DoseGridScaling, scaling);
        ds.putString(Tag.DoseUnits, VR.CS, "GY");
        ds.putString(Tag.DoseType, VR.CS, "PHYSICAL");
        ds.putString(Tag.DoseSummationType, VR.CS, "PLAN");
        ds.putUS(Tag.SamplesPerPixel, 1);
        ds.putString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.putUS(Tag.Rows, dy);
        ds.putUS(Tag.Columns, dx);
        ds.putUS(Tag.BitsAllocated, 32);
        ds.putUS(Tag.BitsStored, 32);
        ds.putUS(Tag.HighBit, 31);
        ds.putUS(Tag.PixelRepresentation, 0);
        ds.putBytes(Tag.PixelData, VR.OW, px);
        return ds;
    }
}
