package org.radwb.dicom;

/**
 * DICOM value representations (PS3.5 §6.2). {@link #longLength} marks the VRs whose explicit-VR header has two
 * reserved bytes and a 32-bit length; {@link #unitSize} is the size of one binary value, used for byte swapping
 * between little and big endian (0 for text and byte data).
 */
public enum VR {
    AE(false, 0), AS(false, 0), AT(false, 2), CS(false, 0), DA(false, 0), DS(false, 0), DT(false, 0), FL(false, 4),
    FD(false, 8), IS(false, 0), LO(false, 0), LT(false, 0), OB(true, 0), OD(true, 8), OF(true, 4), OL(true, 4),
    OV(true, 8), OW(true, 2), PN(false, 0), SH(false, 0), SL(false, 4), SQ(true, 0), SS(false, 2), ST(false, 0),
    SV(true, 8), TM(false, 0), UC(true, 0), UI(false, 0), UL(false, 4), UN(true, 0), UR(true, 0), US(false, 2),
    UT(true, 0), UV(true, 8);

    /** True if the explicit-VR encoding uses 2 reserved bytes and a 4-byte length. */
    public final boolean longLength;
    /** Byte size of one binary value (swapped as a unit between endiannesses), 0 if not swapped. */
    public final int unitSize;

    VR(boolean longLength, int unitSize) {
        this.longLength = longLength;
        this.unitSize = unitSize;
    }

    /** True for VRs whose value is character text. */
    public boolean isText() {
        return unitSize == 0 && this != OB && this != UN && this != SQ;
    }

    /** The VR named by two ASCII bytes, or null if they name none. */
    public static VR of(int c1, int c2) {
        if (c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z') {
            return null;
        }
        try {
            return valueOf(new String(new char[] { (char) c1, (char) c2 }));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
