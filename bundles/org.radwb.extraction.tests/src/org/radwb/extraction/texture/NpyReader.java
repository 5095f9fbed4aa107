package org.radwb.extraction.texture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal reader for NumPy .npy files holding a little-endian float64 array (C or Fortran order) (test code only). */
final class NpyReader {

    /** A dense array: shape and values in C order (last index fastest). */
    record NpyArray(int[] shape, double[] data) {
    }

    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    /** Reorders a column-major (first index fastest) array to row-major. */
    private static double[] toCOrder(double[] f, int[] shape) {
        double[] c = new double[f.length];
        int[] idx = new int[shape.length];
        for (int k = 0; k < f.length; k++) {
            // idx = multi-index of C position k
            int rem = k;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = rem % shape[d];
                rem /= shape[d];
            }
            int fpos = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                fpos = fpos * shape[d] + idx[d];
            }
            c[k] = f[fpos];
        }
        return c;
    }

    static NpyArray read(String resource) throws IOException {
        try (InputStream raw = TextureFixtures.open(resource); DataInputStream in = new DataInputStream(raw)) {
            byte[] magic = new byte[6];
            in.readFully(magic);
            if (magic[0] != (byte) 0x93 || !new String(magic, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
                throw new IOException(resource + ": not a .npy file (bad magic)");
            }
            int major = in.readUnsignedByte();
            in.readUnsignedByte();
            int headerLen;
            if (major == 1) {
                headerLen = in.readUnsignedByte() | (in.readUnsignedByte() << 8);
            } else {
                byte[] b = new byte[4];
                in.readFully(b);
                headerLen = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
            }
            byte[] hb = new byte[headerLen];
            in.readFully(hb);
            String header = new String(hb, StandardCharsets.US_ASCII);
            if (!header.contains("'descr': '<f8'")) {
                throw new IOException(resource + ": only little-endian float64 is supported, header " + header);
            }
            boolean fortran = header.contains("'fortran_order': True");
            Matcher m = SHAPE.matcher(header);
            if (!m.find()) {
                throw new IOException(resource + ": no shape in header " + header);
            }
            String[] parts = m.group(1).split(",");
            int n = 0;
            int[] shape = new int[parts.length];
            long count = 1;
            for (String p : parts) {
                if (!p.isBlank()) {
                    shape[n] = Integer.parseInt(p.trim());
                    count *= shape[n++];
                }
            }
            shape = java.util.Arrays.copyOf(shape, n);
            byte[] body = in.readNBytes((int) (count * 8));
            if (body.length != count * 8) {
                throw new IOException(resource + ": truncated data, expected " + count + " doubles");
            }
            double[] data = new double[(int) count];
            ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(data);
            return new NpyArray(shape, fortran ? toCOrder(data, shape) : data);
        }
    }
}
