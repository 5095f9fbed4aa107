package org.radwb.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies classpath fixtures to temp files, since the readers want paths. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The bytes of a fixture under /fixtures/. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /fixtures/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture copied into {@code dir} under its simple name. */
    public static Path copy(String name, Path dir) {
        try {
            Path p = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.write(p, bytes(name));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
