package org.radwb.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Classpath fixtures (copied to temporary files where a path is needed). */
public final class TestData {

    private TestData() {
    }

    public static Path file(String resource, Path dir) throws IOException {
        try (InputStream in = TestData.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IOException("fixture missing from the classpath: /fixtures/" + resource);
            }
            Path out = dir.resolve(resource.replace('/', '_'));
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        }
    }

    public static Reader reader(String resource) throws IOException {
        InputStream in = TestData.class.getResourceAsStream("/fixtures/" + resource);
        if (in == null) {
            throw new IOException("fixture missing from the classpath: /fixtures/" + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The parameter files of docs/ibsi, copied into the fixtures so tests do not read outside the bundle. */
    public static String text(String resource) throws IOException {
        try (Reader r = reader(resource)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                b.append(buf, 0, n);
            }
            return b.toString();
        }
    }
}
