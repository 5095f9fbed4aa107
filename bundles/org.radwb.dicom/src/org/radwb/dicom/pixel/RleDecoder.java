package org.radwb.dicom.pixel;

import org.radwb.dicom.DicomException;

/**
 * DICOM RLE Lossless (PS3.5 Annex G): a 64-byte header with up to 15 segment offsets, one PackBits segment per
 * byte plane (most significant byte first, one set per sample).
 */
public final class RleDecoder {
    private RleDecoder() {
    }

    /**
     * Decodes one frame into stored values, samples interleaved per pixel (unsigned; the caller sign-extends).
     */
    public static int[] decode(byte[] frame, int rows, int cols, int samples, int bitsAllocated, String source)
            throws DicomException {
        int bytesPerSample = bitsAllocated / 8;
        int pixels = rows * cols;
        if (frame.length < 64) {
            throw new DicomException(source + ": RLE frame is " + frame.length + " bytes, shorter than its 64-byte header");
        }
        int nseg = le32(frame, 0);
        int expected = samples * bytesPerSample;
        if (nseg != expected) {
            throw new DicomException(source + ": RLE header names " + nseg + " segments, expected " + expected
                    + " (" + samples + " samples x " + bytesPerSample + " bytes)");
        }
        int[] out = new int[pixels * samples];
        byte[] plane = new byte[pixels];
        for (int s = 0; s < nseg; s++) {
            int start = le32(frame, 4 + 4 * s);
            int end = s + 1 < nseg ? le32(frame, 8 + 4 * s) : frame.length;
            if (start < 64 || start > frame.length || end < start || end > frame.length) {
                throw new DicomException(source + ": RLE segment " + (s + 1) + " offset " + start
                        + " lies outside the " + frame.length + "-byte frame");
            }
            unpack(frame, start, end, plane, source, s + 1);
            int sample = s / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - s % bytesPerSample); // first segment holds the most significant byte
            for (int p = 0; p < pixels; p++) {
                out[p * samples + sample] |= (plane[p] & 0xFF) << shift;
            }
        }
        return out;
    }

    private static void unpack(byte[] in, int pos, int end, byte[] out, String source, int segment)
            throws DicomException {
        int o = 0;
        while (o < out.length && pos < end) {
            int n = in[pos++];
            if (n >= 0) {
                int count = n + 1;
                if (pos + count > end || o + count > out.length) {
                    throw new DicomException(source + ": RLE segment " + segment + " literal run overflows");
                }
                System.arraycopy(in, pos, out, o, count);
                pos += count;
                o += count;
            } else if (n != -128) {
                int count = 1 - n;
                if (pos >= end || o + count > out.length) {
                    throw new DicomException(source + ": RLE segment " + segment + " replicate run overflows");
                }
                byte b = in[pos++];
                for (int i = 0; i < count; i++) {
                    out[o++] = b;
                }
            }
        }
        if (o < out.length) {
            throw new DicomException(source + ": RLE segment " + segment + " decodes to " + o + " bytes, expected "
                    + out.length);
        }
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 3] & 0xFF) << 24);
    }
}
