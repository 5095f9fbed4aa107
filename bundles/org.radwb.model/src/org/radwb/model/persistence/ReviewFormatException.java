package org.radwb.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/** A review file that cannot be read: names the file and, where known, the line and what was expected. */
public class ReviewFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ReviewFormatException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public ReviewFormatException(Path file, String message) {
        this(file, message, null);
    }

    /** @return the file that could not be read */
    public Path getFile() {
        return file;
    }
}
