package org.radwb.imaging;

import java.util.List;
import java.util.TreeSet;

/**
 * A segmentation with integer labels (0 = background) on a {@link Geometry}, x fastest. A binary mask file is a
 * label map with the single label 1.
 */
public final class LabelMap {

    private final Geometry geometry;
    private final int[] labels;

    /** Wraps the given array (not copied); its length must equal {@code geometry.size()}. */
    public LabelMap(Geometry geometry, int[] labels) {
        if (labels.length != geometry.size()) {
            throw new IllegalArgumentException(
                    "LabelMap: " + labels.length + " voxels given for a grid of " + geometry.size() + " (" + geometry + ")");
        }
        this.geometry = geometry;
        this.labels = labels;
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The live label array (x fastest). */
    public int[] labels() {
        return labels;
    }

    public int get(int i, int j, int k) {
        return labels[geometry.index(i, j, k)];
    }

    public void set(int i, int j, int k, int label) {
        labels[geometry.index(i, j, k)] = label;
    }

    /** @return the distinct non-zero labels present, ascending */
    public List<Integer> labelList() {
        TreeSet<Integer> set = new TreeSet<>();
        int last = 0;
        for (int l : labels) {
            if (l != 0 && l != last) { // cheap skip for runs of the same label
                set.add(l);
                last = l;
            }
        }
        return List.copyOf(set);
    }

    /**
     * The binary mask of one label.
     *
     * @throws IllegalArgumentException naming the labels present if {@code label} does not occur
     */
    public Mask select(int label) {
        boolean[] m = new boolean[labels.length];
        boolean any = false;
        for (int p = 0; p < m.length; p++) {
            if (labels[p] == label) {
                m[p] = true;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("label " + label + " is absent from the mask; labels present: " + labelList());
        }
        return new Mask(geometry, m);
    }

    /** The binary mask of all non-zero labels. */
    public Mask nonZero() {
        boolean[] m = new boolean[labels.length];
        for (int p = 0; p < m.length; p++) {
            m[p] = labels[p] != 0;
        }
        return new Mask(geometry, m);
    }

    /**
     * Splits one label into lesions: its connected components (26-connectivity, as PyRadiomics and SimpleITK's
     * default full connectivity), largest first.
     */
    public List<Mask> lesions(int label) {
        return select(label).components(26);
    }

    @Override
    public String toString() {
        return "LabelMap[labels " + labelList() + " on " + geometry + "]";
    }
}
