package org.radwb.dicom;

import java.io.IOException;

/** A DICOM file or object that cannot be read or used; the message names the file and what was wrong. */
public class DicomException extends IOException {
    private static final long serialVersionUID = 1L;

    public DicomException(String message) {
        super(message);
    }

    public DicomException(String message, Throwable cause) {
        super(message, cause);
    }
}
