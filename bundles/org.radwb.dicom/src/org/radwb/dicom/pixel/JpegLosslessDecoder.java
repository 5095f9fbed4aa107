package org.radwb.dicom.pixel;

import org.radwb.dicom.DicomException;

/**
 * Decoder for JPEG lossless, non-hierarchical, Huffman coded (ITU-T T.81 process 14, SOF3), as used by DICOM
 * transfer syntaxes 1.2.840.10008.1.2.4.57 and .70 (selection value 1). All seven predictors, point transform,
 * restart intervals and interleaved multi-component scans (sampling factors 1x1) are supported; precision 2-16 bits.
 */
public final class JpegLosslessDecoder {
    private final byte[] in;
    private final String source;
    private int pos;
    // frame
    private int precision;
    private int height;
    private int width;
    private int ncomp;
    private int[] compIds;
    // Huffman tables (DC class only; lossless uses class 0)
    private final HuffmanTable[] tables = new HuffmanTable[4];
    private int restartInterval;
    // bit reader
    private long bitBuf;
    private int bitCount;
    private boolean hitMarker;
    private int bytesPastEnd;

    private JpegLosslessDecoder(byte[] in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The decoded image. {@code samples} holds components interleaved per pixel. */
    public record Image(int width, int height, int components, int precision, int[] samples) {
    }

    /** Decodes one JPEG lossless code stream. */
    public static Image decode(byte[] data, String source) throws DicomException {
        try {
            return new JpegLosslessDecoder(data, source).run();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new DicomException(source + ": JPEG lossless stream ends early or is corrupt", e);
        }
    }

    private Image run() throws DicomException {
        if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != 0xD8) {
            throw new DicomException(source + ": JPEG stream does not start with an SOI marker (FFD8)");
        }
        pos = 2;
        int[] out = null;
        while (pos + 4 <= in.length) {
            int marker = nextMarker();
            if (marker == 0xD9) {
                break;
            }
            int len = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            int segEnd = pos + len;
            if (segEnd > in.length) {
                throw new DicomException(source + ": JPEG marker FF" + Integer.toHexString(marker).toUpperCase()
                        + " segment runs past the end of the stream");
            }
            switch (marker) {
            case 0xC3 -> readFrame(pos + 2);
            case 0xC4 -> readHuffman(pos + 2, segEnd);
            case 0xDD -> restartInterval = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
            case 0xDA -> {
                if (compIds == null) {
                    throw new DicomException(source + ": JPEG scan before a SOF3 frame header");
                }
                pos = segEnd;
                out = readScan(pos - len + 2, out);
                continue;
            }
            case 0xC0, 0xC1, 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> throw new DicomException(
                    source + ": JPEG frame type SOF" + (marker - 0xC0)
                            + " is not lossless process 14 (SOF3); this decoder handles only JPEG lossless");
            default -> {
                // APPn, COM, DQT and others carry nothing a lossless decoder needs
            }
            }
            pos = segEnd;
        }
        if (out == null) {
            throw new DicomException(source + ": JPEG stream has no scan (SOS marker)");
        }
        return new Image(width, height, ncomp, precision, out);
    }

