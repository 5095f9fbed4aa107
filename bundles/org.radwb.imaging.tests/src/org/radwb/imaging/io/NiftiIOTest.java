package org.radwb.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.imaging.Fixtures;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

class NiftiIOTest {

    @TempDir
    Path tmp;

    private Path write(String name, byte[] content) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void digitalPhantomMatchesItsVoxelDumpAndGeometry() throws IOException {
        Volume v = ImageIO.read(Fixtures.copy("ibsi_digital_phantom/phantom.nii.gz", tmp));
        LabelMap m = ImageIO.readLabels(Fixtures.copy("ibsi_digital_phantom/mask.nii.gz", tmp));
        Geometry g = v.geometry();
        assertArrayEquals(new int[] { 5, 4, 4 }, g.dims());
        assertArrayEquals(new double[] { 2, 2, 2 }, g.spacing(), 1e-9);
        // sform (code 1) wins over qform (code 2); srow diag(-2,-2,2) in RAS is the identity direction in LPS
        assertArrayEquals(new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }, g.direction(), 1e-9);
        assertTrue(g.sameGrid(m.geometry(), 1e-6));
        List<String> rows = Files.readAllLines(Fixtures.copy("ibsi_digital_phantom/phantom_voxels.csv", tmp));
        assertEquals(81, rows.size());
        int inRoi = 0;
        for (String r : rows.subList(1, rows.size())) {
            int[] f = Arrays.stream(r.split(",")).mapToInt(Integer::parseInt).toArray();
            assertEquals(f[3], v.get(f[0], f[1], f[2]), 0.0, r);
            assertEquals(f[4], m.get(f[0], f[1], f[2]), r);
            inRoi += f[4];
        }
        assertEquals(74, inRoi);
        assertEquals(74, m.select(1).count());
        assertEquals(VoxelType.INT16, ImageIO.voxelTypeOf(tmp.resolve("phantom.nii.gz")));
    }

    @Test
    void qformQuaternionIsAppliedAndConvertedToLps() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.qform = 1;
        b.qd = Math.sqrt(0.5); // 90 degrees about z: (b,c,d) = (0,0,sin 45), a = cos 45
        b.pixdim = new double[] { -1, 2, 3, 4, 0, 0, 0, 0 }; // qfac -1 flips the k axis
        b.qoff = new double[] { 10, 20, 30 };
        Path p = write("q.nii", b.build(NiftiBuilder.shorts(ByteOrder.LITTLE_ENDIAN, new int[12])));
        Geometry g = NiftiIO.read(p).geometry();
        // RAS rotation R = [[0,-1,0],[1,0,0],[0,0,1]], k negated by qfac; LPS negates rows x and y
        assertArrayEquals(new double[] { 0, 1, 0, -1, 0, 0, 0, 0, -1 }, g.direction(), 1e-6);
        assertArrayEquals(new double[] { 2, 3, 4 }, g.spacing(), 1e-6);
        assertArrayEquals(new double[] { -10, -20, 30 }, g.origin(), 1e-6);
        // voxel (1,0,0): RAS (10,22,30) -> LPS (-10,-22,30)
        assertArrayEquals(new double[] { -10, -22, 30 }, g.indexToWorld(1, 0, 0), 1e-5);
    }

    @Test
    void noTransformFallsBackToPixdim() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.pixdim = new double[] { 1, 0.5, 0.5, 2, 0, 0, 0, 0 };
        Geometry g = NiftiIO.read(write("m1.nii", b.build(NiftiBuilder.shorts(ByteOrder.LITTLE_ENDIAN, new int[12]))))
                .geometry();
        assertArrayEquals(new double[] { 0.5, 0.5, 2 }, g.spacing(), 1e-9);
        assertArrayEquals(new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 }, g.direction(), 1e-9);
    }

    @Test
    void sclSlopeAndInterAreApplied() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.sclSlope = 0.5;
        b.sclInter = -3;
        int[] raw = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        Volume v = NiftiIO.read(write("s.nii", b.build(NiftiBuilder.shorts(ByteOrder.LITTLE_ENDIAN, raw))));
        for (int i = 0; i < 12; i++) {
            assertEquals(raw[i] * 0.5 - 3, v.voxels()[i], 0.0);
        }
    }

    @Test
    void nifti2BigEndianSformInMetres() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.version = 2;
        b.order = ByteOrder.BIG_ENDIAN;
        b.sform = 2;
        b.units = 1; // metres
        b.srow = new double[][] { { 0.001, 0, 0, 0.01 }, { 0, 0.002, 0, 0 }, { 0, 0, 0.003, -0.02 } };
        int[] raw = { -5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 32767 };
        Path p = write("n2.nii.gz", NiftiBuilder.gzip(b.build(NiftiBuilder.shorts(ByteOrder.BIG_ENDIAN, raw))));
        Volume v = ImageIO.read(p);
        assertArrayEquals(new double[] { 1, 2, 3 }, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] { -10, 0, -20 }, v.geometry().origin(), 1e-9);
        assertEquals(-5, v.voxels()[0], 0.0);
        assertEquals(32767, v.voxels()[11], 0.0);
    }

    @Test
    void allIntegerAndFloatDatatypesDecode() throws IOException {
        Object[][] cases = { { 2, 8, new byte[] { (byte) 200 }, 200.0 }, { 256, 8, new byte[] { (byte) -3 }, -3.0 },
                { 512, 16, new byte[] { (byte) 0xff, (byte) 0xff }, 65535.0 },
                { 8, 32, new byte[] { 0, 0, 0, (byte) 0x80 }, (double) Integer.MIN_VALUE },
                { 768, 32, new byte[] { 0, 0, 0, (byte) 0xff }, 4278190080.0 },
                { 1024, 64, new byte[] { (byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff }, -2.0 },
                { 1280, 64, new byte[] { 7, 0, 0, 0, 0, 0, 0, 0 }, 7.0 },
                { 16, 32, new byte[] { 0, 0, (byte) 0xc0, 0x3f }, 1.5 },
                { 64, 64, new byte[] { 0, 0, 0, 0, 0, 0, (byte) 0xf8, (byte) 0xbf }, -1.5 } };
        for (Object[] c : cases) {
            NiftiBuilder b = new NiftiBuilder();
            b.dim = new long[] { 3, 1, 1, 1, 1, 1, 1, 1 };
            b.datatype = (Integer) c[0];
            b.bitpix = (Integer) c[1];
            Volume v = NiftiIO.read(write("t" + c[0] + ".nii", b.build((byte[]) c[2])));
            assertEquals((Double) c[3], v.voxels()[0], 0.0, "datatype " + c[0]);
        }
    }

    @Test
    void writerRoundTripsObliqueGeometryAndLabels() throws IOException {
        double t = Math.toRadians(20);
        Geometry g = new Geometry(new int[] { 3, 4, 2 }, new double[] { 0.7, 0.8, 2.5 }, new double[] { -12.5, 40, 3 },
                new double[] { Math.cos(t), -Math.sin(t), 0, Math.sin(t), Math.cos(t), 0, 0, 0, -1 });
        float[] vox = new float[24];
        int[] lab = new int[24];
        for (int i = 0; i < 24; i++) {
            vox[i] = i * 1.25f - 7;
            lab[i] = i % 3 == 0 ? 40000 : i % 3;
        }
        for (String name : new String[] { "w.nii", "w.nii.gz" }) {
            Path p = tmp.resolve(name);
            NiftiIO.write(new Volume(g, vox), p);
            Volume back = ImageIO.read(p);
            assertTrue(back.geometry().sameGrid(g, 1e-5), back.geometry() + " vs " + g);
            assertArrayEquals(vox, back.voxels(), 0f);
            Path q = tmp.resolve("l" + name);
            NiftiIO.writeLabels(new LabelMap(g, lab), q);
            assertArrayEquals(lab, ImageIO.readLabels(q).labels());
        }
    }

    @Test
    void truncatedGzipIsReportedWithFileAndField() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.dim = new long[] { 3, 40, 40, 40, 1, 1, 1, 1 };
        byte[] gz = NiftiBuilder.gzip(b.build(new byte[2 * 64000]));
        Path p = write("cut.nii.gz", Arrays.copyOf(gz, gz.length / 2));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(p));
        assertTrue(e.getMessage().contains("cut.nii.gz") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedRawDataIsReported() throws IOException {
        byte[] full = new NiftiBuilder().build(new byte[24]);
        Path p = write("short.nii", Arrays.copyOf(full, full.length - 5));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(p));
        assertTrue(e.getMessage().contains("voxel data: truncated: expected 24 bytes"), e.getMessage());
    }

    @Test
    void unknownDatatypeAndFourDimensionsAreRejected() throws IOException {
        NiftiBuilder b = new NiftiBuilder();
        b.datatype = 32;
        b.bitpix = 64;
        Path p = write("c.nii", b.build(new byte[96]));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(p));
        assertTrue(e.getMessage().contains("datatype: code 32 (COMPLEX64) is not supported"), e.getMessage());
        NiftiBuilder b4 = new NiftiBuilder();
        b4.dim = new long[] { 4, 2, 3, 2, 5, 1, 1, 1 };
        Path p4 = write("4d.nii", b4.build(new byte[120]));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.read(p4));
        assertTrue(e.getMessage().contains("dim[4]: is 5"), e.getMessage());
    }

    @Test
    void notNiftiAndNonIntegerLabelsAreRejected() throws IOException {
        Path junk = write("junk.nii", new byte[400]);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(junk));
        assertTrue(e.getMessage().contains("sizeof_hdr"), e.getMessage());
        NiftiBuilder b = new NiftiBuilder();
        b.sclSlope = 0.5;
        Path p = write("half.nii", b.build(NiftiBuilder.shorts(ByteOrder.LITTLE_ENDIAN, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.readLabels(p));
        assertTrue(e.getMessage().contains("voxel 1") && e.getMessage().contains("not an integer"), e.getMessage());
        assertThrows(ImageFormatException.class, () -> ImageIO.read(tmp.resolve("x.png")));
    }
}
