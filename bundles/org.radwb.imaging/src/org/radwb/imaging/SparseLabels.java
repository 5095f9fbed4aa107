package org.radwb.imaging;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The non-zero voxels of a label map as (index, label) pairs in index order. A 2 cm³ lesion mask on a whole-brain
 * grid is a few thousand voxels out of seven million, so a reader that keeps only these needs neither the 28 MB
 * {@code int[]} of a {@link LabelMap} nor a pass over it to find the lesion. When the non-zero voxels exceed an
 * eighth of the grid the storage switches to a dense array (pairs would then cost more than the dense map).
 */
public final class SparseLabels {

    private final Geometry geometry;
    private int[] index = new int[1024];
    private int[] label = new int[1024];
    private int count;
    /** Non-null once the storage is dense. */
    private int[] dense;

    /** An empty (all-background) label set on the grid. */
    public SparseLabels(Geometry geometry) {
        this.geometry = geometry;
    }

    /** The sparse form of a dense label map. */
    public static SparseLabels of(LabelMap m) {
        SparseLabels s = new SparseLabels(m.geometry());
        int[] l = m.labels();
        for (int p = 0; p < l.length; p++) {
            if (l[p] != 0) {
                s.add(p, l[p]);
            }
        }
        return s;
    }

    public Geometry geometry() {
        return geometry;
    }

    /**
     * Adds a non-zero voxel. Indices must come in increasing order (as a reader streams them).
     *
     * @throws IllegalArgumentException for label 0, an index outside the grid or out of order
     */
    public void add(int p, int l) {
        if (l == 0 || p < 0 || p >= geometry.size() || (dense == null && count > 0 && index[count - 1] >= p)) {
            throw new IllegalArgumentException("SparseLabels.add(" + p + ", " + l + "): expected a non-zero label at an index "
                    + "after the last one added, inside the grid of " + geometry.size() + " voxels");
        }
        if (dense != null) {
            dense[p] = l;
            count++;
            return;
        }
        if (count == index.length) {
            if (count >= geometry.size() / 8) {
                dense = new int[geometry.size()];
                for (int q = 0; q < count; q++) {
                    dense[index[q]] = label[q];
                }
                index = null;
                label = null;
                dense[p] = l;
                count++;
                return;
            }
            index = Arrays.copyOf(index, 2 * count);
            label = Arrays.copyOf(label, 2 * count);
        }
        index[count] = p;
        label[count] = l;
        count++;
    }

    /** @return the number of non-zero voxels */
    public int count() {
        return count;
    }

    /** @return the distinct non-zero labels present, ascending */
    public List<Integer> labelList() {
        TreeSet<Integer> set = new TreeSet<>();
        if (dense != null) {
            return new LabelMap(geometry, dense).labelList();
        }
        for (int q = 0; q < count; q++) {
            set.add(label[q]);
        }
        return List.copyOf(set);
    }

    /**
     * @param labels the labels to include
     * @return {imin, jmin, kmin, imax, jmax, kmax} (inclusive) of the voxels with one of the labels, or null if none
     */
    public int[] boundingBox(Set<Integer> labels) {
        int[] bb = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1 };
        int nx = geometry.nx(), ny = geometry.ny();
        int n = dense != null ? dense.length : count;
        for (int q = 0; q < n; q++) {
            int l = dense != null ? dense[q] : label[q];
            if (l == 0 || !labels.contains(l)) {
                continue;
            }
            int p = dense != null ? q : index[q];
            int i = p % nx, j = (p / nx) % ny, k = p / (nx * ny);
            bb[0] = Math.min(bb[0], i);
            bb[1] = Math.min(bb[1], j);
            bb[2] = Math.min(bb[2], k);
            bb[3] = Math.max(bb[3], i);
            bb[4] = Math.max(bb[4], j);
            bb[5] = Math.max(bb[5], k);
        }
        return bb[3] < 0 ? null : bb;
    }

    /** The dense label map of the box {@code lo..hi} (inclusive voxel indices), on {@link Geometry#crop}. */
    public LabelMap crop(int[] lo, int[] hi) {
        int cx = hi[0] - lo[0] + 1, cy = hi[1] - lo[1] + 1, cz = hi[2] - lo[2] + 1;
        if (cx < 1 || cy < 1 || cz < 1 || lo[0] < 0 || lo[1] < 0 || lo[2] < 0 || hi[0] >= geometry.nx() || hi[1] >= geometry.ny()
                || hi[2] >= geometry.nz()) {
            throw new IllegalArgumentException("crop " + Arrays.toString(lo) + ".." + Arrays.toString(hi) + " is not a box inside " + geometry);
        }
        int[] out = new int[cx * cy * cz];
        int nx = geometry.nx(), ny = geometry.ny();
        int n = dense != null ? dense.length : count;
        for (int q = 0; q < n; q++) {
            int l = dense != null ? dense[q] : label[q];
            if (l == 0) {
                continue;
            }
            int p = dense != null ? q : index[q];
            int i = p % nx - lo[0], j = (p / nx) % ny - lo[1], k = p / (nx * ny) - lo[2];
            if (i >= 0 && i < cx && j >= 0 && j < cy && k >= 0 && k < cz) {
                out[i + cx * (j + cy * k)] = l;
            }
        }
        return new LabelMap(geometry.crop(lo[0], lo[1], lo[2], cx, cy, cz), out);
    }

    /** The whole dense label map. */
    public LabelMap toLabelMap() {
        return crop(new int[3], new int[] { geometry.nx() - 1, geometry.ny() - 1, geometry.nz() - 1 });
    }

    @Override
    public String toString() {
        return "SparseLabels[" + count + " non-zero voxels on " + geometry + "]";
    }
}
