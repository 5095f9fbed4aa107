package org.radwb.imaging.io;

import java.nio.ByteBuffer;

/** The on-disk voxel types the readers decode (NIfTI datatype codes, NRRD type names). */
public enum VoxelType {
    UINT8(1, 2), INT8(1, 256), INT16(2, 4), UINT16(2, 512), INT32(4, 8), UINT32(4, 768), INT64(8, 1024),
    UINT64(8, 1280), FLOAT32(4, 16), FLOAT64(8, 64);

    /** Bytes per voxel. */
    public final int bytes;
    /** NIfTI datatype code. */
    public final int niftiCode;

    VoxelType(int bytes, int niftiCode) {
        this.bytes = bytes;
        this.niftiCode = niftiCode;
    }

    /** @return the type with this NIfTI datatype code, or null */
    public static VoxelType ofNifti(int code) {
        for (VoxelType t : values()) {
            if (t.niftiCode == code) {
                return t;
            }
        }
        return null;
    }

    /** Reads one voxel at the buffer's position as a double. */
    double read(ByteBuffer b) {
        switch (this) {
        case UINT8:
            return b.get() & 0xff;
        case INT8:
            return b.get();
        case INT16:
            return b.getShort();
        case UINT16:
            return b.getShort() & 0xffff;
        case INT32:
            return b.getInt();
        case UINT32:
            return b.getInt() & 0xffffffffL;
        case INT64:
            return b.getLong();
        case UINT64: {
            long v = b.getLong();
            return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
        }
        case FLOAT32:
            return b.getFloat();
        default:
            return b.getDouble();
        }
    }

    /** @return the smallest value of the type (integer types), or -infinity */
    public double min() {
        switch (this) {
        case UINT8: case UINT16: case UINT32: case UINT64:
            return 0;
        case INT8:
            return Byte.MIN_VALUE;
        case INT16:
            return Short.MIN_VALUE;
        case INT32:
            return Integer.MIN_VALUE;
        case INT64:
            return Long.MIN_VALUE;
        default:
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** @return the largest value of the type (integer types), or +infinity */
    public double max() {
        switch (this) {
        case UINT8:
            return 255;
        case INT8:
            return Byte.MAX_VALUE;
        case INT16:
            return Short.MAX_VALUE;
        case UINT16:
            return 65535;
        case INT32:
            return Integer.MAX_VALUE;
        case UINT32:
            return 4294967295.0;
        case INT64:
            return Long.MAX_VALUE;
        case UINT64:
            return 18446744073709551615.0;
        default:
            return Double.POSITIVE_INFINITY;
        }
    }

    /** @return true for integer types */
    public boolean isInteger() {
        return this != FLOAT32 && this != FLOAT64;
    }
}
