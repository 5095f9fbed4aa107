package org.radwb.dicom;

/**
 * The transfer syntaxes this reader understands. Anything else is refused with
 * {@link #unsupported(String, String)}, which names the syntax.
 */
public enum TransferSyntax {
    IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false),
    EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false),
    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false,
            true, false),
    EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, false),
    RLE_LOSSLESS("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true),
    JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70",
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, Selection Value 1)", true, false,
            false, true),
    JPEG_LOSSLESS("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false,
            true);

    public final String uid;
    public final String description;
    public final boolean explicitVR;
    public final boolean bigEndian;
    public final boolean deflated;
    public final boolean encapsulated;

    TransferSyntax(String uid, String description, boolean explicitVR, boolean bigEndian, boolean deflated,
            boolean encapsulated) {
        this.uid = uid;
        this.description = description;
        this.explicitVR = explicitVR;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.encapsulated = encapsulated;
    }

    /** The syntax with this UID, or null if it is not supported. */
    public static TransferSyntax ofUid(String uid) {
        for (TransferSyntax ts : values()) {
            if (ts.uid.equals(uid)) {
                return ts;
            }
        }
        return null;
    }

    /** A human name for any transfer syntax UID, including ones this reader does not decode. */
    public static String nameOf(String uid) {
        TransferSyntax ts = ofUid(uid);
        if (ts != null) {
            return ts.description;
        }
        return switch (uid == null ? "" : uid) {
            case "1.2.840.10008.1.2.4.50" -> "JPEG Baseline (Process 1, lossy)";
            case "1.2.840.10008.1.2.4.51" -> "JPEG Extended (Process 2 & 4, lossy)";
            case "1.2.840.10008.1.2.4.80" -> "JPEG-LS Lossless";
            case "1.2.840.10008.1.2.4.81" -> "JPEG-LS Near-Lossless";
            case "1.2.840.10008.1.2.4.90" -> "JPEG 2000 Lossless";
            case "1.2.840.10008.1.2.4.91" -> "JPEG 2000";
            case "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101" -> "MPEG2";
            case "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.103" -> "MPEG-4 AVC/H.264";
            case "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203" -> "HTJ2K";
            default -> "unknown transfer syntax";
        };
    }

    /** The error for a syntax this reader cannot decode. */
    public static DicomException unsupported(String uid, String source) {
        return new DicomException(source + ": transfer syntax " + uid + " (" + nameOf(uid)
                + ") is not supported; supported are implicit/explicit VR little endian, explicit VR big endian, "
                + "deflated, RLE lossless and JPEG lossless process 14 — convert the file first, e.g. "
                + "with 'dcmconv +te' or 'gdcmconv --raw'");
    }
}
