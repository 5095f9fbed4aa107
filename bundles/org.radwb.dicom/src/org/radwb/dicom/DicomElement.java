package org.radwb.dicom;

import java.util.List;

/**
 * One data element: its tag, VR and exactly one of a value (bytes in the byte order of {@link #bigEndian}),
 * sequence items, or encapsulated pixel data fragments (basic offset table first).
 */
public final class DicomElement {
    public final int tag;
    public final VR vr;
    final byte[] value;
    final List<DicomObject> items;
    final List<byte[]> fragments;
    final boolean bigEndian;

    DicomElement(int tag, VR vr, byte[] value, List<DicomObject> items, List<byte[]> fragments, boolean bigEndian) {
        this.tag = tag;
        this.vr = vr;
        this.value = value;
        this.items = items;
        this.fragments = fragments;
        this.bigEndian = bigEndian;
    }

    /** True if this element holds sequence items. */
    public boolean isSequence() {
        return items != null;
    }

    /** True if this is encapsulated (compressed) pixel data. */
    public boolean isEncapsulated() {
        return fragments != null;
    }

    /** The value bytes (not copied), or null for sequences and encapsulated data. */
    public byte[] bytes() {
        return value;
    }

    /** The fragments of encapsulated pixel data, item 0 being the basic offset table; null otherwise. */
    public List<byte[]> fragments() {
        return fragments;
    }

    /** The value length in bytes (0 for sequences). */
    public int length() {
        if (value != null) {
            return value.length;
        }
        if (fragments != null) {
            int n = 0;
            for (byte[] f : fragments) {
                n += f.length;
            }
            return n;
        }
        return 0;
    }
}
