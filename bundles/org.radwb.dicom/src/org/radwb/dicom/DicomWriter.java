package org.radwb.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes DICOM Part 10 files: a 128-byte preamble, "DICM", file meta information built from the data set's SOP
 * Class/Instance UIDs, then the data set in the requested transfer syntax (implicit/explicit VR little endian,
 * explicit VR big endian, deflated, or an encapsulated syntax when the pixel data already holds fragments).
 * Sequences and items are written with undefined lengths. Files are written atomically (temp file + move).
 */
public final class DicomWriter {
    /** Our implementation class UID (a UUID-derived 2.25 root). */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.131926945233541108937478917126488396571";

    private final TransferSyntax syntax;

    public DicomWriter(TransferSyntax syntax) {
        this.syntax = syntax;
    }

    /** Writes {@code ds} as a Part 10 file. */
    public void write(DicomObject ds, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".dcm", ".tmp");
        try {
            Files.write(tmp, toBytes(ds));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The Part 10 bytes of {@code ds}. */
    public byte[] toBytes(DicomObject ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        DicomObject meta = new DicomObject();
        meta.putBytes(Tag.FileMetaInformationVersion, VR.OB, new byte[] { 0, 1 });
        meta.putString(Tag.MediaStorageSOPClassUID, VR.UI, ds.getString(Tag.SOPClassUID, ""));
        meta.putString(Tag.MediaStorageSOPInstanceUID, VR.UI, ds.getString(Tag.SOPInstanceUID, ""));
        meta.putString(Tag.TransferSyntaxUID, VR.UI, syntax.uid);
        meta.putString(Tag.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.putString(Tag.ImplementationVersionName, VR.SH, "RADWB_010");
        ByteArrayOutputStream metaBytes = new ByteArrayOutputStream();
        Encoder metaEnc = new Encoder(metaBytes, true, false);
        for (int tag : meta.tags()) {
            metaEnc.element(meta.get(tag));
        }
        byte[] mb = metaBytes.toByteArray();
        Encoder head = new Encoder(out, true, false);
        head.header(Tag.FileMetaInformationGroupLength, VR.UL, 4);
        head.u32(mb.length);
        out.write(mb);
        if (syntax.deflated) {
            Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try (DeflaterOutputStream dos = new DeflaterOutputStream(out, d)) {
                new Encoder(dos, true, false).dataset(ds);
            }
            d.end();
        } else {
            new Encoder(out, syntax.explicitVR, syntax.bigEndian).dataset(ds);
        }
        return out.toByteArray();
    }

    /** Encodes elements in one byte order and VR mode. */
    private static final class Encoder {
        private final OutputStream out;
        private final boolean explicit;
        private final boolean big;

        Encoder(OutputStream out, boolean explicit, boolean big) {
            this.out = out;
            this.explicit = explicit;
            this.big = big;
        }

        void dataset(DicomObject ds) throws IOException {
            for (int tag : ds.tags()) {
                if ((tag >>> 16) == 0x0002) {
                    continue; // meta information is written separately
                }
                element(ds.get(tag));
            }
        }

        void element(DicomElement e) throws IOException {
            if (e.items != null) {
                header(e.tag, VR.SQ, -1);
                for (DicomObject item : e.items) {
                    u16(0xFFFE);
                    u16(0xE000);
                    u32(-1);
                    dataset(item);
                    u16(0xFFFE);
                    u16(0xE00D);
                    u32(0);
                }
                u16(0xFFFE);
                u16(0xE0DD);
                u32(0);
            } else if (e.fragments != null) {
                header(e.tag, VR.OB, -1);
                for (byte[] f : e.fragments) {
                    u16(0xFFFE);
                    u16(0xE000);
                    u32(f.length + (f.length & 1));
                    out.write(f);
                    if ((f.length & 1) == 1) {
                        out.write(0);
                    }
                }
                u16(0xFFFE);
                u16(0xE0DD);
                u32(0);
            } else {
                byte[] v = e.value;
                int unit = e.vr == VR.OB || e.vr == VR.UN ? 0 : e.vr.unitSize;
                if (unit > 1 && e.bigEndian != big) {
                    v = swap(v, unit);
                }
                int len = v.length + (v.length & 1);
                header(e.tag, e.vr, len);
                out.write(v);
                if ((v.length & 1) == 1) {
                    out.write(e.vr == VR.UI || !e.vr.isText() ? 0 : ' ');
                }
            }
        }

        void header(int tag, VR vr, int len) throws IOException {
            u16(tag >>> 16);
            u16(tag & 0xFFFF);
            if (!explicit) {
                u32(len);
                return;
            }
            out.write(vr.name().charAt(0));
            out.write(vr.name().charAt(1));
            if (vr.longLength) {
                u16(0);
                u32(len);
            } else {
                if (len > 0xFFFF) {
                    throw new IOException("attribute " + Tag.toString(tag) + " with VR " + vr + " is " + len
                            + " bytes long, more than its 16-bit length field allows");
                }
                u16(len);
            }
        }

        void u16(int v) throws IOException {
            if (big) {
                out.write(v >> 8);
                out.write(v);
            } else {
                out.write(v);
                out.write(v >> 8);
            }
        }

        void u32(int v) throws IOException {
            if (big) {
                u16(v >>> 16);
                u16(v & 0xFFFF);
            } else {
                u16(v & 0xFFFF);
                u16(v >>> 16);
            }
        }

        private static byte[] swap(byte[] v, int unit) {
            byte[] s = new byte[v.length];
            for (int i = 0; i + unit <= v.length; i += unit) {
                for (int b = 0; b < unit; b++) {
                    s[i + b] = v[i + unit - 1 - b];
                }
            }
            return s;
        }
    }
}
