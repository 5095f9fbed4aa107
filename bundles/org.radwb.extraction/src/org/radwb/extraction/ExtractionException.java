package org.radwb.extraction;

/** An input the engine cannot process (empty mask, geometry mismatch, ...); the message says what and where. */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
