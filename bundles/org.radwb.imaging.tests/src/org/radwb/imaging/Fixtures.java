package org.radwb.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies classpath fixtures to temporary files (readers need paths). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path copy(String resource, Path dir) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IOException("fixture missing from the classpath: /fixtures/" + resource);
            }
            Path out = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        }
    }
}
