package org.radwb.imaging.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.ZipException;

/** Streams voxel data into float[] (images) or int[] (labels), chunk by chunk, so big volumes need no byte copy. */
final class VoxelDecoder {

    private static final int CHUNK = 1 << 16;

    private VoxelDecoder() {
    }

    /** Reads {@code n} voxels; {@code slope}/{@code inter} rescale each value (slope 1, inter 0 = none). */
    static float[] readFloats(Path file, InputStream in, VoxelType type, ByteOrder order, int n, double slope,
            double inter) throws IOException {
        float[] out = new float[n];
        read(file, in, type, order, n, (p, v) -> out[p] = (float) (v * slope + inter));
        return out;
    }

    /** Reads {@code n} voxels as integer labels; a non-integral value is an error naming the voxel. */
    static int[] readInts(Path file, InputStream in, VoxelType type, ByteOrder order, int n, double slope,
            double inter) throws IOException {
        int[] out = new int[n];
        double[] bad = { Double.NaN, -1 };
        read(file, in, type, order, n, (p, v) -> {
            double x = v * slope + inter;
            int r = (int) Math.rint(x);
            if (r != x && Double.isNaN(bad[0])) {
                bad[0] = x;
                bad[1] = p;
            }
            out[p] = r;
        });
        if (!Double.isNaN(bad[0])) {
            throw new ImageFormatException(file, "voxel " + (long) bad[1],
                    "label value " + bad[0] + " is not an integer (expected a label map)");
        }
        return out;
    }

    private interface Sink {
        void put(int p, double v);
    }

    private static void read(Path file, InputStream in, VoxelType type, ByteOrder order, int n, Sink sink)
            throws IOException {
        byte[] buf = new byte[CHUNK * type.bytes];
        int p = 0;
        try {
            while (p < n) {
                int want = Math.min(CHUNK, n - p) * type.bytes;
                int got = in.readNBytes(buf, 0, want);
                if (got < want) {
                    long have = (long) p * type.bytes + got;
                    throw new ImageFormatException(file, "voxel data", "truncated: expected " + (long) n * type.bytes
                            + " bytes of " + type + " voxels, found " + have);
                }
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, want).order(order);
                int m = want / type.bytes;
                // one type switch per chunk, typed bulk views: several times faster than a switch per voxel
                switch (type) {
                case UINT8:
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, buf[q] & 0xff);
                    }
                    break;
                case INT8:
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, buf[q]);
                    }
                    break;
                case INT16: {
                    java.nio.ShortBuffer sb = bb.asShortBuffer();
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, sb.get(q));
                    }
                    break;
                }
                case UINT16: {
                    java.nio.ShortBuffer sb = bb.asShortBuffer();
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, sb.get(q) & 0xffff);
                    }
                    break;
                }
                case INT32: {
                    java.nio.IntBuffer ib = bb.asIntBuffer();
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, ib.get(q));
                    }
                    break;
                }
                case FLOAT32: {
                    java.nio.FloatBuffer fb = bb.asFloatBuffer();
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, fb.get(q));
                    }
                    break;
                }
                default:
                    for (int q = 0; q < m; q++) {
                        sink.put(p++, type.read(bb));
                    }
                }
            }
        } catch (EOFException e) {
            throw new ImageFormatException(file, "gzip stream", "truncated (unexpected end of compressed data after "
                    + (long) p * type.bytes + " voxel bytes)", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "gzip stream", "corrupt compressed data: " + e.getMessage(), e);
        }
    }
}
