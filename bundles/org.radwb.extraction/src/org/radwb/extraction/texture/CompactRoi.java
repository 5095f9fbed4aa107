package org.radwb.extraction.texture;

/**
 * The ROI with its grey levels renumbered densely (1..n over the levels present), plus the original level of each
 * index. Matrices then have n rows instead of ng, which keeps memory at O(present levels^2) for fine
 * discretisations, while the features still use the original level values.
 */
final class CompactRoi {

    /** The renumbered ROI (ng = number of levels present). */
    final DiscretisedRoi roi;
    /** greyValue[i] = original level of matrix row i (0-based). */
    final int[] greyValue;

    private CompactRoi(DiscretisedRoi roi, int[] greyValue) {
        this.roi = roi;
        this.greyValue = greyValue;
    }

    static CompactRoi of(DiscretisedRoi roi) {
        boolean[] present = roi.levelsPresent();
        int n = 0;
        int[] index = new int[roi.ng() + 1];
        for (int l = 1; l <= roi.ng(); l++) {
            if (present[l]) {
                index[l] = ++n;
            }
        }
        int[] greyValue = new int[Math.max(n, 1)];
        for (int l = 1; l <= roi.ng(); l++) {
            if (present[l]) {
                greyValue[index[l] - 1] = l;
            }
        }
        if (n == roi.ng()) {
            return new CompactRoi(roi, greyValue);
        }
        int[] src = roi.levels();
        int[] levels = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            levels[i] = index[src[i]];
        }
        return new CompactRoi(new DiscretisedRoi(roi.nx(), roi.ny(), roi.nz(), roi.sx(), roi.sy(), roi.sz(), levels,
                Math.max(n, 1)), greyValue);
    }

    /** @return the identity mapping 1..ng (for matrices built on an uncompacted ROI) */
    static int[] identity(int ng) {
        int[] g = new int[ng];
        for (int i = 0; i < ng; i++) {
            g[i] = i + 1;
        }
        return g;
    }
}
