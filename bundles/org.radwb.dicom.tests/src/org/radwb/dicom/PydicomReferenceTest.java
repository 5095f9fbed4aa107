package org.radwb.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radwb.dicom.pixel.PixelData;

/**
 * Reads the real DICOM files shipped with pydicom (copied into fixtures/pydicom with its MIT licence) and compares
 * decoded pixels with pydicom's own decoding (fixtures/pydicom/reference.csv, produced by make_reference.py).
 * Tolerance: exact (integer stored values).
 */
class PydicomReferenceTest {

    @TempDir
    Path tmp;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> reference() {
        String csv = new String(Fixtures.bytes("pydicom/reference.csv"), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (!line.isBlank() && !line.startsWith("file,")) {
                rows.add(line.trim().split(","));
            }
        }
        return rows.stream().map(r -> org.junit.jupiter.params.provider.Arguments.of((Object) r));
    }

    @ParameterizedTest
    @MethodSource("reference")
    void pixelsMatchPydicom(String[] row) throws Exception {
        DicomFile f = DicomReader.read(Fixtures.copy("pydicom/" + row[0], tmp));
        PixelData px = PixelData.of(f);
        assertEquals(Integer.parseInt(row[1]), px.frames, "frames");
        assertEquals(Integer.parseInt(row[2]), px.rows, "rows");
        assertEquals(Integer.parseInt(row[3]), px.columns, "columns");
        assertEquals(Integer.parseInt(row[4]), px.samples, "samples");
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long chk = 0;
        long index = 0;
        long first = 0;
        long last = 0;
        for (int fr = 0; fr < px.frames; fr++) {
            double[] v = px.frameAsDouble(fr);
            for (double d : v) {
                long x = (long) d;
                if (index == 0) {
                    first = x;
                }
                last = x;
                sum += x;
                min = Math.min(min, x);
                max = Math.max(max, x);
                chk += x * (index % 9973 + 1);
                index++;
            }
        }
        assertEquals(Long.parseLong(row[5]), sum, row[0] + " sum");
        assertEquals(Long.parseLong(row[6]), min, row[0] + " min");
        assertEquals(Long.parseLong(row[7]), max, row[0] + " max");
        assertEquals(Long.parseLong(row[8]), first, row[0] + " first");
        assertEquals(Long.parseLong(row[9]), last, row[0] + " last");
        assertEquals(Long.parseLong(row[10]), chk, row[0] + " position-weighted checksum");
    }

    @Test
    void realJpegLosslessFileDecodesToTheSamePixelsAsTheRleVersion() throws Exception {
        // GDCM's JPEG lossless SV1 encoding and the RLE encoding of the same 100x100 RGB image
        PixelData jpeg = PixelData.of(DicomReader.read(Fixtures.copy("pydicom/SC_rgb_jpeg_gdcm.dcm", tmp)));
        PixelData rle = PixelData.of(DicomReader.read(Fixtures.copy("pydicom/SC_rgb_rle.dcm", tmp)));
        assertEquals(TransferSyntax.JPEG_LOSSLESS_SV1.uid,
                DicomReader.readHeader(tmp.resolve("SC_rgb_jpeg_gdcm.dcm")).transferSyntaxUid());
        org.junit.jupiter.api.Assertions.assertArrayEquals(rle.frame(0), jpeg.frame(0));
    }

    @Test
    void headersOfAllSyntaxesAgree() throws Exception {
        for (String name : new String[] { "MR_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm",
                "MR_small_RLE.dcm" }) {
            DicomObject ds = DicomReader.readHeader(Fixtures.copy("pydicom/" + name, tmp)).dataset();
            assertEquals("MR", ds.getString(Tag.Modality), name);
            assertEquals(64, ds.getInt(Tag.Rows, 0), name);
            assertEquals(0.3125, ds.getDoubles(Tag.PixelSpacing)[0], 1e-9, name);
            assertEquals(3, ds.getDoubles(Tag.ImagePositionPatient).length, name);
            assertEquals("CompressedSamples^MR1", ds.getString(Tag.PatientName), name);
            assertTrue(!ds.contains(Tag.PixelData), name + ": header-only read stops before pixel data");
        }
    }

    @Test
    void filesWithoutMetaInformationAreRead() throws Exception {
        DicomObject be = DicomReader.read(Fixtures.copy("pydicom/ExplVR_BigEndNoMeta.dcm", tmp)).dataset();
        assertEquals("RTPLAN", be.getString(Tag.Modality));
    }

    @Test
    void rtStructureSetOfPydicomIsParsedIncludingNestedImplicitSequences() throws Exception {
        DicomObject ds = DicomReader.read(Fixtures.copy("pydicom/rtstruct.dcm", tmp)).dataset();
        assertEquals("RTSTRUCT", ds.getString(Tag.Modality));
        DicomObject roi = ds.getItem(Tag.StructureSetROISequence);
        assertEquals(1, roi.getInt(Tag.ROINumber, -1));
        DicomObject contour = ds.getItem(Tag.ROIContourSequence).getItem(Tag.ContourSequence);
        assertEquals(contour.getInt(Tag.NumberOfContourPoints, -1) * 3, contour.getDoubles(Tag.ContourData).length);
    }

    @Test
    void truncatedFileGivesAnErrorNamingFileAndAttribute() {
        Path p = Fixtures.copy("pydicom/MR_truncated.dcm", tmp);
        DicomException e = assertThrows(DicomException.class, () -> PixelData.of(DicomReader.read(p)).frame(0));
        assertTrue(e.getMessage().contains("MR_truncated.dcm"), e.getMessage());
        assertTrue(e.getMessage().contains("(7FE0,0010)") || e.getMessage().contains("Pixel Data"), e.getMessage());
    }

    @Test
    void jpeg2000IsRefusedNamingTheTransferSyntax() throws Exception {
        DicomFile f = DicomReader.read(Fixtures.copy("pydicom/JPEG2000.dcm", tmp));
        DicomException e = assertThrows(DicomException.class, () -> PixelData.of(f));
        assertTrue(e.getMessage().contains("1.2.840.10008.1.2.4.91") && e.getMessage().contains("JPEG 2000"),
                e.getMessage());
    }

    @Test
    void notDicomIsRefused() throws Exception {
        Path p = tmp.resolve("notes.txt");
        java.nio.file.Files.writeString(p, "these are not the pixels you are looking for, just some words of text");
        DicomException e = assertThrows(DicomException.class, () -> DicomReader.read(p));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("not a DICOM file"), e.getMessage());
    }
}
