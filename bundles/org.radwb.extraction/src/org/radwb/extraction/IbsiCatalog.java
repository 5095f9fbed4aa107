package org.radwb.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** IBSI feature identifiers by formula tag, from the bundled {@code ibsi_features.csv} (IBSI manual, CC BY 4.0). */
public final class IbsiCatalog {

    /** One feature: family name and code, feature name and code. */
    public record Entry(String family, String familyCode, String feature, String code, String tag) {
    }

    private static final Map<String, Entry> BY_TAG = load();

    private IbsiCatalog() {
    }

    /** @return the entry for a tag, or null */
    public static Entry byTag(String tag) {
        return BY_TAG.get(tag);
    }

    public static Map<String, Entry> all() {
        return BY_TAG;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> m = new LinkedHashMap<>();
        try (InputStream in = IbsiCatalog.class.getResourceAsStream("/org/radwb/extraction/ibsi_features.csv")) {
            if (in == null) {
                throw new IllegalStateException("ibsi_features.csv is missing from the org.radwb.extraction jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = CsvLine.split(line);
                m.put(f[4], new Entry(f[0], f[1], f[2], f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
