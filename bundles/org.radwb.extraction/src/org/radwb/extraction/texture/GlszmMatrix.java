package org.radwb.extraction.texture;

/** Grey level size zone matrix: zones of connected voxels with equal grey level, counted by level and size. */
public final class GlszmMatrix {

    private GlszmMatrix() {
    }

    /**
     * @param roi        discretised ROI
     * @param neighbours connectivity offsets, both orientations (26 in 3D, 8 in-slice; see {@link Offsets})
     * @return grey level x zone size counts over the whole ROI
     */
    public static CountMatrix compute(DiscretisedRoi roi, int[][] neighbours) {
        return Zones.find(roi, neighbours, 0, roi.nz(), null).sizeMatrix(roi.ng());
    }
}
