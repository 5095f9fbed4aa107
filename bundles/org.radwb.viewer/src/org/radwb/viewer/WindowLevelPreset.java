package org.radwb.viewer;

/**
 * Window presets for MRI. MR intensities have no physical unit (unlike CT's Hounsfield units), so each preset is
 * a pair of percentiles of the image's foreground intensities rather than fixed numbers; the reasons for each pair
 * are in docs/decisions/viewer-window-presets.md.
 */
public enum WindowLevelPreset {
    /** Robust default for any sequence: clips the darkest and brightest 0.5 %. */
    AUTO("Auto (0.5–99.5 %)", 0.5, 99.5),
    /** Contrast-enhanced T1: enhancing lesion rims are the brightest voxels, so the top is barely clipped. */
    CE_T1W("CE-T1W", 1.0, 99.9),
    /** T2: bright CSF occupies the top percent; clipping it keeps parenchyma and oedema contrast. */
    T2("T2", 0.5, 99.0),
    /** FLAIR: suppressed CSF should be black (floor lifted), oedema bright and unclipped. */
    FLAIR("FLAIR", 2.0, 99.7);

    private final String label;
    private final double lower;
    private final double upper;

    WindowLevelPreset(String label, double lower, double upper) {
        this.label = label;
        this.lower = lower;
        this.upper = upper;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }

    /** Percentile of the foreground shown black. */
    public double lowerPercentile() {
        return lower;
    }

    /** Percentile of the foreground shown white. */
    public double upperPercentile() {
        return upper;
    }
}
