package org.radwb.imaging.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.ZipException;

import org.radwb.imaging.SparseLabels;

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
            decodeFloats(bb, 0, type, m, out, p, identity, slope, inter, tmp);
            p += m;
        }
        return out;
    }

    /**
     * Decodes {@code m} voxels starting at byte {@code from} of {@code bb} into {@code out[p..]}: the one conversion
     * both the whole-volume and the region reader use, so both give the same floats.
     */
    private static void decodeFloats(ByteBuffer bb, int from, VoxelType type, int m, float[] out, int p, boolean identity,
            double slope, double inter, double[] tmp) {
        if (identity && type == VoxelType.UINT8) {
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.get(from + q) & 0xff;
            }
        } else if (identity && type == VoxelType.INT16) {
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.getShort(from + 2 * q);
            }
        } else if (identity && type == VoxelType.FLOAT32) {
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.getFloat(from + 4 * q);
            }
        } else {
            ByteBuffer slice = bb.duplicate().order(bb.order());
            slice.position(from);
            decode(slice.slice().order(bb.order()), type, m, tmp);
            for (int q = 0; q < m; q++) {
                out[p + q] = (float) (identity ? tmp[q] : tmp[q] * slope + inter);
            }
        }
    }

    /**
     * Reads the voxels of the box {@code lo..hi} (inclusive voxel indices) of an {@code nx × ny × nz} volume, x
     * fastest, and stops reading after the box's last slice: the slices before it are decoded into a scratch buffer
     * and dropped, the ones after it are never read. The box must lie inside the grid.
     */
    static float[] readRegion(Path file, InputStream in, VoxelType type, ByteOrder order, int nx, int ny, int nz, int[] lo,
            int[] hi, double slope, double inter) throws IOException {
        int cx = hi[0] - lo[0] + 1, cy = hi[1] - lo[1] + 1, cz = hi[2] - lo[2] + 1;
        float[] out = new float[cx * cy * cz];
        boolean identity = slope == 1 && inter == 0;
        long slice = (long) nx * ny;
        if (slice * type.bytes > Integer.MAX_VALUE - 16) {
            throw new ImageFormatException(file, "dim", "a slice of " + nx + "x" + ny + " " + type + " voxels is too large");
        }
        byte[] buf = new byte[(int) (slice * type.bytes)];
        double[] tmp = new double[cx];
        long n = slice * nz; // the whole volume's voxels, for the messages
        for (int k = 0; k < lo[2]; k++) {
            readSlice(file, in, type, n, k * slice, buf);
        }
        int q = 0;
        for (int k = lo[2]; k <= hi[2]; k++) {
            readSlice(file, in, type, n, k * slice, buf);
            ByteBuffer bb = ByteBuffer.wrap(buf).order(order);
            for (int j = lo[1]; j <= hi[1]; j++, q += cx) {
                decodeFloats(bb, (j * nx + lo[0]) * type.bytes, type, cx, out, q, identity, slope, inter, tmp);
            }
        }
        return out;
    }

    /** Reads (and drops) {@code n - p} voxels after voxel {@code p}, failing as the whole-volume reader does. */
    static void skipVoxels(Path file, InputStream in, VoxelType type, long p, long n) throws IOException {
        byte[] buf = new byte[CHUNK * type.bytes];
        while (p < n) {
            int m = (int) Math.min(CHUNK, n - p);
            read(file, in, type, n, p, buf, m * type.bytes);
            p += m;
        }
    }

    private static void readSlice(Path file, InputStream in, VoxelType type, long n, long p, byte[] buf) throws IOException {
        read(file, in, type, n, p, buf, buf.length);
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
            scaledLabels(file, tmp, m, slope, inter, p, out, p);
            p += m;
        }
        return out;
    }

    /**
     * Reads {@code n} voxels as integer labels (checked as {@link #readInts}) and keeps only the non-zero ones. Chunks
     * whose bytes are all zero are skipped without decoding when zero bytes can only mean label 0 (no scaling).
     */
    static void readSparseInts(Path file, InputStream in, VoxelType type, ByteOrder order, int n, double slope, double inter,
            SparseLabels out) throws IOException {
        int[] ints = new int[CHUNK];
        double[] tmp = null; // only for scaled or floating-point labels (and 512 KB: not worth allocating per mask otherwise)
        byte[] buf = new byte[CHUNK * type.bytes];
        boolean identity = slope == 1 && inter == 0;
        boolean direct = identity && (type == VoxelType.UINT8 || type == VoxelType.INT8 || type == VoxelType.INT16
                || type == VoxelType.UINT16 || type == VoxelType.INT32);
        int p = 0;
        while (p < n) {
            int m = chunk(file, in, type, n, p, buf);
            if (identity && allZero(buf, m * type.bytes)) { // all-zero bytes are label 0 in every type when unscaled
                p += m;
                continue;
            }
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, m * type.bytes).order(order);
            if (direct) {
                decodeInts(bb, type, m, ints, 0);
            } else {
                if (tmp == null) {
                    tmp = new double[CHUNK];
                }
                decode(bb, type, m, tmp);
                scaledLabels(file, tmp, m, slope, inter, p, ints, 0);
            }
            for (int q = 0; q < m; q++) {
                if (ints[q] != 0) {
                    out.add(p + q, ints[q]);
                }
            }
            p += m;
        }
    }

    /**
     * Applies the scaling to m decoded voxels (the first at voxel index {@code first}) and stores them as labels at
     * {@code out[at..]}; a value that is not an integer is an error naming the voxel.
     */
    private static void scaledLabels(Path file, double[] values, int m, double slope, double inter, int first, int[] out,
            int at) throws ImageFormatException {
        for (int q = 0; q < m; q++) {
            double x = values[q] * slope + inter;
            int r = (int) Math.rint(x);
            if (r != x) {
                throw new ImageFormatException(file, "voxel " + (first + q), "label value " + x + " is not an integer (expected a label map)");
            }
            out[at + q] = r;
        }
    }

    private static final byte[] ZEROS = new byte[1 << 14];

    /** Whether the first {@code len} bytes are all zero; Arrays.mismatch is a vectorised intrinsic even before C2 compiles. */
    private static boolean allZero(byte[] b, int len) {
        for (int s = 0; s < len; s += ZEROS.length) {
            int n = Math.min(ZEROS.length, len - s);
            if (java.util.Arrays.mismatch(b, s, s + n, ZEROS, 0, n) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next chunk of whole voxels into buf; returns the voxel count. */
    private static int chunk(Path file, InputStream in, VoxelType type, int n, int p, byte[] buf) throws IOException {
        int want = Math.min(CHUNK, n - p) * type.bytes;
        read(file, in, type, n, p, buf, want);
        return want / type.bytes;
    }

    /** Reads exactly {@code want} bytes of voxel data starting at voxel {@code p} of {@code n}, naming what went wrong. */
    private static void read(Path file, InputStream in, VoxelType type, long n, long p, byte[] buf, int want) throws IOException {
        int got;
        try {
            got = in.readNBytes(buf, 0, want);
        } catch (EOFException e) {
            throw new ImageFormatException(file, "gzip stream", "truncated (unexpected end of compressed data after "
                    + p * type.bytes + " voxel bytes)", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "gzip stream", "corrupt compressed data: " + e.getMessage(), e);
        }
        if (got < want) {
            long have = p * type.bytes + got;
            throw new ImageFormatException(file, "voxel data", "truncated: expected " + n * type.bytes + " bytes of "
                    + type + " voxels, found " + have);
        }
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
        case INT16:
            for (int q = 0; q < m; q++) { // absolute reads: no temporary array per chunk
                out[p + q] = bb.getShort(2 * q);
            }
            break;
        case UINT16:
            for (int q = 0; q < m; q++) {
                out[p + q] = bb.getShort(2 * q) & 0xffff;
            }
            break;
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
