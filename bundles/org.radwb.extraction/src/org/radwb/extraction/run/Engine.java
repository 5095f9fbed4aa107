package org.radwb.extraction.run;

/** Engine identity recorded in every output's provenance. */
public final class Engine {

    public static final String NAME = "radwb-extraction";
    /** Same as the bundle version (without qualifier). */
    public static final String VERSION = "0.1.0";

    private Engine() {
    }
}
