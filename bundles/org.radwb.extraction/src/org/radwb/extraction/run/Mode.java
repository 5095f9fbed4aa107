package org.radwb.extraction.run;

import java.util.Locale;

/** Feature definitions and names to use. */
public enum Mode {
    /** IBSI-1: values keyed by IBSI tag, feature code and aggregation code. */
    IBSI,
    /** PyRadiomics 3.1: its classes, names ({@code original_glcm_Contrast}) and defaults. */
    PYRADIOMICS;

    public static Mode parse(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
        case "ibsi":
            return IBSI;
        case "pyradiomics":
            return PYRADIOMICS;
        default:
            throw new IllegalArgumentException("mode '" + s + "': expected ibsi or pyradiomics");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
