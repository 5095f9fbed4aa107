package org.radwb.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.DicomWriter;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.Tag;
import org.radwb.dicom.TransferSyntax;
import org.radwb.dicom.synth.SyntheticStudy;

/**
 * JPEG lossless round trips through the independent test-side encoder (all predictors, point transform, restart
 * intervals, 8-16 bit, 1 and 3 components), and a whole MR series stored as JPEG lossless SV1. The real GDCM file
 * is checked in PydicomReferenceTest. Tolerance: exact.
 */
class JpegLosslessDecoderTest {

    @TempDir
    Path tmp;

    private static int[] image(int w, int h, int nc, int precision, long seed) {
        Random r = new Random(seed);
        int[] v = new int[w * h * nc];
        int max = (1 << precision) - 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < nc; c++) {
                    // smooth structure plus noise and a few extreme jumps (categories up to 16)
                    double s = (Math.sin(x / 5.0 + c) + Math.cos(y / 7.0)) * max / 5 + max / 2.0 + r.nextGaussian() * 20;
                    if (r.nextInt(50) == 0) {
                        s = r.nextBoolean() ? 0 : max;
                    }
                    v[(y * w + x) * nc + c] = (int) Math.max(0, Math.min(max, Math.round(s)));
                }
            }
        }
        return v;
    }

    @ParameterizedTest
    @CsvSource({ "1,16,1,0,0", "2,16,1,0,0", "3,12,1,0,0", "4,16,1,0,0", "5,16,1,0,0", "6,16,1,0,0", "7,16,1,0,0",
            "1,8,3,0,0", "1,16,1,0,37", "4,16,1,0,64", "1,16,1,2,0", "7,10,3,1,50" })
    void roundTrip(int predictor, int precision, int components, int pointTransform, int restart) throws Exception {
        int w = 37;
        int h = 23;
        int[] img = image(w, h, components, precision, predictor * 100L + precision);
        if (pointTransform > 0) {
            for (int i = 0; i < img.length; i++) {
                img[i] = (img[i] >> pointTransform) << pointTransform; // only such values survive a point transform
            }
        }
        byte[] jpeg = JpegLosslessEncoder.encode(img, w, h, components, precision, predictor, pointTransform, restart);
        JpegLosslessDecoder.Image d = JpegLosslessDecoder.decode(jpeg, "test");
        assertEquals(w, d.width());
        assertEquals(h, d.height());
        assertEquals(components, d.components());
        assertArrayEquals(img, d.samples());
    }

    @Test
    void mrSeriesStoredAsJpegLosslessLoadsLikeTheUncompressedOne() throws Exception {
        SyntheticStudy.Spec s = new SyntheticStudy.Spec();
        s.nz = 6;
        s.writeDose = false;
        s.writeStructures = false;
        SyntheticStudy.Written w = SyntheticStudy.write(s, tmp.resolve("raw"));
        List<Path> jpeg = new ArrayList<>();
        for (Path p : w.slices()) {
            DicomFile f = DicomReader.read(p);
            int[] stored = PixelData.of(f).frame(0);
            int[] unsigned = new int[stored.length];
            for (int i = 0; i < stored.length; i++) {
                unsigned[i] = stored[i] & 0xFFFF; // JPEG codes the 16-bit pattern; signedness comes from the header
            }
            DicomObject ds = f.dataset();
            ds.putFragments(Tag.PixelData, List.of(new byte[0], JpegLosslessEncoder.encode(unsigned, s.nx, s.ny, 1, 16, 1, 0, 0)));
            Path out = tmp.resolve("jpeg").resolve(p.getFileName());
            new DicomWriter(TransferSyntax.JPEG_LOSSLESS_SV1).write(ds, out);
            jpeg.add(out);
        }
        assertEquals(TransferSyntax.JPEG_LOSSLESS_SV1.uid, DicomReader.readHeader(jpeg.get(0)).transferSyntaxUid());
        float[] a = new SeriesLoader().load(w.slices(), "raw").volume().voxels();
        float[] b = new SeriesLoader().load(jpeg, "jpeg").volume().voxels();
        assertArrayEquals(a, b);
        assertTrue(a[0] != 0);
    }

    @Test
    void lossyJpegIsRefusedWithItsName() {
        byte[] sof0 = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0 };
        DicomException e = assertThrows(DicomException.class, () -> JpegLosslessDecoder.decode(sof0, "x.dcm"));
        assertTrue(e.getMessage().contains("SOF0") && e.getMessage().contains("lossless"), e.getMessage());
    }

    @Test
    void truncatedStreamGivesAnError() {
        int[] img = image(16, 16, 1, 16, 3);
        byte[] jpeg = JpegLosslessEncoder.encode(img, 16, 16, 1, 16, 1, 0, 0);
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length / 2); // inside the entropy-coded data
        DicomException e = assertThrows(DicomException.class, () -> JpegLosslessDecoder.decode(cut, "cut.dcm"));
        assertTrue(e.getMessage().contains("cut.dcm") && e.getMessage().contains("ends before the image is complete"),
                e.getMessage());
    }
}
