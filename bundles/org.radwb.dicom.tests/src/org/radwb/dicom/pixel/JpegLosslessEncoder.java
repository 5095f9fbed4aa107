package org.radwb.dicom.pixel;

import java.io.ByteArrayOutputStream;

/**
 * Test-side JPEG lossless (process 14) encoder, written from ITU-T T.81 independently of the decoder: one
 * component per scan interleave, any predictor 1-7, optional point transform and restart interval, a fixed
 * Huffman table covering difference categories 0-16.
 */
final class JpegLosslessEncoder {
    // code lengths per category 0..16: a prefix code with Kraft sum < 1 and no all-ones code
    private static final int[] LENGTHS = { 2, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long acc;
    private int nbits;
    private final int[] code = new int[17];

    private JpegLosslessEncoder() {
        // canonical codes (T.81 C.2): by increasing length, in symbol order
        int c = 0;
        for (int len2 = 1; len2 <= 16; len2++) {
            for (int s = 0; s <= 16; s++) {
                if (LENGTHS[s] == len2) {
                    code[s] = c++;
                }
            }
            c <<= 1;
        }
    }

    /** Encodes {@code samples} (components interleaved) of a width x height image. */
    static byte[] encode(int[] samples, int width, int height, int components, int precision, int predictor,
            int pointTransform, int restartInterval) {
        return new JpegLosslessEncoder().run(samples, width, height, components, precision, predictor, pointTransform,
                restartInterval);
    }

    private byte[] run(int[] img, int w, int h, int nc, int p, int psv, int pt, int ri) {
        marker(0xD8);
        marker(0xC3);
        int len = 8 + 3 * nc;
        u16(len);
        out.write(p);
        u16(h);
        u16(w);
        out.write(nc);
        for (int c = 0; c < nc; c++) {
            out.write(c + 1);
            out.write(0x11);
            out.write(0);
        }
        marker(0xC4);
        u16(2 + 17 + 17);
        out.write(0x00);
        for (int l = 1; l <= 16; l++) {
            int n = 0;
            for (int s = 0; s <= 16; s++) {
                n += LENGTHS[s] == l ? 1 : 0;
            }
            out.write(n);
        }
        for (int l = 1; l <= 16; l++) {
            for (int s = 0; s <= 16; s++) {
                if (LENGTHS[s] == l) {
                    out.write(s);
                }
            }
        }
        if (ri > 0) {
            marker(0xDD);
            u16(4);
            u16(ri);
        }
        marker(0xDA);
        u16(6 + 2 * nc);
        out.write(nc);
        for (int c = 0; c < nc; c++) {
            out.write(c + 1);
            out.write(0x00);
        }
        out.write(psv);
        out.write(0);
        out.write(pt);
        int[] x = new int[img.length];
        for (int i = 0; i < img.length; i++) {
            x[i] = img[i] >> pt;
        }
        int mcu = 0;
        int rst = 0;
        int start = 0;
        for (int y = 0; y < h; y++) {
            for (int col = 0; col < w; col++) {
                if (ri > 0 && mcu > 0 && mcu % ri == 0) {
                    flush();
                    marker(0xD0 + (rst++ & 7));
                    start = mcu;
                }
                for (int c = 0; c < nc; c++) {
                    int i = (y * w + col) * nc + c;
                    int pred;
                    if (mcu == start) {
                        pred = 1 << (p - pt - 1);
                    } else if (mcu < start + w && col > 0) {
                        pred = x[i - nc];
                    } else if (col == 0) {
                        pred = x[i - w * nc];
                    } else {
                        int a = x[i - nc];
                        int b = x[i - w * nc];
                        int cc = x[i - w * nc - nc];
                        pred = switch (psv) {
                        case 1 -> a;
                        case 2 -> b;
                        case 3 -> cc;
                        case 4 -> a + b - cc;
                        case 5 -> a + ((b - cc) >> 1);
                        case 6 -> b + ((a - cc) >> 1);
                        default -> (a + b) >> 1;
                        };
                    }
                    int diff = (x[i] - pred) & 0xFFFF; // modulo 2^16
                    if (diff >= 32768) {
                        diff -= 65536;
                    }
                    int ssss = diff == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
                    if (diff == -32768) {
                        ssss = 16;
                    }
                    bits(code[ssss], LENGTHS[ssss]);
                    if (ssss > 0 && ssss < 16) {
                        bits(diff < 0 ? diff + (1 << ssss) - 1 : diff, ssss);
                    }
                }
                mcu++;
            }
        }
        flush();
        marker(0xD9);
        return out.toByteArray();
    }

    private void bits(int v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            acc = (acc << 1) | ((v >> i) & 1);
            nbits++;
            if (nbits == 8) {
                emit((int) acc & 0xFF);
                acc = 0;
                nbits = 0;
            }
        }
    }

    private void flush() {
        while (nbits != 0) {
            bits(1, 1); // pad with ones
        }
    }

    private void emit(int b) {
        out.write(b);
        if (b == 0xFF) {
            out.write(0); // byte stuffing
        }
    }

    private void marker(int m) {
        out.write(0xFF);
        out.write(m);
    }

    private void u16(int v) {
        out.write(v >> 8);
        out.write(v);
    }
}
