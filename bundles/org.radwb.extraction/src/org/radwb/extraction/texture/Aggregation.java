package org.radwb.extraction.texture;

/**
 * IBSI-1 texture aggregation methods with their IBSI codes. GLCM and GLRLM use the six direction-aware methods;
 * GLSZM, GLDZM, NGTDM and NGLDM use the three dimension-only methods.
 */
public enum Aggregation {
    /** 2D: features per slice and direction, averaged. */
    BY_SLICE_AVERAGED("BTW3", "2D, averaged", true),
    /** 2D: directions merged per slice, features averaged over slices. */
    BY_SLICE_MERGED("SUJT", "2D, slice-merged", true),
    /** 2.5D: slices merged per direction, features averaged over directions. */
    BY_DIRECTION_MERGED("JJUI", "2.5D, direction-merged", true),
    /** 2.5D: all slices and directions merged. */
    FULL_2_5D_MERGED("ZW7Z", "2.5D, merged", true),
    /** 3D: features per 3D direction, averaged. */
    VOLUME_AVERAGED("ITBB", "3D, averaged", true),
    /** 3D: all 3D directions merged. */
    VOLUME_MERGED("IAZD", "3D, merged", true),
    /** 2D: features per slice, averaged (GLSZM, GLDZM, NGTDM, NGLDM). */
    SLICE_2D("8QNN", "2D", false),
    /** 2.5D: slice matrices merged (GLSZM, GLDZM, NGTDM, NGLDM). */
    MERGED_2_5D("62GR", "2.5D", false),
    /** 3D (GLSZM, GLDZM, NGTDM, NGLDM). */
    VOLUME_3D("KOBO", "3D", false);

    private final String code;
    private final String label;
    private final boolean directional;

    Aggregation(String code, String label, boolean directional) {
        this.code = code;
        this.label = label;
        this.directional = directional;
    }

    /** @return the IBSI aggregation code, as in the IBSI reference tables (e.g. "BTW3") */
    public String code() {
        return code;
    }

    /** @return the aggregation as printed in the IBSI manual (e.g. "2D, averaged") */
    public String label() {
        return label;
    }

    /** @return whether this aggregation applies to GLCM/GLRLM (true) or to the other families (false) */
    public boolean isDirectional() {
        return directional;
    }

    /** @return the aggregation with the given IBSI code */
    public static Aggregation fromCode(String code) {
        for (Aggregation a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown IBSI aggregation code '" + code + "'");
    }
}
