package org.radwb.dicom;

import java.nio.file.Path;

/**
 * A parsed DICOM file: its file meta information (group 0002, empty for files without one), the main data set
 * and the transfer syntax the data set was encoded in.
 *
 * @param path              the file read, or null for bytes in memory
 * @param meta              the file meta information
 * @param dataset           the main data set (without pixel data if {@code headerOnly})
 * @param transferSyntaxUid the transfer syntax UID of the data set
 * @param headerOnly        true if reading stopped before the pixel data
 */
public record DicomFile(Path path, DicomObject meta, DicomObject dataset, String transferSyntaxUid,
        boolean headerOnly) {

    /** The supported transfer syntax, or null if the data set's pixel encoding is not supported. */
    public TransferSyntax transferSyntax() {
        return TransferSyntax.ofUid(transferSyntaxUid);
    }

    /** A short name of the file for messages. */
    public String name() {
        return path == null ? "(memory)" : path.toString();
    }
}
