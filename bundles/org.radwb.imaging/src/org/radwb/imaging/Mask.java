package org.radwb.imaging;

import java.util.ArrayList;
import java.util.List;

/** A binary region of interest on a {@link Geometry}: {@code inside[i + nx * (j + ny * k)]}. */
public final class Mask {

    private final Geometry geometry;
    private final boolean[] inside;

    /** Wraps the given array (not copied); its length must equal {@code geometry.size()}. */
    public Mask(Geometry geometry, boolean[] inside) {
        if (inside.length != geometry.size()) {
            throw new IllegalArgumentException(
                    "Mask: " + inside.length + " voxels given for a grid of " + geometry.size() + " (" + geometry + ")");
        }
        this.geometry = geometry;
        this.inside = inside;
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The live array; changes write through. */
    public boolean[] inside() {
        return inside;
    }

    public boolean get(int i, int j, int k) {
        return inside[geometry.index(i, j, k)];
    }

    /** @return the number of voxels inside the mask */
    public int count() {
        int n = 0;
        for (boolean b : inside) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** @return {imin, jmin, kmin, imax, jmax, kmax} (inclusive) of the voxels inside, or null if empty */
    public int[] boundingBox() {
        int nx = geometry.nx(), ny = geometry.ny(), nz = geometry.nz();
        int[] bb = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1 };
        int p = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++, p += nx) {
                int first = -1, last = -1;
                for (int i = 0; i < nx; i++) { // row scan: only first and last set voxel matter
                    if (inside[p + i]) {
                        first = i;
                        break;
                    }
                }
                if (first < 0) {
                    continue;
                }
                for (int i = nx - 1; i >= first; i--) {
                    if (inside[p + i]) {
                        last = i;
                        break;
                    }
                }
                bb[0] = Math.min(bb[0], first);
                bb[3] = Math.max(bb[3], last);
                bb[1] = Math.min(bb[1], j);
                bb[4] = Math.max(bb[4], j);
                bb[2] = Math.min(bb[2], k);
                bb[5] = Math.max(bb[5], k);
            }
        }
        return bb[3] < 0 ? null : bb;
    }

    /** @return true if a voxel inside the mask lies on the outer face of the image grid */
    public boolean touchesBorder() {
        int[] bb = boundingBox();
        return bb != null && (bb[0] == 0 || bb[1] == 0 || bb[2] == 0 || bb[3] == geometry.nx() - 1
                || bb[4] == geometry.ny() - 1 || bb[5] == geometry.nz() - 1);
    }

    /**
     * Splits the mask into connected components, largest first (ties: by first voxel in x-fastest order).
     *
     * @param connectivity 6, 18 or 26 (face, edge or vertex neighbours)
     */
    public List<Mask> components(int connectivity) {
        int[] labels = new int[inside.length];
        int n = ConnectedComponents.label(geometry, inside, connectivity, labels);
        int[] sizes = new int[n + 1];
        for (int l : labels) {
            sizes[l]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int l = 1; l <= n; l++) {
            order.add(l);
        }
        order.sort((a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        List<Mask> out = new ArrayList<>();
        for (int l : order) {
            boolean[] m = new boolean[inside.length];
            for (int p = 0; p < m.length; p++) {
                m[p] = labels[p] == l;
            }
            out.add(new Mask(geometry, m));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Mask[" + count() + " voxels on " + geometry + "]";
    }
}
