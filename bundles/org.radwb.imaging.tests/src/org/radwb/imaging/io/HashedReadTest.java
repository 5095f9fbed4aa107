package org.radwb.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.imaging.Fixtures;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.SparseLabels;
import org.radwb.imaging.Volume;

/**
 * The one-pass readers used by batch extraction: the SHA-256 they compute while reading equals the hash of the file's
 * bytes, a region read gives exactly the voxels of the whole-volume read, the sparse label reader the labels of the
 * dense one, and damaged files fail with the same named errors.
 */
class HashedReadTest {

    /** {@code sha256sum} (GNU coreutils 9.1) of the fixture files. */
    private static final String PHANTOM_SHA256 = "83773ac2a288aa93cf819a98eaf301c18d35d5876182ec9c18733184e2b7a83a";
    private static final String MASK_SHA256 = "3032d340944b577b83bc559ea7ae9a6034b84633a840eff39570ec17aa1d6281";
    private static final String BRAIN1_LABEL_SHA256 = "ae6d8e6b84f7e99d68c210ee2fa6aaaefa0b2df0a84f55efca4feebe2b216059";

    @TempDir
    Path tmp;

    private static String sha256OfBytes(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void hashesEqualSha256sumOfTheFiles() throws Exception {
        Path phantom = Fixtures.copy("ibsi_digital_phantom/phantom.nii.gz", tmp);
        Path mask = Fixtures.copy("ibsi_digital_phantom/mask.nii.gz", tmp);
        Path nrrd = Fixtures.copy("pyradiomics/brain1_label.nrrd", tmp);
        assertEquals(PHANTOM_SHA256, ImageIO.readHashed(phantom).sha256());
        assertEquals(PHANTOM_SHA256, ImageIO.readRegionHashed(phantom, new int[] { 1, 1, 0 }, new int[] { 2, 2, 1 }).sha256());
        assertEquals(PHANTOM_SHA256, ImageIO.sha256(phantom));
        assertEquals(MASK_SHA256, ImageIO.readLabelsHashed(mask).sha256());
        assertEquals(BRAIN1_LABEL_SHA256, ImageIO.readLabelsHashed(nrrd).sha256());
    }

    @Test
    void realFilesRegionAndSparseReadsEqualTheWholeReads() throws Exception {
        Path phantom = Fixtures.copy("ibsi_digital_phantom/phantom.nii.gz", tmp);
        Path mask = Fixtures.copy("ibsi_digital_phantom/mask.nii.gz", tmp);
        Path nrrd = Fixtures.copy("pyradiomics/brain1_label.nrrd", tmp);
        Volume whole = ImageIO.read(phantom);
        HashedRead<Volume> all = ImageIO.readHashed(phantom);
        assertArrayEquals(whole.voxels(), all.value().voxels());
        assertEquals(VoxelType.INT16, all.type());
        Geometry g = whole.geometry();
        for (int[][] box : new int[][][] { { { 0, 0, 0 }, { 4, 3, 3 } }, { { 1, 2, 1 }, { 3, 3, 2 } }, { { 4, 0, 3 }, { 4, 0, 3 } } }) {
            HashedRead<Volume> r = ImageIO.readRegionHashed(phantom, box[0], box[1]);
            assertCrop(whole, box[0], box[1], r.value());
            assertTrue(r.fileGeometry().sameGrid(g, 0));
        }
        for (Path p : new Path[] { mask, nrrd }) {
            LabelMap dense = ImageIO.readLabels(p);
            SparseLabels s = ImageIO.readLabelsHashed(p).value();
            assertArrayEquals(dense.labels(), s.toLabelMap().labels(), p.toString());
            assertEquals(dense.labelList(), s.labelList());
            assertArrayEquals(dense.select(1).boundingBox(), s.boundingBox(Set.of(1)));
            assertEquals(dense.select(1).count(), s.count());
        }
    }

    /** Every voxel type, both byte orders, scaled and not, gzip and plain, boxes inside, on the edges and clamped. */
    @Test
    void regionReadEqualsTheWholeReadForEveryTypeAndBox() throws Exception {
        Random rnd = new Random(7);
        int nx = 7, ny = 5, nz = 6;
        Object[][] types = { { 2, 8, VoxelType.UINT8 }, { 4, 16, VoxelType.INT16 }, { 512, 16, VoxelType.UINT16 },
                { 8, 32, VoxelType.INT32 }, { 16, 32, VoxelType.FLOAT32 }, { 64, 64, VoxelType.FLOAT64 } };
        int files = 0;
        for (Object[] t : types) {
            for (ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN }) {
                for (boolean scaled : new boolean[] { false, true }) {
                    for (boolean gz : new boolean[] { false, true }) {
                        NiftiBuilder b = new NiftiBuilder();
                        b.dim = new long[] { 3, nx, ny, nz, 1, 1, 1, 1 };
                        b.datatype = (int) t[0];
                        b.bitpix = (int) t[1];
                        b.order = order;
                        if (scaled) {
                            b.sclSlope = 0.5;
                            b.sclInter = -3;
                        }
                        VoxelType vt = (VoxelType) t[2];
                        ByteBuffer data = ByteBuffer.allocate(nx * ny * nz * vt.bytes).order(order);
                        for (int p = 0; p < nx * ny * nz; p++) {
                            int v = rnd.nextInt(200);
                            switch (vt) {
                            case UINT8 -> data.put((byte) v);
                            case INT16, UINT16 -> data.putShort((short) (v * 37));
                            case INT32 -> data.putInt(v * 100_003 - 7_000_000);
                            case FLOAT32 -> data.putFloat(v * 1.37f - 50);
                            default -> data.putDouble(v * 1.37 - 50);
                            }
                        }
                        byte[] raw = b.build(data.array());
                        Path p = tmp.resolve("v" + files++ + (gz ? ".nii.gz" : ".nii"));
                        Files.write(p, gz ? NiftiBuilder.gzip(raw) : raw);
                        Volume whole = ImageIO.read(p);
                        assertArrayEquals(whole.voxels(), ImageIO.readHashed(p).value().voxels(), p.toString());
                        for (int[][] box : new int[][][] { { { 0, 0, 0 }, { 6, 4, 5 } }, { { 2, 1, 0 }, { 4, 3, 0 } },
                                { { 0, 4, 5 }, { 6, 4, 5 } }, { { 3, 2, 2 }, { 3, 2, 3 } } }) {
                            assertCrop(whole, box[0], box[1], ImageIO.readRegionHashed(p, box[0], box[1]).value());
                        }
                        // clamped to the grid
                        assertCrop(whole, new int[] { 0, 0, 4 }, new int[] { 6, 4, 5 },
                                ImageIO.readRegionHashed(p, new int[] { -2, -1, 4 }, new int[] { 9, 9, 9 }).value());
                        assertNull(ImageIO.readRegionHashed(p, new int[] { 0, 0, 6 }, new int[] { 1, 1, 8 }).value());
                        assertEquals(sha256OfBytes(p), ImageIO.readRegionHashed(p, new int[] { 1, 1, 1 }, new int[] { 2, 2, 2 }).sha256());
                    }
                }
            }
        }
    }