    private int nextMarker() throws DicomException {
        while (pos < in.length && (in[pos] & 0xFF) != 0xFF) {
            pos++;
        }
        while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
            pos++;
        }
        if (pos >= in.length) {
            return 0xD9;
        }
        return in[pos++] & 0xFF;
    }

    private void readFrame(int p) throws DicomException {
        precision = in[p] & 0xFF;
        height = ((in[p + 1] & 0xFF) << 8) | (in[p + 2] & 0xFF);
        width = ((in[p + 3] & 0xFF) << 8) | (in[p + 4] & 0xFF);
        ncomp = in[p + 5] & 0xFF;
        if (precision < 2 || precision > 16 || width == 0 || height == 0 || ncomp < 1 || ncomp > 4) {
            throw new DicomException(source + ": JPEG SOF3 header invalid (precision " + precision + ", " + width + "x"
                    + height + ", " + ncomp + " components)");
        }
        compIds = new int[ncomp];
        for (int c = 0; c < ncomp; c++) {
            compIds[c] = in[p + 6 + 3 * c] & 0xFF;
            int sampling = in[p + 7 + 3 * c] & 0xFF;
            if (sampling != 0x11) {
                throw new DicomException(source + ": JPEG component " + c + " has sampling factors "
                        + Integer.toHexString(sampling) + "; only 1x1 is supported");
            }
        }
    }

    private void readHuffman(int p, int end) throws DicomException {
        while (p < end) {
            int tc = (in[p] & 0xFF) >> 4;
            int th = in[p] & 0x0F;
            int[] bits = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                bits[i] = in[p + i] & 0xFF;
                total += bits[i];
            }
            int[] vals = new int[total];
            for (int i = 0; i < total; i++) {
                vals[i] = in[p + 17 + i] & 0xFF;
            }
            if (tc == 0 && th < 4) {
                tables[th] = new HuffmanTable(bits, vals);
            }
            p += 17 + total;
        }
    }

    private int[] readScan(int p, int[] out) throws DicomException {
        int ns = in[p] & 0xFF;
        if (ns != ncomp) {
            throw new DicomException(source + ": JPEG scan codes " + ns + " of " + ncomp
                    + " components; only one interleaved scan is supported");
        }
        HuffmanTable[] compTables = new HuffmanTable[ns];
        for (int i = 0; i < ns; i++) {
            int td = (in[p + 2 + 2 * i] & 0xFF) >> 4;
            compTables[i] = tables[td];
            if (compTables[i] == null) {
                throw new DicomException(source + ": JPEG scan uses Huffman table " + td + " which is not defined");
            }
        }
        int q = p + 1 + 2 * ns;
        int predictor = in[q] & 0xFF;
        int pt = in[q + 2] & 0x0F;
        if (predictor < 1 || predictor > 7) {
            throw new DicomException(source + ": JPEG lossless predictor " + predictor + " is invalid (expected 1-7)");
        }
        int[] img = out != null ? out : new int[width * height * ncomp];
        bitBuf = 0;
        bitCount = 0;
        hitMarker = false;
        bytesPastEnd = 0;
        int initial = 1 << (precision - pt - 1);
        int mask = (1 << (precision - pt)) - 1; // modulo 2^16 arithmetic (H.1.2.1), kept in precision bits
        int mcu = 0;
        int restartStart = 0; // each restart interval predicts like the start of the image (H.1.2.1)
        scanPos = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
                    syncRestart();
                    restartStart = mcu;
                }
                boolean first = mcu == restartStart;
                boolean firstLine = mcu < restartStart + width;
                for (int c = 0; c < ncomp; c++) {
                    int idx = (y * width + x) * ncomp + c;
                    int pred;
                    if (first) {
                        pred = initial;
                    } else if (firstLine && x > 0) {
                        pred = img[idx - ncomp];
                    } else if (x == 0) {
                        pred = img[idx - width * ncomp];
                    } else {
                        int ra = img[idx - ncomp];
                        int rb = img[idx - width * ncomp];
                        int rc = img[idx - width * ncomp - ncomp];
                        pred = switch (predictor) {
                        case 1 -> ra;
                        case 2 -> rb;
                        case 3 -> rc;
                        case 4 -> ra + rb - rc;
                        case 5 -> ra + ((rb - rc) >> 1);
                        case 6 -> rb + ((ra - rc) >> 1);
                        default -> (ra + rb) >> 1;
                        };
                    }
                    int diff = decodeDiff(compTables[c]);
                    img[idx] = (pred + diff) & mask;
                }
                mcu++;
            }
        }
        if (pt > 0) {
            for (int i = 0; i < img.length; i++) {
                img[i] <<= pt;
            }
        }
        pos = Math.max(pos, bytePosAfterScan());
        return img;
    }

    private int scanPos = -1;

    private int bytePosAfterScan() {
        return scanPos < 0 ? pos : scanPos;
    }

    private int decodeDiff(HuffmanTable t) throws DicomException {
        int code = 0;
        int s = -1;
        for (int len = 1; len <= 16; len++) {
            code = (code << 1) | bit();
            if (code <= t.maxCode[len]) {
                s = t.values[t.valPtr[len] + code - t.minCode[len]];
                break;
            }
        }
        if (s < 0) {
            throw new DicomException(source + ": JPEG stream holds an invalid Huffman code at byte " + scanPos);
        }
        if (s == 0) {
            return 0;
        }
        if (s == 16) {
            return 32768;
        }
        if (s > 16) {
            throw new DicomException(source + ": JPEG difference category " + s + " is invalid");
        }
        int v = bits(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    private int bit() throws DicomException {
        if (bitCount == 0) {
            fill();
        }
        bitCount--;
        return (int) (bitBuf >>> bitCount) & 1;
    }

    private int bits(int n) throws DicomException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    private void fill() throws DicomException {
        if (scanPos < 0) {
            scanPos = pos;
        }
        int b = 0;
        if (hitMarker || scanPos >= in.length) {
            // a few padding bits past the last byte are normal; more means the data ended early
            if (++bytesPastEnd > 4) {
                throw new DicomException(source + ": JPEG lossless data ends before the image is complete "
                        + "(truncated or corrupt stream)");
            }
        } else {
            b = in[scanPos] & 0xFF;
            if (b == 0xFF) {
                int next = scanPos + 1 < in.length ? in[scanPos + 1] & 0xFF : 0;
                if (next == 0) {
                    scanPos += 2; // stuffed zero
                } else {
                    hitMarker = true; // a marker: feed zeros until the caller syncs
                    b = 0;
                }
            } else {
                scanPos++;
            }
        }
        bitBuf = (bitBuf << 8) | b;
        bitCount += 8;
    }

    private void syncRestart() throws DicomException {
        bitCount = 0;
        bitBuf = 0;
        if (scanPos < 0) {
            scanPos = pos;
        }
        while (scanPos + 1 < in.length && !((in[scanPos] & 0xFF) == 0xFF && (in[scanPos + 1] & 0xFF) >= 0xD0
                && (in[scanPos + 1] & 0xFF) <= 0xD7)) {
            scanPos++;
        }
        if (scanPos + 1 >= in.length) {
            throw new DicomException(source + ": JPEG restart marker missing");
        }
        scanPos += 2;
        hitMarker = false;
        bytesPastEnd = 0;
    }

    /** A Huffman table in the decoding form of T.81 F.2.2.3. */
    private static final class HuffmanTable {
        final int[] maxCode = new int[18];
        final int[] minCode = new int[17];
        final int[] valPtr = new int[17];
        final int[] values;

        HuffmanTable(int[] bits, int[] vals) {
            values = vals;
            int code = 0;
            int k = 0;
            for (int len = 1; len <= 16; len++) {
                valPtr[len] = k;
                minCode[len] = code;
                code += bits[len];
                k += bits[len];
                maxCode[len] = bits[len] > 0 ? code - 1 : -1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }
    }
}
