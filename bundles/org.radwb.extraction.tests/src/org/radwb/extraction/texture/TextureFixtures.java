package org.radwb.extraction.texture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the texture test fixtures (classpath resources under /texture). */
final class TextureFixtures {

    private TextureFixtures() {
    }

    static InputStream open(String resource) {
        InputStream in = TextureFixtures.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }

    /** Reads a CSV file (header included) with RFC 4180 quoting. */
    static List<String[]> readCsv(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.add(splitCsv(line));
                }
            }
        }
        return rows;
    }

    static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }

    /**
     * The IBSI digital phantom from its plain-text dump {@code i,j,k,intensity,in_roi}: 5 x 4 x 4 voxels of 2 mm, already
     * discretised (levels 1, 3, 4, 6 in the ROI), so N_g = 6.
     */
    static DiscretisedRoi digitalPhantom() throws IOException {
        List<String[]> rows = readCsv("/texture/ibsi/phantom_voxels.csv");
        int nx = 0;
        int ny = 0;
        int nz = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            nx = Math.max(nx, Integer.parseInt(r[0]) + 1);
            ny = Math.max(ny, Integer.parseInt(r[1]) + 1);
            nz = Math.max(nz, Integer.parseInt(r[2]) + 1);
        }
        int[] levels = new int[nx * ny * nz];
        int ng = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            int i = Integer.parseInt(r[0]);
            int j = Integer.parseInt(r[1]);
            int k = Integer.parseInt(r[2]);
            int v = (int) Math.round(Double.parseDouble(r[3]));
            if (Integer.parseInt(r[4]) == 1) {
                levels[i + nx * (j + ny * k)] = v;
                ng = Math.max(ng, v);
            }
        }
        return new DiscretisedRoi(nx, ny, nz, 2, 2, 2, levels, ng);
    }
}
