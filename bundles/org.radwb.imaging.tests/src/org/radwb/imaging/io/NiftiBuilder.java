package org.radwb.imaging.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPOutputStream;

/** Writes NIfTI-1/-2 headers field by field (independently of NiftiIO's writer) for reader tests. */
final class NiftiBuilder {

    int version = 1;
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    long[] dim = { 3, 2, 3, 2, 1, 1, 1, 1 };
    int datatype = 4;
    int bitpix = 16;
    double[] pixdim = { 1, 1, 1, 1, 0, 0, 0, 0 };
    double sclSlope = 0, sclInter = 0;
    int qform, sform;
    double qb, qc, qd;
    double[] qoff = new double[3];
    double[][] srow = new double[3][4];
    int units = 2;

    byte[] build(byte[] voxels) {
        int hs = version == 1 ? 348 : 540;
        int off = version == 1 ? 352 : 544;
        ByteBuffer b = ByteBuffer.allocate(off + voxels.length).order(order);
        b.putInt(0, hs);
        if (version == 1) {
            for (int i = 0; i < 8; i++) {
                b.putShort(40 + 2 * i, (short) dim[i]);
            }
            b.putShort(70, (short) datatype);
            b.putShort(72, (short) bitpix);
            for (int i = 0; i < 8; i++) {
                b.putFloat(76 + 4 * i, (float) pixdim[i]);
            }
            b.putFloat(108, off);
            b.putFloat(112, (float) sclSlope);
            b.putFloat(116, (float) sclInter);
            b.put(123, (byte) units);
            b.putShort(252, (short) qform);
            b.putShort(254, (short) sform);
            b.putFloat(256, (float) qb);
            b.putFloat(260, (float) qc);
            b.putFloat(264, (float) qd);
            for (int i = 0; i < 3; i++) {
                b.putFloat(268 + 4 * i, (float) qoff[i]);
                for (int c = 0; c < 4; c++) {
                    b.putFloat(280 + 16 * i + 4 * c, (float) srow[i][c]);
                }
            }
            b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        } else {
            byte[] magic = { 'n', '+', '2', 0, '\r', '\n', 0x1a, '\n' };
            for (int i = 0; i < 8; i++) {
                b.put(4 + i, magic[i]);
            }
            b.putShort(12, (short) datatype);
            b.putShort(14, (short) bitpix);
            for (int i = 0; i < 8; i++) {
                b.putLong(16 + 8 * i, dim[i]);
                b.putDouble(104 + 8 * i, pixdim[i]);
            }
            b.putLong(168, off);
            b.putDouble(176, sclSlope);
            b.putDouble(184, sclInter);
            b.putInt(344, qform);
            b.putInt(348, sform);
            b.putDouble(352, qb);
            b.putDouble(360, qc);
            b.putDouble(368, qd);
            for (int i = 0; i < 3; i++) {
                b.putDouble(376 + 8 * i, qoff[i]);
                for (int c = 0; c < 4; c++) {
                    b.putDouble(400 + 32 * i + 8 * c, srow[i][c]);
                }
            }
            b.putInt(500, units);
        }
        b.position(off);
        b.put(voxels);
        return b.array();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(raw);
        }
        return bo.toByteArray();
    }

    static byte[] shorts(ByteOrder order, int... v) {
        ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(order);
        for (int x : v) {
            b.putShort((short) x);
        }
        return b.array();
    }
}