    private static void assertCrop(Volume whole, int[] lo, int[] hi, Volume region) {
        Geometry g = whole.geometry();
        int cx = hi[0] - lo[0] + 1, cy = hi[1] - lo[1] + 1, cz = hi[2] - lo[2] + 1;
        assertArrayEquals(new int[] { cx, cy, cz }, region.geometry().dims());
        assertArrayEquals(g.indexToWorld(lo[0], lo[1], lo[2]), region.geometry().origin(), 1e-12);
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                for (int i = 0; i < cx; i++) {
                    assertEquals(whole.get(lo[0] + i, lo[1] + j, lo[2] + k), region.get(i, j, k), 0.0,
                            "voxel " + Arrays.toString(new int[] { i, j, k }) + " of box " + Arrays.toString(lo));
                }
            }
        }
    }

    @Test
    void sparseLabelsSwitchToDenseStorageAndStayEqual() throws Exception {
        int nx = 40, ny = 30, nz = 20;
        Geometry g = Geometry.of(nx, ny, nz, 1, 1, 1);
        int[] lab = new int[g.size()];
        Random rnd = new Random(3);
        for (int p = 0; p < lab.length; p++) {
            lab[p] = rnd.nextDouble() < 0.3 ? 1 + rnd.nextInt(3) : 0; // 30 % non-zero: beyond the sparse limit
        }
        Path p = tmp.resolve("many.nii.gz");
        NiftiIO.writeLabels(new LabelMap(g, lab), p);
        SparseLabels s = ImageIO.readLabelsHashed(p).value();
        assertArrayEquals(lab, s.toLabelMap().labels());
        LabelMap dense = new LabelMap(g, lab);
        assertEquals(dense.labelList(), s.labelList());
        for (int l = 1; l <= 3; l++) {
            assertArrayEquals(dense.select(l).boundingBox(), s.boundingBox(Set.of(l)));
        }
        LabelMap c = s.crop(new int[] { 3, 4, 5 }, new int[] { 10, 12, 6 });
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 9; j++) {
                for (int i = 0; i < 8; i++) {
                    assertEquals(dense.get(3 + i, 4 + j, 5 + k), c.get(i, j, k));
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> s.crop(new int[] { 0, 0, 0 }, new int[] { nx, 0, 0 }));
    }

    /** Single labelled voxels at chunk and block edges among all-zero chunks are all found (uint8, int16, float32). */
    @Test
    void isolatedVoxelsInLargeZeroMasksAreFound() throws Exception {
        Geometry g = Geometry.of(100, 100, 20, 1, 1, 1); // 200 000 voxels: several 65 536-voxel chunks
        int[] positions = { 0, 1, 16383, 16384, 65535, 65536, 65537, 100_000, 131_071, 199_999 };
        int[] lab = new int[g.size()];
        for (int q = 0; q < positions.length; q++) {
            lab[positions[q]] = 1 + q % 3;
        }
        Object[][] types = { { 2, 8, VoxelType.UINT8 }, { 4, 16, VoxelType.INT16 }, { 16, 32, VoxelType.FLOAT32 } };
        for (Object[] t : types) {
            VoxelType vt = (VoxelType) t[2];
            NiftiBuilder b = new NiftiBuilder();
            b.dim = new long[] { 3, 100, 100, 20, 1, 1, 1, 1 };
            b.datatype = (int) t[0];
            b.bitpix = (int) t[1];
            ByteBuffer data = ByteBuffer.allocate(g.size() * vt.bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p < lab.length; p++) {
                switch (vt) {
                case UINT8 -> data.put((byte) lab[p]);
                case INT16 -> data.putShort((short) lab[p]);
                default -> data.putFloat(lab[p]);
                }
            }
            Path p = tmp.resolve("sparse-" + vt + ".nii.gz");
            Files.write(p, NiftiBuilder.gzip(b.build(data.array())));
            SparseLabels s = ImageIO.readLabelsHashed(p).value();
            assertEquals(positions.length, s.count(), vt.toString());
            assertArrayEquals(lab, s.toLabelMap().labels(), vt.toString());
            assertArrayEquals(ImageIO.readLabels(p).labels(), s.toLabelMap().labels(), vt.toString());
        }
    }

    @Test
    void nonIntegerLabelsAreRejectedBySparseReading() throws Exception {
        NiftiBuilder b = new NiftiBuilder();
        b.datatype = 16;
        b.bitpix = 32;
        ByteBuffer data = ByteBuffer.allocate(4 * 12).order(ByteOrder.LITTLE_ENDIAN);
        data.putFloat(4 * 5, 0.5f);
        Path p = tmp.resolve("half.nii.gz");
        Files.write(p, NiftiBuilder.gzip(b.build(data.array())));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.readLabelsHashed(p));
        assertTrue(e.getMessage().contains("half.nii.gz") && e.getMessage().contains("voxel 5") && e.getMessage().contains("not an integer"),
                e.getMessage());
    }

    /** A region in the first slices of a file cut after them: the rest is missing, so the read fails as a whole read does. */
    @Test
    void truncationAfterTheRegionIsStillReported() throws Exception {
        NiftiBuilder b = new NiftiBuilder();
        b.dim = new long[] { 3, 40, 40, 40, 1, 1, 1, 1 };
        byte[] voxels = new byte[2 * 64000];
        new Random(1).nextBytes(voxels); // incompressible, so half the file is about half the voxels
        byte[] gz = NiftiBuilder.gzip(b.build(voxels));
        Path cut = tmp.resolve("cut.nii.gz");
        Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
        ImageFormatException e = assertThrows(ImageFormatException.class,
                () -> ImageIO.readRegionHashed(cut, new int[] { 0, 0, 0 }, new int[] { 5, 5, 2 }));
        assertTrue(e.getMessage().contains("cut.nii.gz") && e.getMessage().contains("truncated"), e.getMessage());
        byte[] raw = b.build(voxels);
        Path shortRaw = tmp.resolve("short.nii");
        Files.write(shortRaw, Arrays.copyOf(raw, raw.length - 5));
        e = assertThrows(ImageFormatException.class, () -> ImageIO.readRegionHashed(shortRaw, new int[] { 0, 0, 0 }, new int[] { 5, 5, 2 }));
        assertTrue(e.getMessage().contains("voxel data: truncated: expected 128000 bytes"), e.getMessage());
        e = assertThrows(ImageFormatException.class, () -> ImageIO.readLabelsHashed(cut));
        assertTrue(e.getMessage().contains("cut.nii.gz") && e.getMessage().contains("truncated"), e.getMessage());
    }

    /** Corrupt compressed data inside the part the region needs fails with the whole read's message. */
    @Test
    void corruptGzipInsideTheRegionIsReported() throws Exception {
        NiftiBuilder b = new NiftiBuilder();
        b.dim = new long[] { 3, 40, 40, 40, 1, 1, 1, 1 };
        byte[] voxels = new byte[2 * 64000];
        new Random(2).nextBytes(voxels);
        byte[] gz = NiftiBuilder.gzip(b.build(voxels));
        for (int i = 200; i < 400; i++) {
            gz[i] = (byte) 0xff; // garbage early in the deflate stream
        }
        Path bad = tmp.resolve("bad.nii.gz");
        Files.write(bad, gz);
        ImageFormatException whole = assertThrows(ImageFormatException.class, () -> ImageIO.read(bad));
        ImageFormatException region = assertThrows(ImageFormatException.class,
                () -> ImageIO.readRegionHashed(bad, new int[] { 0, 0, 30 }, new int[] { 5, 5, 39 }));
        assertTrue(region.getMessage().contains("bad.nii.gz") && region.getMessage().contains("corrupt"), region.getMessage());
        assertEquals(whole.getMessage().contains("corrupt"), true, whole.getMessage());
    }
}
