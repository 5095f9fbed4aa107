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
 * Writes a DICOM Segmentation of a {@link SyntheticStudy}: one segment per lesion, holding the voxels whose centre
 * lies within the lesion's sphere ({@link #inside}); frames only on slices a segment touches. BINARY packs one bit
 * per voxel across frames; FRACTIONAL stores round(255 * clamp(radius + 0.5 - distance, 0, 1)) so thresholding at
 * one half gives the same voxels.
 */
public final class SyntheticSeg {
    private SyntheticSeg() {
    }

    /** True if voxel (i, j, k) of the study's MR grid belongs to the lesion. */
    public static boolean inside(SyntheticStudy.Spec s, SyntheticStudy.Lesion l, int i, int j, int k) {
        return Vectors.norm(Vectors.sub(SyntheticStudy.position(s, i, j, k), l.centre())) <= l.radius();
    }

    private static double fraction(SyntheticStudy.Spec s, SyntheticStudy.Lesion l, int i, int j, int k) {
        double d = Vectors.norm(Vectors.sub(SyntheticStudy.position(s, i, j, k), l.centre()));
        return Math.max(0, Math.min(1, l.radius() + 0.5 - d));
    }

    /** Writes the segmentation; returns its SOP Instance UID. */
    public static String write(SyntheticStudy.Spec s, SyntheticStudy.Written w, Path file, boolean fractional)
            throws IOException {
        Random rnd = new Random(s.seed + 7);
        DicomObject ds = new DicomObject();
        String uid = Uids.random(rnd);
        ds.putString(Tag.SOPClassUID, VR.UI, SopClass.SEGMENTATION);
        ds.putString(Tag.SOPInstanceUID, VR.UI, uid);
        ds.putString(Tag.Modality, VR.CS, "SEG");
        ds.putString(Tag.PatientName, VR.PN, s.patientName);
        ds.putString(Tag.PatientID, VR.LO, s.patientId);
        ds.putString(Tag.StudyDate, VR.DA, s.studyDate);
        ds.putString(Tag.StudyInstanceUID, VR.UI, w.studyUid());
        ds.putString(Tag.SeriesInstanceUID, VR.UI, Uids.random(rnd));
        ds.putString(Tag.FrameOfReferenceUID, VR.UI, w.frameOfReferenceUid());
        ds.putString(Tag.SeriesDescription, VR.LO, "lesion segmentation");
        ds.putString(Tag.SegmentationType, VR.CS, fractional ? "FRACTIONAL" : "BINARY");
        if (fractional) {
            ds.putString(Tag.SegmentationFractionalType, VR.CS, "OCCUPANCY");
            ds.putUS(Tag.MaximumFractionalValue, 255);
        }
        ds.putSequence(Tag.ReferencedSeriesSequence,
                List.of(new DicomObject().putString(Tag.SeriesInstanceUID, VR.UI, w.seriesUid())));
        List<DicomObject> segs = new ArrayList<>();
        for (int n = 0; n < s.lesions.size(); n++) {
            segs.add(new DicomObject().putUS(Tag.SegmentNumber, n + 1)
                    .putString(Tag.SegmentLabel, VR.LO, s.lesions.get(n).name())
                    .putString(Tag.SegmentAlgorithmType, VR.CS, "MANUAL"));
        }
        ds.putSequence(Tag.SegmentSequence, segs);
        DicomObject shared = new DicomObject()
                .putSequence(Tag.PlaneOrientationSequence, List.of(new DicomObject().putDecimals(
                        Tag.ImageOrientationPatient, s.rowDir[0], s.rowDir[1], s.rowDir[2], s.colDir[0], s.colDir[1],
                        s.colDir[2])))
                .putSequence(Tag.PixelMeasuresSequence, List.of(new DicomObject().putDecimals(Tag.PixelSpacing, s.sy, s.sx)
                        .putDecimals(Tag.SliceThickness, s.sz)));
        ds.putSequence(Tag.SharedFunctionalGroupsSequence, List.of(shared));
        List<DicomObject> perFrame = new ArrayList<>();
        List<int[]> frames = new ArrayList<>();
        for (int n = 0; n < s.lesions.size(); n++) {
            SyntheticStudy.Lesion l = s.lesions.get(n);
            for (int k = 0; k < s.nz; k++) {
                int[] v = new int[s.nx * s.ny];
                boolean any = false;
                for (int j = 0; j < s.ny; j++) {
                    for (int i = 0; i < s.nx; i++) {
                        int value = fractional ? (int) Math.round(255 * fraction(s, l, i, j, k))
                                : inside(s, l, i, j, k) ? 1 : 0;
                        v[j * s.nx + i] = value;
                        any |= value != 0;
                    }
                }
                if (!any) {
                    continue;
                }
                frames.add(v);
                perFrame.add(new DicomObject()
                        .putSequence(Tag.PlanePositionSequence, List.of(new DicomObject()
                                .putDecimals(Tag.ImagePositionPatient, SyntheticStudy.position(s, 0, 0, k))))
                        .putSequence(Tag.SegmentIdentificationSequence,
                                List.of(new DicomObject().putUS(Tag.ReferencedSegmentNumber, n + 1))));
            }
        }
        ds.putSequence(Tag.PerFrameFunctionalGroupsSequence, perFrame);
        ds.putIntString(Tag.NumberOfFrames, frames.size());
        ds.putUS(Tag.SamplesPerPixel, 1);
        ds.putString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.putUS(Tag.Rows, s.ny);
        ds.putUS(Tag.Columns, s.nx);
        int bits = fractional ? 8 : 1;
        ds.putUS(Tag.BitsAllocated, bits);
        ds.putUS(Tag.BitsStored, bits);
        ds.putUS(Tag.HighBit, bits - 1);
        ds.putUS(Tag.PixelRepresentation, 0);
        int per = s.nx * s.ny;
        byte[] px;
        if (fractional) {
            px = new byte[frames.size() * per + (frames.size() * per) % 2];
            for (int f = 0; f < frames.size(); f++) {
                for (int p = 0; p < per; p++) {
                    px[f * per + p] = (byte) frames.get(f)[p];
                }
            }
        } else {
            long bitsTotal = (long) frames.size() * per;
            px = new byte[(int) ((bitsTotal + 15) / 16 * 2)];
            long b = 0;
            for (int[] fr : frames) {
                for (int p = 0; p < per; p++, b++) {
                    if (fr[p] != 0) {
                        px[(int) (b >>> 3)] |= (byte) (1 << (b & 7));
                    }
                }
            }
        }
        ds.putBytes(Tag.PixelData, VR.OB, px);
        new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(ds, file);
        return uid;
    }
}
