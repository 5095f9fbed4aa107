package org.radwb.imaging.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as an image; the message names the file, the field and what was expected. */
public class ImageFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ImageFormatException(Path file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }

    public ImageFormatException(Path file, String field, String problem, Throwable cause) {
        super(file + ": " + field + ": " + problem, cause);
    }
}
