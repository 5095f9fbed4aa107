package org.radwb.imaging.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

/**
 * NRRD reading ({@code .nrrd} attached, {@code .nhdr} detached; encodings raw, gzip and ascii; spaces LPS, RAS,
 * LAS and scanner-xyz) and writing (gzip, LPS). Geometry comes from "space directions"/"space origin", or from
 * "spacings" when the file has no space.
 */
public final class NrrdIO {

    private NrrdIO() {
    }

    /** Reads a scalar image. */
    public static Volume read(Path file) throws IOException {
        Header h = Header.read(file);
        try (InputStream data = h.openData()) {
            if (h.ascii) {
                double[] v = h.readAscii(data);
                float[] f = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    f[i] = (float) v[i];
                }
                return new Volume(h.geometry, f);
            }
            return new Volume(h.geometry, VoxelDecoder.readFloats(h.dataFile, data, h.type, h.order, h.geometry.size(), 1, 0));
        }
    }

    /** The voxel type named in the header. */
    static VoxelType voxelTypeOf(Path file) throws IOException {
        Header h = Header.read(file);
        if (h.attached != null) {
            h.attached.close();
        }
        return h.type;
    }

    /** Reads a label map. */
    public static LabelMap readLabels(Path file) throws IOException {
        Header h = Header.read(file);
        try (InputStream data = h.openData()) {
            if (h.ascii) {
                double[] v = h.readAscii(data);
                int[] l = new int[v.length];
                for (int i = 0; i < v.length; i++) {
                    l[i] = (int) Math.rint(v[i]);
                    if (l[i] != v[i]) {
                        throw new ImageFormatException(h.dataFile, "voxel " + i, "label value " + v[i] + " is not an integer");
                    }
                }
                return new LabelMap(h.geometry, l);
            }
            return new LabelMap(h.geometry, VoxelDecoder.readInts(h.dataFile, data, h.type, h.order, h.geometry.size(), 1, 0));
        }
    }

    /** The parsed header; for attached data, {@code in} is positioned at the first data byte. */
    private static final class Header {
        Path file;
        Path dataFile;
        Geometry geometry;
        VoxelType type;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        boolean gzip;
        boolean ascii;
        long byteSkip;
        int lineSkip;
        InputStream attached;

        static Header read(Path file) throws IOException {
            Header h = new Header();
            h.file = file;
            InputStream in = Streams.open(file);
            boolean ok = false;
            try {
                Map<String, String> f = new LinkedHashMap<>();
                String magic = line(file, in);
                if (magic == null || !magic.startsWith("NRRD000")) {
                    throw new ImageFormatException(file, "magic", "first line is '" + magic + "', expected NRRD0001..NRRD0005");
                }
                String l;
                while ((l = line(file, in)) != null && !l.isEmpty()) {
                    if (l.startsWith("#")) {
                        continue;
                    }
                    int colon = l.indexOf(": ");
                    if (colon < 0 || l.indexOf(":=") >= 0 && l.indexOf(":=") < colon) {
                        continue; // key:=value pairs carry no geometry
                    }
                    f.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 2).trim());
                }
                h.parse(f);
                String df = f.containsKey("data file") ? f.get("data file") : f.get("datafile");
                if (df != null) {
                    in.close();
                    if (df.startsWith("LIST") || df.contains("%")) {
                        throw new ImageFormatException(file, "data file", "'" + df + "': multi-file data is not supported");
                    }
                    Path p = Path.of(df);
                    h.dataFile = p.isAbsolute() ? p : file.toAbsolutePath().resolveSibling(df);
                    if (!Files.isRegularFile(h.dataFile)) {
                        throw new ImageFormatException(file, "data file", "'" + df + "' not found at " + h.dataFile);
                    }
                } else {
                    if (l == null) {
                        throw new ImageFormatException(file, "header", "no blank line ends the header and no 'data file' field names the data");
                    }
                    h.dataFile = file;
                    h.attached = in;
                }
                ok = true;
                return h;
            } finally {
                if (!ok) {
                    in.close();
                }
            }
        }

        InputStream openData() throws IOException {
            InputStream in = attached != null ? attached : Streams.openRaw(dataFile);
            for (int i = 0; i < lineSkip; i++) {
                line(dataFile, in);
            }
            if (byteSkip == -1) {
                throw new ImageFormatException(file, "byte skip", "-1 (skip from the end) is not supported");
            }
            if (gzip) {
                in = Streams.gunzip(dataFile, in);
            }
            Streams.skipFully(dataFile, in, byteSkip, "byte skip");
            return in;
        }

        double[] readAscii(InputStream in) throws IOException {
            String all = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            String[] tok = all.isEmpty() ? new String[0] : all.split("[\\s,]+");
            int n = geometry.size();
            if (tok.length < n) {
                throw new ImageFormatException(dataFile, "voxel data", "ascii data has " + tok.length + " values, expected " + n);
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                try {
                    v[i] = Double.parseDouble(tok[i]);
                } catch (NumberFormatException e) {
                    throw new ImageFormatException(dataFile, "voxel " + i, "'" + tok[i] + "' is not a number");
                }
            }
            return v;
        }

        private void parse(Map<String, String> f) throws ImageFormatException {
            type = type(req(f, "type"));
            int dimension = intField(req(f, "dimension"), "dimension");
            String[] sizes = req(f, "sizes").split("\\s+");
            if (sizes.length != dimension) {
                throw new ImageFormatException(file, "sizes", "has " + sizes.length + " values but dimension is " + dimension);
            }
            String enc = req(f, "encoding").toLowerCase(Locale.ROOT);
            switch (enc) {
            case "raw":
                break;
            case "gzip":
            case "gz":
                gzip = true;
                break;
            case "ascii":
            case "text":
            case "txt":
                ascii = true;
                break;
            default:
                throw new ImageFormatException(file, "encoding", "'" + enc + "' is not supported; expected raw, gzip or ascii");
            }
            String endian = f.get("endian");
            if (endian != null) {
                if (endian.equalsIgnoreCase("big")) {
                    order = ByteOrder.BIG_ENDIAN;
                } else if (!endian.equalsIgnoreCase("little")) {
                    throw new ImageFormatException(file, "endian", "'" + endian + "', expected little or big");
                }
            } else if (type.bytes > 1 && !ascii) {
                throw new ImageFormatException(file, "endian", "missing; required for " + type + " data");
            }
            if (f.containsKey("byte skip")) {
                byteSkip = Long.parseLong(f.get("byte skip").trim());
            }
            if (f.containsKey("line skip")) {
                lineSkip = intField(f.get("line skip"), "line skip");
            }
            // "space directions" may list "none" for a non-spatial axis (e.g. a leading vector axis of size 1)
            List<Integer> spatial = new ArrayList<>();
            List<double[]> dirs = new ArrayList<>();
            String sd = f.get("space directions");
            if (sd != null) {
                String[] parts = sd.trim().split("\\s+(?=\\(|none)");
                if (parts.length != dimension) {
                    throw new ImageFormatException(file, "space directions", "has " + parts.length
                            + " entries but dimension is " + dimension);
                }
                for (int a = 0; a < dimension; a++) {
                    if (parts[a].equals("none")) {
                        continue;
                    }
                    spatial.add(a);
                    dirs.add(vector(parts[a], "space directions"));
                }
            } else {
                for (int a = 0; a < dimension; a++) {
                    spatial.add(a);
                }
            }
            long nonSpatialVoxels = 1;
            for (int a = 0; a < dimension; a++) {
                if (!spatial.contains(a)) {
                    nonSpatialVoxels *= intField(sizes[a], "sizes");
                }
            }
            if (nonSpatialVoxels != 1) {
                throw new ImageFormatException(file, "sizes", "non-spatial axes of size > 1 (vector or time data) are not supported");
            }
            if (spatial.size() > 3 || spatial.isEmpty()) {
                throw new ImageFormatException(file, "dimension", dimension + " spatial axes; expected 1 to 3");
            }
            int[] dims = { 1, 1, 1 };
            for (int s = 0; s < spatial.size(); s++) {
                dims[s] = intField(sizes[spatial.get(s)], "sizes");
                if (dims[s] < 1) {
                    throw new ImageFormatException(file, "sizes", "axis " + spatial.get(s) + " is " + dims[s] + ", expected >= 1");
                }
            }
            double[] spacing = { 1, 1, 1 };
            double[] dir = { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
            double[] origin = new double[3];
            String space = f.get("space");
            int spaceDim = space != null ? 3 : f.containsKey("space dimension") ? intField(f.get("space dimension"), "space dimension") : 0;
            if (!dirs.isEmpty()) {
                if (spaceDim == 0) {
                    spaceDim = dirs.get(0).length;
                }
                if (spaceDim > 3) {
                    throw new ImageFormatException(file, "space dimension", spaceDim + ": only 3D spaces are supported");
                }
                double[] m = new double[9];
                for (int c = 0; c < dirs.size(); c++) {
                    double[] v = dirs.get(c);
                    if (v.length != spaceDim) {
                        throw new ImageFormatException(file, "space directions", "vector " + c + " has " + v.length
                                + " components, expected " + spaceDim);
                    }
                    double len = 0;
                    for (double x : v) {
                        len += x * x;
                    }
                    len = Math.sqrt(len);
                    if (!(len > 0)) {
                        throw new ImageFormatException(file, "space directions", "vector " + c + " has zero length");
                    }
                    spacing[c] = len;
                    for (int r = 0; r < v.length; r++) {
                        m[r * 3 + c] = v[r] / len;
                    }
                }
                // complete a 2D grid with the normal so the direction matrix stays invertible
                if (dirs.size() < 3) {
                    for (int c = dirs.size(); c < 3; c++) {
                        m[c * 3 + c] = 1;
                    }
                }
                dir = m;
            } else if (f.containsKey("spacings")) {
                String[] sp = f.get("spacings").split("\\s+");
                for (int s = 0; s < spatial.size(); s++) {
                    double v = Double.parseDouble(sp[spatial.get(s)].replace("nan", "NaN"));
                    spacing[s] = Double.isFinite(v) && v != 0 ? Math.abs(v) : 1;
                }
            }
            String so = f.get("space origin");
            if (so != null) {
                double[] v = vector(so, "space origin");
                System.arraycopy(v, 0, origin, 0, Math.min(3, v.length));
            }
            if (space != null) {
                String s = space.toLowerCase(Locale.ROOT);
                double sx, sy;
                switch (s) {
                case "left-posterior-superior":
                case "lps":
                case "scanner-xyz":
                case "3d-right-handed":
                    sx = 1;
                    sy = 1;
                    break;
                case "right-anterior-superior":
                case "ras":
                    sx = -1;
                    sy = -1;
                    break;
                case "left-anterior-superior":
                case "las":
                    sx = 1;
                    sy = -1;
                    break;
                default:
                    throw new ImageFormatException(file, "space", "'" + space
                            + "' is not supported; expected left-posterior-superior, right-anterior-superior or left-anterior-superior");
                }
                for (int c = 0; c < 3; c++) {
                    dir[c] *= sx;
                    dir[3 + c] *= sy;
                }
                origin[0] *= sx;
                origin[1] *= sy;
            }
            try {
                geometry = new Geometry(dims, spacing, origin, dir);
            } catch (IllegalArgumentException e) {
                throw new ImageFormatException(file, "space directions", e.getMessage(), e);
            }
        }

        private double[] vector(String s, String field) throws ImageFormatException {
            String t = s.trim();
            if (!t.startsWith("(") || !t.endsWith(")")) {
                throw new ImageFormatException(file, field, "'" + s + "' is not a vector like (1,0,0)");
            }
            String[] p = t.substring(1, t.length() - 1).split(",");
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                try {
                    v[i] = Double.parseDouble(p[i].trim());
                } catch (NumberFormatException e) {
                    throw new ImageFormatException(file, field, "'" + p[i].trim() + "' in '" + s + "' is not a number");
                }
            }
            return v;
        }

        private String req(Map<String, String> f, String key) throws ImageFormatException {
            String v = f.get(key);
            if (v == null) {
                throw new ImageFormatException(file, key, "required field is missing");
            }
            return v;
        }

        private int intField(String v, String field) throws ImageFormatException {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new ImageFormatException(file, field, "'" + v + "' is not an integer");
            }
        }

        private VoxelType type(String t) throws ImageFormatException {
            switch (t.toLowerCase(Locale.ROOT).trim()) {
            case "signed char": case "int8": case "int8_t":
                return VoxelType.INT8;
            case "uchar": case "unsigned char": case "uint8": case "uint8_t":
                return VoxelType.UINT8;
            case "short": case "short int": case "signed short": case "signed short int": case "int16": case "int16_t":
                return VoxelType.INT16;
            case "ushort": case "unsigned short": case "unsigned short int": case "uint16": case "uint16_t":
                return VoxelType.UINT16;
            case "int": case "signed int": case "int32": case "int32_t":
                return VoxelType.INT32;
            case "uint": case "unsigned int": case "uint32": case "uint32_t":
                return VoxelType.UINT32;
            case "longlong": case "long long": case "long long int": case "signed long long": case "signed long long int":
            case "int64": case "int64_t":
                return VoxelType.INT64;
            case "ulonglong": case "unsigned long long": case "unsigned long long int": case "uint64": case "uint64_t":
                return VoxelType.UINT64;
            case "float":
                return VoxelType.FLOAT32;
            case "double":
                return VoxelType.FLOAT64;
            default:
                throw new ImageFormatException(file, "type", "'" + t + "' is not supported; expected a scalar integer, float or double type");
            }
        }

        /** Reads one header line (ISO-8859-1, LF or CRLF); null at end of stream. */
        private static String line(Path file, InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                b.write(c);
                if (b.size() > 1 << 20) {
                    throw new ImageFormatException(file, "header", "a header line is longer than 1 MB; not a NRRD header");
                }
            }
            if (c == -1 && b.size() == 0) {
                return null;
            }
            String s = b.toString(StandardCharsets.ISO_8859_1);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }
    }

    /** Writes a scalar image as gzip float NRRD in LPS space. */
    public static void write(Volume v, Path file) throws IOException {
        float[] x = v.voxels();
        ByteBuffer data = ByteBuffer.allocate(4 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(x);
        write(v.geometry(), "float", data.array(), file);
    }

    /** Writes a label map as gzip int32 NRRD in LPS space. */
    public static void writeLabels(LabelMap m, Path file) throws IOException {
        int[] x = m.labels();
        ByteBuffer data = ByteBuffer.allocate(4 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asIntBuffer().put(x);
        write(m.geometry(), "int", data.array(), file);
    }

    private static void write(Geometry g, String type, byte[] voxels, Path file) throws IOException {
        double[] d = g.direction();
        double[] o = g.origin();
        StringBuilder h = new StringBuilder("NRRD0004\n# written by org.radwb.imaging\n");
        h.append("type: ").append(type).append('\n');
        h.append("dimension: 3\nspace: left-posterior-superior\n");
        h.append("sizes: ").append(g.nx()).append(' ').append(g.ny()).append(' ').append(g.nz()).append('\n');
        h.append("space directions:");
        for (int c = 0; c < 3; c++) {
            h.append(" (").append(num(d[c] * g.spacing(c))).append(',').append(num(d[3 + c] * g.spacing(c))).append(',')
                    .append(num(d[6 + c] * g.spacing(c))).append(')');
        }
        h.append("\nkinds: domain domain domain\nendian: little\nencoding: gzip\n");
        h.append("space origin: (").append(num(o[0])).append(',').append(num(o[1])).append(',').append(num(o[2])).append(")\n\n");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out, 1 << 16);
            gz.write(voxels);
            gz.finish();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String num(double v) {
        return Double.toString(v == 0 ? 0 : v);
    }
}
