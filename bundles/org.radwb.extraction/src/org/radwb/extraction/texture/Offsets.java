package org.radwb.extraction.texture;

import java.util.ArrayList;
import java.util.List;

/**
 * Neighbour offsets {dz, dy, dx}. The generator reproduces PyRadiomics' angle order (offsets run from +d down to -d,
 * the last axis fastest), so per-direction matrices line up with PyRadiomics' baseline matrices.
 */
public final class Offsets {

    /** Axis index of z in an offset triple (PyRadiomics force2Ddimension 0). */
    public static final int AXIS_Z = 0;

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private Offsets() {
    }

    /**
     * All offsets whose infinity norm is one of {@code distances}, as PyRadiomics builds them.
     *
     * @param sizeZyx       ROI box size per axis (z, y, x); offsets reaching beyond it are left out
     * @param distances     Chebyshev distances (each >= 1)
     * @param force2DAxis   axis whose offset must be 0 (0 = z, 1 = y, 2 = x), or -1 for 3D
     * @param bidirectional whether both a direction and its opposite are returned (neighbourhoods) or only one (matrices)
     * @return offsets {dz, dy, dx}
     */
    public static int[][] pyradiomics(int[] sizeZyx, int[] distances, int force2DAxis, boolean bidirectional) {
        if (distances == null || distances.length == 0) {
            throw new IllegalArgumentException("at least one distance is needed");
        }
        int maxD = 0;
        for (int d : distances) {
            if (d < 1) {
                throw new IllegalArgumentException("distances must be >= 1, got " + d);
            }
            maxD = Math.max(maxD, d);
        }
        if (force2DAxis < -1 || force2DAxis > 2) {
            throw new IllegalArgumentException("force2Ddimension must be 0, 1 or 2, got " + force2DAxis);
        }
        int n = 2 * maxD + 1;
        List<int[]> out = new ArrayList<>();
        int[] o = new int[3];
        for (int idx = 0; idx < n * n * n; idx++) {
            o[0] = maxD - (idx / (n * n)) % n;
            o[1] = maxD - (idx / n) % n;
            o[2] = maxD - idx % n;
            int dist = 0;
            boolean valid = true;
            for (int axis = 0; axis < 3; axis++) {
                if ((axis == force2DAxis && o[axis] != 0) || o[axis] >= sizeZyx[axis] || o[axis] <= -sizeZyx[axis]) {
                    valid = false;
                    break;
                }
                dist = Math.max(dist, Math.abs(o[axis]));
            }
            if (!valid || dist < 1) {
                continue;
            }
            for (int d : distances) {
                if (d == dist) {
                    out.add(o.clone());
                    break;
                }
            }
        }
        // the valid set is symmetric and enumerated in mirrored order, so its first half holds one of each pair
        List<int[]> result = bidirectional ? out : out.subList(0, out.size() / 2);
        return result.toArray(new int[0][]);
    }

    /** @return the 13 IBSI 3D directions scaled to distance d (offset = d * unit direction) */
    public static int[][] ibsiDirections3D(int d) {
        return scaled(pyradiomics(new int[] {UNBOUNDED, UNBOUNDED, UNBOUNDED}, new int[] {1}, -1, false), d);
    }

    /** @return the 4 IBSI in-slice directions scaled to distance d */
    public static int[][] ibsiDirections2D(int d) {
        return scaled(pyradiomics(new int[] {UNBOUNDED, UNBOUNDED, UNBOUNDED}, new int[] {1}, AXIS_Z, false), d);
    }

    /** @return every offset within Chebyshev distance d (26 for d = 1 in 3D, 8 in 2D), both orientations */
    public static int[][] neighbourhood(int d, boolean inSlice) {
        int[] all = new int[d];
        for (int i = 0; i < d; i++) {
            all[i] = i + 1;
        }
        return pyradiomics(new int[] {UNBOUNDED, UNBOUNDED, UNBOUNDED}, all, inSlice ? AXIS_Z : -1, true);
    }

    private static int[][] scaled(int[][] unit, int d) {
        if (d < 1) {
            throw new IllegalArgumentException("distance must be >= 1, got " + d);
        }
        int[][] out = new int[unit.length][3];
        for (int i = 0; i < unit.length; i++) {
            for (int a = 0; a < 3; a++) {
                out[i][a] = unit[i][a] * d;
            }
        }
        return out;
    }
}
