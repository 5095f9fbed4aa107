package org.radwb.extraction.texture;

/** The IBSI-1 texture matrix families, with their IBSI family code and tag prefix. */
public enum TextureFamily {
    /** Grey level co-occurrence matrix. */
    GLCM("LFYI", "cm"),
    /** Grey level run length matrix. */
    GLRLM("TP0I", "rlm"),
    /** Grey level size zone matrix. */
    GLSZM("9SAK", "szm"),
    /** Grey level distance zone matrix. */
    GLDZM("VMDZ", "dzm"),
    /** Neighbourhood grey tone difference matrix. */
    NGTDM("IPET", "ngt"),
    /** Neighbouring grey level dependence matrix. */
    NGLDM("REK0", "ngl");

    private final String ibsiCode;
    private final String tagPrefix;

    TextureFamily(String ibsiCode, String tagPrefix) {
        this.ibsiCode = ibsiCode;
        this.tagPrefix = tagPrefix;
    }

    /** @return the IBSI permanent identifier of the family (e.g. LFYI) */
    public String ibsiCode() {
        return ibsiCode;
    }

    /** @return the prefix of the family's IBSI feature tags (e.g. "cm") */
    public String tagPrefix() {
        return tagPrefix;
    }

    /** @return whether the family uses the six direction-aware aggregations (GLCM, GLRLM) */
    public boolean isDirectional() {
        return this == GLCM || this == GLRLM;
    }
}
