package org.radwb.dicom;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A DICOM data set (a file's main data set, its file meta information, or a sequence item): attributes by tag,
 * with typed accessors that decode text, decimal strings and binary numbers in either byte order.
 * Accessors return null / defaults for absent or empty attributes; they never throw for a missing value.
 */
public final class DicomObject {
    private final TreeMap<Integer, DicomElement> elements = new TreeMap<>(Integer::compareUnsigned);
    private Charset charset = StandardCharsets.ISO_8859_1;
    private String source = "";

    public DicomObject() {
    }

    /** Where this object came from (a file path), for error messages. */
    public String source() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? "" : source;
    }

    Charset charset() {
        return charset;
    }

    void setCharset(Charset cs) {
        this.charset = cs;
    }

    // ---------------------------------------------------------------- raw access

    public DicomElement get(int tag) {
        return elements.get(tag);
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    /** All tags in ascending (unsigned) order. */
    public List<Integer> tags() {
        return new ArrayList<>(elements.keySet());
    }

    public void remove(int tag) {
        elements.remove(tag);
    }

    public int size() {
        return elements.size();
    }

    void put(DicomElement e) {
        elements.put(e.tag, e);
        if (e.tag == Tag.SpecificCharacterSet) {
            String cs = getString(Tag.SpecificCharacterSet);
            if (cs != null && cs.toUpperCase(Locale.ROOT).contains("ISO_IR 192")) {
                charset = StandardCharsets.UTF_8;
            }
        }
    }

    // ---------------------------------------------------------------- text

    /** The whole text value with trailing padding removed, or null if absent/empty. */
    public String getText(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.value == null || e.value.length == 0) {
            return null;
        }
        Charset cs = (e.vr == VR.UI || e.vr == VR.CS || e.vr == VR.DS || e.vr == VR.IS || e.vr == VR.DA
                || e.vr == VR.TM || e.vr == VR.AE) ? StandardCharsets.US_ASCII : charset;
        int end = e.value.length;
        while (end > 0 && (e.value[end - 1] == 0 || e.value[end - 1] == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && e.value[start] == ' ') {
            start++;
        }
        return end > start ? new String(e.value, start, end - start, cs) : null;
    }

    /** The first of the backslash-separated values, trimmed; null if absent or empty. */
    public String getString(int tag) {
        String[] v = getStrings(tag);
        return v.length == 0 || v[0].isEmpty() ? null : v[0];
    }

    public String getString(int tag, String def) {
        String s = getString(tag);
        return s == null ? def : s;
    }

    /** All backslash-separated values, each trimmed; empty array if absent. */
    public String[] getStrings(int tag) {
        String t = getText(tag);
        if (t == null) {
            return new String[0];
        }
        String[] parts = t.split("\\\\", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].trim();
        }
        return parts;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * All numeric values of an attribute, whatever its VR (DS/IS text or US/SS/UL/SL/FL/FD binary); empty if
     * absent. A decimal string that does not parse gives a {@link NumberFormatException} naming the attribute.
     */
    public double[] getDoubles(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.value == null || e.value.length == 0) {
            return new double[0];
        }
        VR vr = e.vr == VR.UN ? Tag.vrOf(tag) : e.vr;
        switch (vr) {
        case US: case SS: case UL: case SL: case FL: case FD: case OW: case OF: case OD: case AT: case OL: case SV:
        case UV:
            return binary(e, vr);
        default:
            String[] s = getStrings(tag);
            double[] d = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                try {
                    d[i] = Double.parseDouble(s[i]);
                } catch (NumberFormatException ex) {
                    throw new NumberFormatException(source + ": attribute " + Tag.toString(tag) + " value " + (i + 1)
                            + " is '" + s[i] + "', expected a number");
                }
            }
            return d;
        }
    }

    private static double[] binary(DicomElement e, VR vr) {
        int unit = vr == VR.US || vr == VR.SS || vr == VR.OW || vr == VR.AT ? 2
                : vr == VR.FD || vr == VR.OD || vr == VR.SV || vr == VR.UV ? 8 : 4;
        int n = e.value.length / unit;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            long bits = 0;
            for (int b = 0; b < unit; b++) {
                int byteIndex = e.bigEndian ? i * unit + b : i * unit + unit - 1 - b;
                bits = (bits << 8) | (e.value[byteIndex] & 0xFF);
            }
            d[i] = switch (vr) {
            case US, OW, AT -> bits & 0xFFFF;
            case SS -> (short) bits;
            case UL -> bits & 0xFFFFFFFFL;
            case SL, OL -> (int) bits;
            case FL, OF -> Float.intBitsToFloat((int) bits);
            case FD, OD -> Double.longBitsToDouble(bits);
            default -> bits;
            };
        }
        return d;
    }

    /** The first numeric value, or {@code def} if absent. */
    public double getDouble(int tag, double def) {
        double[] d = getDoubles(tag);
        return d.length == 0 ? def : d[0];
    }

    /** The first numeric value as an int, or {@code def} if absent. */
    public int getInt(int tag, int def) {
        double[] d = getDoubles(tag);
        return d.length == 0 ? def : (int) Math.round(d[0]);
    }

    // ---------------------------------------------------------------- sequences and bytes

    /** The items of a sequence, empty if absent. Implicit-VR sequences of unknown tags are parsed on demand. */
    public List<DicomObject> getSequence(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null) {
            return Collections.emptyList();
        }
        if (e.items != null) {
            return e.items;
        }
        if (e.value != null && e.value.length > 0 && e.vr == VR.UN) {
            try {
                List<DicomObject> items = DicomReader.parseSequenceBytes(e.value, source, charset);
                elements.put(tag, new DicomElement(tag, VR.SQ, null, items, null, false));
                return items;
            } catch (DicomException ex) {
                return Collections.emptyList();
            }
        }
        return Collections.emptyList();
    }

    /** The first item of a sequence, or null. */
    public DicomObject getItem(int tag) {
        List<DicomObject> s = getSequence(tag);
        return s.isEmpty() ? null : s.get(0);
    }

    /** The raw value bytes (not copied), or null. */
    public byte[] getBytes(int tag) {
        DicomElement e = elements.get(tag);
        return e == null ? null : e.value;
    }

    // ---------------------------------------------------------------- writing

    /** Sets a text attribute, several values joined with backslashes; no value stores an empty attribute. */
    public DicomObject putString(int tag, VR vr, String... values) {
        String joined = values == null ? "" : String.join("\\", values);
        Charset cs = vr == VR.UI || vr == VR.CS || vr == VR.DS || vr == VR.IS ? StandardCharsets.US_ASCII : charset;
        byte[] b = joined.getBytes(cs);
        if ((b.length & 1) == 1) {
            byte[] p = new byte[b.length + 1];
            System.arraycopy(b, 0, p, 0, b.length);
            p[b.length] = vr == VR.UI ? 0 : (byte) ' ';
            b = p;
        }
        put(new DicomElement(tag, vr, b, null, null, false));
        return this;
    }

    /** Sets a decimal-string (DS) attribute, formatting each value in at most 16 characters. */
    public DicomObject putDecimals(int tag, double... values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = formatDS(values[i]);
        }
        return putString(tag, VR.DS, s);
    }

    /** Sets an integer-string (IS) attribute. */
    public DicomObject putIntString(int tag, int... values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = Integer.toString(values[i]);
        }
        return putString(tag, VR.IS, s);
    }

    /** Sets an unsigned-short (US) attribute. */
    public DicomObject putUS(int tag, int... values) {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >> 8);
        }
        put(new DicomElement(tag, VR.US, b, null, null, false));
        return this;
    }

    /** Sets a binary attribute whose bytes are little endian. */
    public DicomObject putBytes(int tag, VR vr, byte[] littleEndianBytes) {
        put(new DicomElement(tag, vr, littleEndianBytes, null, null, false));
        return this;
    }

    /** Sets encapsulated pixel data (fragments after an empty basic offset table). */
    public DicomObject putFragments(int tag, List<byte[]> fragmentsWithOffsetTable) {
        put(new DicomElement(tag, VR.OB, null, null, new ArrayList<>(fragmentsWithOffsetTable), false));
        return this;
    }

    /** Sets a sequence. */
    public DicomObject putSequence(int tag, List<DicomObject> items) {
        put(new DicomElement(tag, VR.SQ, null, new ArrayList<>(items), null, false));
        return this;
    }

    /** Copies an element unchanged from another object. */
    public DicomObject putElement(DicomElement e) {
        put(e);
        return this;
    }

    /** A decimal string of at most 16 characters (the DS limit). */
    public static String formatDS(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        for (int digits = 10; digits > 0; digits--) {
            String s = String.format(Locale.ROOT, "%." + digits + "g", v);
            if (s.contains("e")) {
                s = s.replaceFirst("\\.?0+e", "e");
            } else if (s.contains(".")) {
                s = s.replaceFirst("\\.?0+$", "");
            }
            if (s.length() <= 16) {
                return s;
            }
        }
        return String.format(Locale.ROOT, "%.6e", v);
    }
}
