package org.radwb.viewer;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

/** Small generated volumes: a head-like ball with a gradient, and spherical lesions. */
final class Fixtures {

    private Fixtures() {
    }

    /** A ball of radius 0.45·n voxels with intensity 100 + i (so each voxel's value is known), zero outside. */
    static Volume ball(Geometry g) {
        Volume v = new Volume(g);
        double ci = (g.nx() - 1) / 2.0;
        double cj = (g.ny() - 1) / 2.0;
        double ck = (g.nz() - 1) / 2.0;
        double r = 0.45 * Math.min(g.nx(), Math.min(g.ny(), g.nz()));
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double d = Math.sqrt((i - ci) * (i - ci) + (j - cj) * (j - cj) + (k - ck) * (k - ck));
                    if (d <= r) {
                        v.set(i, j, k, 100 + i);
                    }
                }
            }
        }
        return v;
    }

    /** Paints a sphere of a label (radius in voxels) into a label map. */
    static void sphere(LabelMap m, int label, int ci, int cj, int ck, double radius) {
        Geometry g = m.geometry();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if ((i - ci) * (i - ci) + (j - cj) * (j - cj) + (k - ck) * (k - ck) <= radius * radius) {
                        m.set(i, j, k, label);
                    }
                }
            }
        }
    }

    static LabelMap empty(Geometry g) {
        return new LabelMap(g, new int[g.size()]);
    }
}
