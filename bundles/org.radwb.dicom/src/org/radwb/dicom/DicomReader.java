package org.radwb.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads DICOM Part 10 files (and bare data sets without a preamble): explicit and implicit VR little endian,
 * explicit VR big endian and deflated explicit VR little endian. Pixel data is kept as bytes (native or
 * encapsulated fragments); decode it with {@link org.radwb.dicom.pixel.PixelData}. Every structural problem
 * (truncation, lengths running past their container, unknown VRs) is a {@link DicomException} naming the file,
 * the attribute and the byte offset.
 */
public final class DicomReader {
    private static final int UNDEFINED = -1;
    /** Bytes read first when only the header is wanted; most headers fit. */
    private static final int HEADER_CHUNK = 64 * 1024;

    private final byte[] data;
    private final String source;
    private int pos;
    private boolean bigEndian;
    private boolean explicit;
    private final boolean stopAtPixelData;
    private boolean reachedPixelData;

    private DicomReader(byte[] data, String source, boolean stopAtPixelData) {
        this.data = data;
        this.source = source;
        this.stopAtPixelData = stopAtPixelData;
    }

    /** Reads a whole file, pixel data included. */
    public static DicomFile read(Path file) throws DicomException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DicomException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file, false);
    }

    /**
     * Reads a file up to (not including) its pixel data; reads only the first 64 KiB when the header fits in
     * them, so scanning large folders stays fast.
     */
    public static DicomFile readHeader(Path file) throws DicomException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER_CHUNK);
            if (head.length < HEADER_CHUNK) {
                return parse(head, file, true);
            }
            try {
                DicomReader r = new DicomReader(head, file.toString(), true);
                DicomFile f = r.parseFile(file);
                if (r.reachedPixelData) {
                    return f;
                }
            } catch (DicomException truncatedChunk) {
                if (truncatedChunk.getMessage().contains("not a DICOM file")) {
                    throw truncatedChunk; // no need to read a large non-DICOM file to the end
                }
                // the header is longer than the chunk: read the rest below
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(head);
            in.transferTo(all);
            return parse(all.toByteArray(), file, true);
        } catch (IOException e) {
            if (e instanceof DicomException de) {
                throw de;
            }
            throw new DicomException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses bytes of a Part 10 file or a bare data set. */
    public static DicomFile parse(byte[] bytes, Path file, boolean headerOnly) throws DicomException {
        DicomReader r = new DicomReader(bytes, file == null ? "(memory)" : file.toString(), headerOnly);
        try {
            return r.parseFile(file);
        } catch (RuntimeException e) {
            throw new DicomException(r.source + ": malformed DICOM at byte " + r.pos + " (" + e + ")", e);
        }
    }

    private DicomFile parseFile(Path file) throws DicomException {
        DicomObject meta = new DicomObject();
        meta.setSource(source);
        String tsUid;
        if (data.length >= 132 && data[128] == 'D' && data[129] == 'I' && data[130] == 'C' && data[131] == 'M') {
            pos = 132;
            tsUid = readMeta(meta);
        } else if (data.length >= 8 && u16le(0) == 0x0002) {
            pos = 0; // meta group without preamble
            tsUid = readMeta(meta);
        } else {
            pos = 0;
            tsUid = null;
        }
        if (tsUid == null) {
            tsUid = guessSyntax(pos);
        }
        TransferSyntax ts = TransferSyntax.ofUid(tsUid);
        boolean deflate;
        if (ts != null) {
            explicit = ts.explicitVR;
            bigEndian = ts.bigEndian;
            deflate = ts.deflated;
        } else {
            // unknown syntaxes (JPEG 2000, JPEG-LS, ...) still encode the data set in explicit VR little endian;
            // the header is readable, only decoding pixels fails later with a message naming the syntax
            explicit = true;
            bigEndian = false;
            deflate = false;
        }
        DicomObject ds = new DicomObject();
        ds.setSource(source);
        if (deflate) {
            byte[] inflated = inflate(data, pos, source);
            DicomReader inner = new DicomReader(inflated, source, stopAtPixelData);
            inner.explicit = true;
            inner.readDataset(ds, inflated.length, true);
            reachedPixelData = inner.reachedPixelData;
        } else {
            readDataset(ds, data.length, true);
        }
        return new DicomFile(file, meta, ds, tsUid, stopAtPixelData);
    }

    private String readMeta(DicomObject meta) throws DicomException {
        explicit = true;
        bigEndian = false;
        int end = data.length;
        // group 0002 is always explicit VR little endian; stop at the first tag of another group
        while (pos + 8 <= end && u16le(pos) == 0x0002) {
            DicomElement e = readElement(meta, end);
            meta.put(e);
            if (e.tag == Tag.FileMetaInformationGroupLength && e.value != null && e.value.length == 4) {
                long groupEnd = pos + (u32le(e.value, 0) & 0xFFFFFFFFL);
                if (groupEnd <= data.length) {
                    end = (int) groupEnd;
                }
            }
        }
        return meta.getString(Tag.TransferSyntaxUID);
    }

    /** Guesses the encoding of a data set without file meta information from its first element. */
    private String guessSyntax(int at) throws DicomException {
        if (data.length < at + 8) {
            throw new DicomException(source + ": not a DICOM file (only " + data.length + " bytes)");
        }
        boolean be = u16le(at) > 0x00FF && (u16le(at) & 0xFF) == 0; // group 0x0008 read little endian is 0x0800
        boolean expl = VR.of(data[at + 4] & 0xFF, data[at + 5] & 0xFF) != null;
        int group = be ? ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF) : u16le(at);
        if (group > 0x0028 || group < 0x0002) {
            throw new DicomException(source + ": not a DICOM file (no 'DICM' marker at byte 128 and the first "
                    + "bytes do not start a data set)");
        }
        if (be) {
            return TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid;
        }
        return expl ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid;
    }

    private static byte[] inflate(byte[] data, int from, String source) throws DicomException {
        Inflater inf = new Inflater(true);
        inf.setInput(data, from, data.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, (data.length - from) * 4));
        byte[] buf = new byte[65536];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new DicomException(source + ": deflated data set is corrupt (" + e.getMessage() + ")", e);
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }

    /** Parses the items of an implicit-VR little-endian sequence value held as bytes (VR UN). */
    static List<DicomObject> parseSequenceBytes(byte[] value, String source, Charset cs) throws DicomException {
        DicomReader r = new DicomReader(value, source, false);
        r.explicit = false;
        r.bigEndian = false;
        try {
            return r.readItems(value.length, cs);
        } catch (RuntimeException e) {
            throw new DicomException(source + ": malformed sequence (" + e + ")", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ data sets

    /** Reads elements into {@code ds} until {@code end} or an item delimiter. */
    private void readDataset(DicomObject ds, int end, boolean topLevel) throws DicomException {
        while (pos < end) {
            if (pos + 8 > end) {
                if (topLevel && allZero(pos, end)) {
                    return; // trailing padding
                }
                throw truncated("an element header", 8, end - pos);
            }
            int tag = tag(pos);
            if (tag == Tag.ItemDelimitationItem) {
                pos += 8;
                return;
            }
            if (topLevel && stopAtPixelData && tag == Tag.PixelData) {
                reachedPixelData = true;
                return;
            }
            if (tag == 0 && topLevel && allZero(pos, Math.min(end, pos + 128))) {
                return; // zero padding after the data set
            }
            DicomElement e = readElement(ds, end);
            ds.put(e);
        }
    }

    private DicomElement readElement(DicomObject owner, int end) throws DicomException {
        int start = pos;
        int tag = tag(pos);
        pos += 4;
        VR vr;
        int len;
        if (explicit) {
            if (tag == Tag.Item || tag == Tag.ItemDelimitationItem || tag == Tag.SequenceDelimitationItem) {
                throw new DicomException(source + ": unexpected item tag " + Tag.toString(tag) + " at byte " + start);
            }
            vr = VR.of(data[pos] & 0xFF, data[pos + 1] & 0xFF);
            if (vr == null) {
                throw new DicomException(source + ": attribute " + Tag.toString(tag) + " at byte " + start
                        + " has an invalid VR (bytes " + (data[pos] & 0xFF) + "," + (data[pos + 1] & 0xFF)
                        + "), expected two upper-case letters such as 'US' or 'LO'");
            }
            pos += 2;
            if (vr.longLength) {
                need(6, end, tag);
                pos += 2;
                len = s32(pos);
                pos += 4;
            } else {
                len = u16(pos);
                pos += 2;
            }
        } else {
            vr = Tag.vrOf(tag);
            len = s32(pos);
            pos += 4;
        }
        if (len == UNDEFINED) {
            if (tag == Tag.PixelData || (vr == VR.OB && explicit)) {
                return new DicomElement(tag, vr == VR.UN ? VR.OB : vr, null, null, readFragments(end, tag), bigEndian);
            }
            boolean saveExplicit = explicit;
            boolean saveBig = bigEndian;
            if (vr == VR.UN) {
                explicit = false; // PS3.5 6.2.2: UN with undefined length is implicit VR little endian
                bigEndian = false;
            }
            List<DicomObject> items = readItems(end, owner.charset());
            explicit = saveExplicit;
            bigEndian = saveBig;
            return new DicomElement(tag, VR.SQ, null, items, null, bigEndian);
        }
        if (len < 0 || (long) pos + len > end) {
            throw new DicomException(source + ": attribute " + Tag.toString(tag) + " at byte " + start + " declares "
                    + (len & 0xFFFFFFFFL) + " bytes but only " + Math.max(0, end - pos)
                    + " remain (truncated file or wrong length)");
        }
        if (vr == VR.SQ) {
            int seqEnd = pos + len;
            List<DicomObject> items = readItems(seqEnd, owner.charset());
            pos = seqEnd;
            return new DicomElement(tag, VR.SQ, null, items, null, bigEndian);
        }
        byte[] v = new byte[len];
        System.arraycopy(data, pos, v, 0, len);
        pos += len;
        return new DicomElement(tag, vr, v, null, null, bigEndian);
    }

    /** Reads items until the end position or a sequence delimiter. */
    private List<DicomObject> readItems(int end, Charset cs) throws DicomException {
        List<DicomObject> items = new ArrayList<>();
        while (pos < end) {
            need(8, end, Tag.Item);
            int tag = tag(pos);
            int len = s32(pos + 4);
            pos += 8;
            if (tag == Tag.SequenceDelimitationItem) {
                return items;
            }
            if (tag != Tag.Item) {
                throw new DicomException(source + ": expected a sequence item " + Tag.toString(Tag.Item)
                        + " at byte " + (pos - 8) + " but found " + Tag.toString(tag));
            }
            DicomObject item = new DicomObject();
            item.setSource(source);
            item.setCharset(cs);
            if (len == UNDEFINED) {
                readDataset(item, end, false);
            } else {
                if (len < 0 || (long) pos + len > end) {
                    throw new DicomException(source + ": sequence item at byte " + (pos - 8) + " declares "
                            + (len & 0xFFFFFFFFL) + " bytes but only " + (end - pos) + " remain");
                }
                int itemEnd = pos + len;
                readDataset(item, itemEnd, false);
                pos = itemEnd;
            }
            items.add(item);
        }
        return items;
    }

    private List<byte[]> readFragments(int end, int ownerTag) throws DicomException {
        List<byte[]> frags = new ArrayList<>();
        while (true) {
            need(8, end, ownerTag);
            int tag = tag(pos);
            int len = s32(pos + 4);
            pos += 8;
            if (tag == Tag.SequenceDelimitationItem) {
                return frags;
            }
            if (tag != Tag.Item || len < 0 || (long) pos + len > end) {
                throw new DicomException(source + ": encapsulated pixel data fragment at byte " + (pos - 8)
                        + (tag != Tag.Item ? " has tag " + Tag.toString(tag) + ", expected an item"
                                : " declares " + (len & 0xFFFFFFFFL) + " bytes but only " + (end - pos) + " remain"));
            }
            byte[] f = new byte[len];
            System.arraycopy(data, pos, f, 0, len);
            pos += len;
            frags.add(f);
        }
    }

    // ------------------------------------------------------------------------------------------------ bytes

    private DicomException truncated(String what, int needed, int have) {
        return new DicomException(source + ": file ends inside " + what + " at byte " + pos + " (needs " + needed
                + " bytes, " + have + " remain): truncated file");
    }

    private void need(int n, int end, int tag) throws DicomException {
        if (pos + n > end) {
            throw truncated("attribute " + Tag.toString(tag), n, end - pos);
        }
    }

    private boolean allZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private int tag(int at) {
        return (u16(at) << 16) | u16(at + 2);
    }

    private int u16(int at) {
        return bigEndian ? ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF) : u16le(at);
    }

    private int u16le(int at) {
        return (data[at] & 0xFF) | ((data[at + 1] & 0xFF) << 8);
    }

    private int s32(int at) {
        return bigEndian ? ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF) : u32le(data, at);
    }

    private static int u32le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 3] & 0xFF) << 24);
    }
}
