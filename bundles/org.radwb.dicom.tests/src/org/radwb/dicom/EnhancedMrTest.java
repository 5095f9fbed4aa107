package org.radwb.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.dicom.synth.SyntheticStudy;

/**
 * An enhanced (multi-frame) MR object, with positions and rescale in per-frame / shared functional groups and the
 * frames stored out of order, loads to the same volume as the classic single-frame series it was made from.
 */
class EnhancedMrTest {

    @TempDir
    Path tmp;

    @Test
    void multiFrameObjectEqualsTheSingleFrameSeries() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.nz = 8;
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp.resolve("classic"));
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        Collections.shuffle(order, new java.util.Random(5));
        DicomObject first = DicomReader.read(w.slices().get(0)).dataset();
        DicomObject mf = new DicomObject();
        for (int tag : new int[] { Tag.PatientID, Tag.PatientName, Tag.StudyInstanceUID, Tag.SeriesInstanceUID,
                Tag.FrameOfReferenceUID, Tag.Modality, Tag.Rows, Tag.Columns, Tag.BitsAllocated, Tag.BitsStored,
                Tag.HighBit, Tag.PixelRepresentation, Tag.SamplesPerPixel, Tag.PhotometricInterpretation }) {
            mf.putElement(first.get(tag));
        }
        mf.putString(Tag.SOPClassUID, VR.UI, SopClass.ENHANCED_MR_IMAGE);
        mf.putString(Tag.SOPInstanceUID, VR.UI, "2.25.1234567");
        mf.putSequence(Tag.SharedFunctionalGroupsSequence, List.of(new DicomObject()
                .putSequence(Tag.PlaneOrientationSequence, List.of(new DicomObject().putElement(first.get(Tag.ImageOrientationPatient))))
                .putSequence(Tag.PixelMeasuresSequence, List.of(new DicomObject().putElement(first.get(Tag.PixelSpacing))))
                .putSequence(Tag.PixelValueTransformationSequence, List.of(new DicomObject()
                        .putDecimals(Tag.RescaleSlope, 1).putDecimals(Tag.RescaleIntercept, 0)))));
        List<DicomObject> perFrame = new ArrayList<>();
        ByteArrayOutputStream px = new ByteArrayOutputStream();
        for (int k : order) {
            DicomObject slice = DicomReader.read(w.slices().get(k)).dataset();
            perFrame.add(new DicomObject().putSequence(Tag.PlanePositionSequence,
                    List.of(new DicomObject().putElement(slice.get(Tag.ImagePositionPatient)))));
            px.write(slice.getBytes(Tag.PixelData));
        }
        mf.putSequence(Tag.PerFrameFunctionalGroupsSequence, perFrame);
        mf.putIntString(Tag.NumberOfFrames, order.size());
        mf.putBytes(Tag.PixelData, VR.OW, px.toByteArray());
        Path file = tmp.resolve("enhanced.dcm");
        new DicomWriter(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).write(mf, file);

        var classic = new SeriesLoader().load(w.slices(), "classic");
        var enhanced = new SeriesLoader().load(List.of(file), "enhanced");
        assertEquals(classic.volume().geometry(), enhanced.volume().geometry());
        assertArrayEquals(classic.volume().voxels(), enhanced.volume().voxels());
        assertTrue(enhanced.sliceUids().get(0).startsWith("2.25.1234567#"), "frames keep their SOP UID + frame number");
    }

    @Test
    void aLargeNonDicomFileIsRejectedByTheHeaderReader() throws Exception {
        Path big = tmp.resolve("image.nii");
        byte[] b = new byte[3 << 20];
        b[0] = 92; // a NIfTI-1 header starts with sizeof_hdr = 348 (0x15C little endian)
        b[1] = 1;
        Files.write(big, b);
        DicomException e = assertThrows(DicomException.class, () -> DicomReader.readHeader(big));
        assertTrue(e.getMessage().contains("not a DICOM file"), e.getMessage());
    }
}
