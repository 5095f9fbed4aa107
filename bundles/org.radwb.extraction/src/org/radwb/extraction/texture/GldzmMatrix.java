package org.radwb.extraction.texture;

/** Grey level distance zone matrix: zones (as in GLSZM) counted by grey level and smallest distance to the border. */
public final class GldzmMatrix {

    private GldzmMatrix() {
    }

    /**
     * @param roi        discretised ROI
     * @param neighbours zone connectivity offsets (26 in 3D, 8 in-slice)
     * @param inSlice    whether border distances are measured within each slice
     * @return grey level x distance counts over the whole ROI
     */
    public static CountMatrix compute(DiscretisedRoi roi, int[][] neighbours, boolean inSlice) {
        int[] dist = DistanceMap.compute(roi, inSlice);
        return Zones.find(roi, neighbours, 0, roi.nz(), dist).distanceMatrix(roi.ng());
    }
}
