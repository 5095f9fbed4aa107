package org.radwb.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.imaging.Fixtures;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

class NrrdIOTest {

    @TempDir
    Path tmp;

    @Test
    void pyradiomicsBrain1LabelMatchesPublishedFacts() throws IOException {
        LabelMap m = ImageIO.readLabels(Fixtures.copy("pyradiomics/brain1_label.nrrd", tmp));
        Geometry g = m.geometry();
        assertArrayEquals(new int[] { 256, 256, 25 }, g.dims());
        assertArrayEquals(new double[] { 0.78125, 0.78125, 6.5 }, g.spacing(), 1e-9);
        assertArrayEquals(new double[] { 1, 0, 0, 0, -1, 0, 0, 0, 1 }, g.direction(), 1e-12);
        assertArrayEquals(new double[] { -99.609375, 99.609375, -78 }, g.origin(), 1e-9);
        assertEquals(List.of(1), m.labelList());
        Mask roi = m.select(1);
        assertEquals(4137, roi.count());
        assertEquals(2, m.lesions(1).size());
        assertArrayEquals(new int[] { 162, 84, 11, 162 + 46, 84 + 69, 11 + 6 }, roi.boundingBox());
        assertEquals(VoxelType.INT32, ImageIO.voxelTypeOf(tmp.resolve("brain1_label.nrrd")));
    }

    private Path nrrd(String name, String header, byte[] data) throws IOException {
        Path p = tmp.resolve(name);
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + data.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        Files.write(p, all);
        return p;
    }

    @Test
    void rasSpaceIsConvertedToLpsAndBigEndianRawIsRead() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 * 2).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < 8; i++) {
            b.putShort((short) (i * 100 - 300));
        }
        Path p = nrrd("ras.nrrd", "NRRD0004\ntype: short\ndimension: 3\nspace: right-anterior-superior\nsizes: 2 2 2\n"
                + "space directions: (0,1.5,0) (-1.5,0,0) (0,0,3)\nendian: big\nencoding: raw\n"
                + "space origin: (5,6,7)\n\n", b.array());
        Volume v = ImageIO.read(p);
        assertArrayEquals(new double[] { 1.5, 1.5, 3 }, v.geometry().spacing(), 1e-12);
        assertArrayEquals(new double[] { 0, 1, 0, -1, 0, 0, 0, 0, 1 }, v.geometry().direction(), 1e-12);
        assertArrayEquals(new double[] { -5, -6, 7 }, v.geometry().origin(), 1e-12);
        assertEquals(-300, v.get(0, 0, 0), 0);
        assertEquals(400, v.get(1, 1, 1), 0);
    }

    @Test
    void detachedHeaderWithGzipDataFile() throws IOException {
        Geometry g = Geometry.of(3, 2, 1, 1, 1, 1);
        float[] vox = { 1, 2, 3, 4, 5, 6.5f };
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(vox);
        Files.write(tmp.resolve("d.raw.gz"), NiftiBuilder.gzip(b.array()));
        Path h = nrrd("d.nhdr", "NRRD0004\ntype: float\ndimension: 2\nsizes: 3 2\nspacings: 0.5 0.25\n"
                + "endian: little\nencoding: gzip\ndata file: d.raw.gz\n", new byte[0]);
        Volume v = ImageIO.read(h);
        assertArrayEquals(vox, v.voxels(), 0f);
        assertArrayEquals(new double[] { 0.5, 0.25, 1 }, v.geometry().spacing(), 0);
        assertEquals(g.size(), v.geometry().size());
    }

    @Test
    void writerRoundTripsAndAgreesWithNiftiWorldCoordinates() throws IOException {
        Geometry g = new Geometry(new int[] { 2, 3, 4 }, new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 },
                new double[] { 0, 0, 1, 1, 0, 0, 0, 1, 0 });
        float[] vox = new float[24];
        for (int i = 0; i < 24; i++) {
            vox[i] = i - 3.5f;
        }
        Path n = tmp.resolve("a.nrrd");
        Path nii = tmp.resolve("a.nii.gz");
        ImageIO.write(new Volume(g, vox), n);
        ImageIO.write(new Volume(g, vox), nii);
        Volume a = ImageIO.read(n);
        Volume c = ImageIO.read(nii);
        assertArrayEquals(vox, a.voxels(), 0f);
        assertTrue(a.geometry().sameGrid(g, 1e-9));
        assertArrayEquals(a.geometry().indexToWorld(1, 2, 3), c.geometry().indexToWorld(1, 2, 3), 1e-5);
        ImageIO.writeLabels(new LabelMap(g, new int[24]), tmp.resolve("l.nrrd"));
        assertEquals(List.of(), ImageIO.readLabels(tmp.resolve("l.nrrd")).labelList());
    }

    @Test
    void badHeadersNameTheField() throws IOException {
        Path noType = nrrd("a.nrrd", "NRRD0004\ndimension: 3\nsizes: 1 1 1\nencoding: raw\n\n", new byte[1]);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(noType));
        assertTrue(e.getMessage().contains("type: required field is missing"), e.getMessage());
        Path bz = nrrd("b.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 1 1 1\nencoding: bzip2\n\n", new byte[1]);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(bz));
        assertTrue(e.getMessage().contains("encoding: 'bzip2' is not supported"), e.getMessage());
        Path cut = nrrd("c.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n", new byte[5]);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(cut));
        assertTrue(e.getMessage().contains("truncated: expected 8 bytes"), e.getMessage());
        Path notNrrd = nrrd("d.nrrd", "P5\n", new byte[3]);
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(notNrrd));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }
}
