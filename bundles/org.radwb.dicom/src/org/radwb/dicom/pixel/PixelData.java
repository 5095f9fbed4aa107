package org.radwb.dicom.pixel;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.radwb.dicom.DicomElement;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.Tag;
import org.radwb.dicom.TransferSyntax;
import org.radwb.dicom.VR;

/**
 * The pixel data of one DICOM object, decoded frame by frame into stored values (before rescale), samples
 * interleaved per pixel. Handles native data (1, 8, 16 or 32 bits allocated, either byte order, planar
 * configuration 0 or 1), RLE lossless and JPEG lossless process 14; any other encapsulated syntax is refused
 * with a message naming it.
 */
public final class PixelData {
    private final String source;
    private final String tsUid;
    private final DicomElement element;
    public final int rows;
    public final int columns;
    public final int frames;
    public final int samples;
    public final int bitsAllocated;
    public final int bitsStored;
    public final boolean signed;
    public final int planarConfiguration;
    private List<byte[]> frameFragments;

    private PixelData(DicomFile file) throws DicomException {
        DicomObject ds = file.dataset();
        this.source = file.name();
        this.tsUid = file.transferSyntaxUid();
        this.element = ds.get(Tag.PixelData);
        if (element == null) {
            throw new DicomException(source + ": no Pixel Data " + Tag.toString(Tag.PixelData)
                    + (file.headerOnly() ? " was read (header only)" : " in the file"));
        }
        rows = ds.getInt(Tag.Rows, 0);
        columns = ds.getInt(Tag.Columns, 0);
        frames = Math.max(1, ds.getInt(Tag.NumberOfFrames, 1));
        samples = ds.getInt(Tag.SamplesPerPixel, 1);
        bitsAllocated = ds.getInt(Tag.BitsAllocated, 0);
        bitsStored = ds.getInt(Tag.BitsStored, bitsAllocated);
        signed = ds.getInt(Tag.PixelRepresentation, 0) == 1;
        planarConfiguration = ds.getInt(Tag.PlanarConfiguration, 0);
        if (rows <= 0 || columns <= 0) {
            throw new DicomException(source + ": Rows/Columns are " + rows + "/" + columns + ", expected positive values");
        }
        if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
            throw new DicomException(source + ": Bits Allocated is " + bitsAllocated + ", expected 1, 8, 16 or 32");
        }
        if (samples < 1 || samples > 4) {
            throw new DicomException(source + ": Samples per Pixel is " + samples + ", expected 1 to 4");
        }
        if (element.isEncapsulated()) {
            TransferSyntax ts = TransferSyntax.ofUid(tsUid);
            if (ts == null || !ts.encapsulated) {
                throw TransferSyntax.unsupported(tsUid, source);
            }
        } else {
            long needed = bitsAllocated == 1 ? ((long) rows * columns * frames * samples + 7) / 8
                    : (long) rows * columns * frames * samples * (bitsAllocated / 8);
            int have = element.bytes() == null ? 0 : element.bytes().length;
            if (have < needed) {
                throw new DicomException(source + ": Pixel Data holds " + have + " bytes but " + frames + " frame(s) of "
                        + columns + "x" + rows + "x" + samples + " at " + bitsAllocated + " bits need " + needed
                        + " (truncated file or wrong Rows/Columns/Number of Frames)");
            }
        }
    }

    /** The pixel data of a fully read file. */
    public static PixelData of(DicomFile file) throws DicomException {
        return new PixelData(file);
    }

    /** Stored values of frame {@code f} (0-based), sign-extended when Pixel Representation is 1. */
    public int[] frame(int f) throws DicomException {
        if (f < 0 || f >= frames) {
            throw new DicomException(source + ": frame " + f + " requested, the object has " + frames);
        }
        if (!element.isEncapsulated() && bitsAllocated == 16 && bitsStored == 16 && (samples == 1 || planarConfiguration == 0)) {
            return decode16(f); // the common MR case, in one pass
        }
        int[] v = element.isEncapsulated() ? decodeEncapsulated(f) : decodeNative(f);
        if (bitsAllocated > 1 && bitsAllocated < 32 && bitsStored < bitsAllocated) {
            int m = (1 << bitsStored) - 1;
            for (int i = 0; i < v.length; i++) {
                v[i] &= m;
            }
        }
        if (signed && bitsAllocated > 1 && bitsStored < 32) {
            int shift = 32 - bitsStored;
            for (int i = 0; i < v.length; i++) {
                v[i] = (v[i] << shift) >> shift;
            }
        }
        return v;
    }

    /** Frame {@code f} as doubles; unlike {@link #frame} this keeps unsigned 32-bit values (RTDOSE) exact. */
    public double[] frameAsDouble(int f) throws DicomException {
        int[] v = frame(f);
        double[] d = new double[v.length];
        boolean unsigned32 = bitsAllocated == 32 && !signed;
        for (int i = 0; i < v.length; i++) {
            d[i] = unsigned32 ? Integer.toUnsignedLong(v[i]) : v[i];
        }
        return d;
    }

    /** Frame {@code f} as real-world values {@code stored * slope + intercept}, without an intermediate double array. */
    public float[] frameRescaled(int f, double slope, double intercept) throws DicomException {
        int[] v = frame(f);
        float[] out = new float[v.length];
        boolean unsigned32 = bitsAllocated == 32 && !signed;
        for (int i = 0; i < v.length; i++) {
            double stored = unsigned32 ? Integer.toUnsignedLong(v[i]) : v[i];
            out[i] = (float) (stored * slope + intercept);
        }
        return out;
    }

    private int[] decode16(int f) {
        byte[] b = element.bytes();
        int n = rows * columns * samples;
        int[] out = new int[n];
        int p = f * n * 2;
        int hi = isBigEndian() ? 0 : 1;
        int lo = 1 - hi;
        for (int i = 0; i < n; i++, p += 2) {
            int raw = ((b[p + hi] & 0xFF) << 8) | (b[p + lo] & 0xFF);
            out[i] = signed ? (short) raw : raw;
        }
        return out;
    }

    private int[] decodeNative(int f) {
        byte[] b = element.bytes();
        int n = rows * columns * samples;
        int[] out = new int[n];
        if (bitsAllocated == 1) {
            long bit0 = (long) f * n;
            for (int i = 0; i < n; i++) {
                long bit = bit0 + i;
                out[i] = (b[(int) (bit >>> 3)] >> (int) (bit & 7)) & 1; // DICOM packs bits LSB first
            }
            return out;
        }
        int bps = bitsAllocated / 8;
        int off = f * n * bps;
        // 8-bit data in an OW element of a big-endian file is byte-swapped in 16-bit words
        boolean swapped8 = bps == 1 && element.vr == VR.OW && isBigEndian();
        boolean big = isBigEndian();
        for (int i = 0; i < n; i++) {
            int p = off + i * bps;
            int v;
            switch (bps) {
            case 1 -> v = b[swapped8 ? (p ^ 1) : p] & 0xFF;
            case 2 -> v = big ? ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF) : (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8);
            default -> v = big
                    ? ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF)
                    : (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 3] & 0xFF) << 24);
            }
            out[i] = v;
        }
        if (samples > 1 && planarConfiguration == 1) {
            return interleave(out);
        }
        return out;
    }

    private boolean isBigEndian() {
        TransferSyntax ts = TransferSyntax.ofUid(tsUid);
        return ts != null && ts.bigEndian;
    }

    private int[] interleave(int[] planar) {
        int pixels = rows * columns;
        int[] out = new int[planar.length];
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < pixels; p++) {
                out[p * samples + s] = planar[s * pixels + p];
            }
        }
        return out;
    }

    private int[] decodeEncapsulated(int f) throws DicomException {
        byte[] data = frameBytes(f);
        TransferSyntax ts = TransferSyntax.ofUid(tsUid);
        String where = source + " frame " + (f + 1);
        if (ts == TransferSyntax.RLE_LOSSLESS) {
            return RleDecoder.decode(data, rows, columns, samples, bitsAllocated, where);
        }
        JpegLosslessDecoder.Image img = JpegLosslessDecoder.decode(data, where);
        if (img.width() != columns || img.height() != rows || img.components() != samples) {
            throw new DicomException(where + ": JPEG stream is " + img.width() + "x" + img.height() + "x"
                    + img.components() + " but the header says " + columns + "x" + rows + "x" + samples);
        }
        return img.samples();
    }

    /** The compressed bytes of one frame, using the basic offset table or the fragment layout. */
    private byte[] frameBytes(int f) throws DicomException {
        if (frameFragments == null) {
            frameFragments = splitFrames();
        }
        return frameFragments.get(f);
    }

    private List<byte[]> splitFrames() throws DicomException {
        List<byte[]> frags = element.fragments();
        if (frags.isEmpty()) {
            throw new DicomException(source + ": encapsulated Pixel Data has no basic offset table item");
        }
        byte[] bot = frags.get(0);
        List<byte[]> data = frags.subList(1, frags.size());
        List<byte[]> out = new ArrayList<>();
        if (data.size() == frames) {
            out.addAll(data);
            return out;
        }
        if (frames == 1) {
            out.add(concat(data));
            return out;
        }
        if (bot.length == frames * 4) {
            // offsets count bytes of fragment items including their 8-byte headers
            long[] starts = new long[frames];
            for (int i = 0; i < frames; i++) {
                starts[i] = (bot[4 * i] & 0xFFL) | ((bot[4 * i + 1] & 0xFFL) << 8) | ((bot[4 * i + 2] & 0xFFL) << 16)
                        | ((bot[4 * i + 3] & 0xFFL) << 24);
            }
            long at = 0;
            int frame = -1;
            List<List<byte[]>> groups = new ArrayList<>();
            for (byte[] frag : data) {
                while (frame + 1 < frames && at >= starts[frame + 1]) {
                    frame++;
                    groups.add(new ArrayList<>());
                }
                if (frame < 0) {
                    throw new DicomException(source + ": basic offset table does not start at 0");
                }
                groups.get(frame).add(frag);
                at += frag.length + 8;
            }
            for (List<byte[]> g : groups) {
                out.add(concat(g));
            }
        } else {
            // no offset table: a JPEG frame starts with SOI
            ByteArrayOutputStream cur = null;
            for (byte[] frag : data) {
                if (frag.length >= 2 && (frag[0] & 0xFF) == 0xFF && (frag[1] & 0xFF) == 0xD8 || cur == null) {
                    if (cur != null) {
                        out.add(cur.toByteArray());
                    }
                    cur = new ByteArrayOutputStream();
                }
                cur.write(frag, 0, frag.length);
            }
            if (cur != null) {
                out.add(cur.toByteArray());
            }
        }
        if (out.size() != frames) {
            throw new DicomException(source + ": encapsulated Pixel Data holds " + out.size() + " frame(s) but Number of "
                    + "Frames is " + frames);
        }
        return out;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.write(p, 0, p.length);
        }
        return o.toByteArray();
    }
}
