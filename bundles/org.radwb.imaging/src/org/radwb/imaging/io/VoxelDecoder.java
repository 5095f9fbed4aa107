package org.radwb.imaging.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Streams voxel data into float[] (images) or int[] (labels), chunk by chunk, with one type switch per chunk and
 * typed bulk views (a per-voxel callback was the bottleneck of reading a whole-brain volume).
 */
final class VoxelDecoder {

    private static final int CHUNK = 1 << 16;

    private VoxelDecoder() {
    }

    /** Reads {@code n} voxels; {@code slope}/{@code inter} rescale each value (slope 1, inter 0 = none). */
    static float[] readFloats(Path file, InputStream in, VoxelType type, ByteOrder order, int n, double slope,
            double inter) throws IOException {
        float[] out = new float[n];
        double[] tmp = new double[CHUNK];
        boolean identity = slope == 1 && inter == 0;
        int p = 0;
        byte[] buf = new byte[CHUNK * type.bytes];
        while (p < n) {
            int m = chunk(file, in, type, n, p, buf);
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, m * type.bytes).order(order);
            if (identity && type == VoxelType.UINT8) {
                for (int q = 0; q < m; q++) {
                    out[p + q] = buf[q] & 0xff;
                }
            } else if (identity && type == VoxelType.INT16) {
                short[] s = new short[m];
                bb.asShortBuffer().get(s);
                for (int q = 0; q < m; q++) {
                    out[p + q] = s[q];
                }
            } else if (identity && type == VoxelType.FLOAT32) {
                bb.asFloatBuffer().get(out, p, m);
            } else {
                decode(bb, type, m, tmp);
                for (int q = 0; q < m; q++) {
                    out[p + q] = (float) (identity ? tmp[q] : tmp[q] * slope + inter);
                }
            }
            p += m;
        }
        return out;
    }

    /** Reads {@code n} voxels as integer labels; a non-integral value is an error naming the voxel. */
    static int[] readInts(Path file, InputStream in, VoxelType type, ByteOrder order, int n, double slope,
            double inter) throws IOException {
        int[] out = new int[n];
        double[] tmp = new double[CHUNK];
        int p = 0;
        byte[] buf = new byte[CHUNK * type.bytes];
        boolean direct = slope == 1 && inter == 0 && (type == VoxelType.UINT8 || type == VoxelType.INT8
                || type == VoxelType.INT16 || type == VoxelType.UINT16 || type == VoxelType.INT32);
        while (p < n) {
            int m = chunk(file, in, type, n, p, buf);
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, m * type.bytes).order(order);
            if (direct) { // integer labels without scaling: no conversion through double
                decodeInts(bb, type, m, out, p);
                p += m;
                continue;
            }
            decode(bb, type, m, tmp);
            for (int q = 0; q < m; q++) {
                double x = tmp[q] * slope + inter;
                int r = (int) Math.rint(x);
                if (r != x) {
                    throw new ImageFormatException(file, "voxel " + (p + q), "label value " + x + " is not an integer (expected a label map)");
                }
                out[p + q] = r;
            }
            p += m;
        }
        return out;
    }

    /** Reads the next chunk of whole voxels into buf; returns the voxel count. */
    private static int chunk(Path file, InputStream in, VoxelType type, int n, int p, byte[] buf) throws IOException {
        int want = Math.min(CHUNK, n - p) * type.bytes;
        int got;
        try {
            got = in.readNBytes(buf, 0, want);
        } catch (EOFException e) {
            throw new ImageFormatException(file, "gzip stream", "truncated (unexpected end of compressed data after "
                    + (long) p * type.bytes + " voxel bytes)", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "gzip stream", "corrupt compressed data: " + e.getMessage(), e);
        }
        if (got < want) {
            long have = (long) p * type.bytes + got;
            throw new ImageFormatException(file, "voxel data", "truncated: expected " + (long) n * type.bytes + " bytes of "
                    + type + " voxels, found " + have);
        }
        return want / type.bytes;
    }

    private static void decodeInts(ByteBuffer bb, VoxelType type, int m, int[] out, int p) {
        switch (type) {
        case UINT8:
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.get(q) & 0xff;
            }
            break;
        case INT8:
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.get(q);
            }
            break;
        case INT16: {
            short[] s = new short[m];
            bb.asShortBuffer().get(s);
            for (int q = 0; q < m; q++) {
                out[p + q] = s[q];
            }
            break;
        }
        case UINT16: {
            short[] s = new short[m];
            bb.asShortBuffer().get(s);
            for (int q = 0; q < m; q++) {
                out[p + q] = s[q] & 0xffff;
            }
            break;
        }
        default:
            bb.asIntBuffer().get(out, p, m);
        }
    }

    private static void decode(ByteBuffer bb, VoxelType type, int m, double[] out) {
        switch (type) {
        case UINT8:
            for (int q = 0; q < m; q++) {
                out[q] = bb.get(q) & 0xff;
            }
            break;
        case INT8:
            for (int q = 0; q < m; q++) {
                out[q] = bb.get(q);
            }
            break;
        case INT16: {
            java.nio.ShortBuffer sb = bb.asShortBuffer();
            for (int q = 0; q < m; q++) {
                out[q] = sb.get(q);
            }
            break;
        }
        case UINT16: {
            java.nio.ShortBuffer sb = bb.asShortBuffer();
            for (int q = 0; q < m; q++) {
                out[q] = sb.get(q) & 0xffff;
            }
            break;
        }
        case INT32: {
            java.nio.IntBuffer ib = bb.asIntBuffer();
            for (int q = 0; q < m; q++) {
                out[q] = ib.get(q);
            }
            break;
        }
        case FLOAT32: {
            java.nio.FloatBuffer fb = bb.asFloatBuffer();
            for (int q = 0; q < m; q++) {
                out[q] = fb.get(q);
            }
            break;
        }
        case FLOAT64: {
            java.nio.DoubleBuffer db = bb.asDoubleBuffer();
            for (int q = 0; q < m; q++) {
                out[q] = db.get(q);
            }
            break;
        }
        default:
            for (int q = 0; q < m; q++) {
                out[q] = type.read(bb);
            }
        }
    }
}
