package org.radwb.viewer;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

/**
 * A generated head-like test volume of any size: an ellipsoidal "brain" with smooth intensity variation and three
 * spherical "metastases" (bright rim, darker core) labelled 1, 2 and 3. Used by the viewer bench at 256³ and by tests,
 * so neither needs patient data.
 */
public final class SyntheticHead {

    private final Volume image;
    private final LabelMap lesions;

    private SyntheticHead(Volume image, LabelMap lesions) {
        this.image = image;
        this.lesions = lesions;
    }

    /** Lesion centres (i, j, k) as fractions of the grid, and radii as fractions of its size. */
    private static final double[][] LESIONS = { { 0.64, 0.34, 0.64, 0.060 }, { 0.72, 0.30, 0.56, 0.040 },
            { 0.50, 0.62, 0.50, 0.035 } }; // two in the octant the default camera sees, one cut by all three planes

    /** Generates an n×n×n volume with 1 mm voxels, centred on the world origin. */
    public static SyntheticHead generate(int n) {
        if (n < 8) {
            throw new IllegalArgumentException("A synthetic head needs at least 8 voxels a side, got " + n);
        }
        double o = -(n - 1) / 2.0;
        Geometry g = new Geometry(new int[] { n, n, n }, new double[] { 1, 1, 1 }, new double[] { o, o, o },
                new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
        float[] v = new float[g.size()];
        int[] l = new int[g.size()];
        double c = (n - 1) / 2.0;
        double[] axes = { 0.40 * n, 0.46 * n, 0.42 * n };
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = (i - c) / axes[0];
                    double y = (j - c) / axes[1];
                    double z = (k - c) / axes[2];
                    double r = Math.sqrt(x * x + y * y + z * z);
                    if (r > 1) {
                        continue;
                    }
                    int p = i + n * (j + n * k);
                    // Grey "cortex" shell, white interior, and gentle folds so slices are not flat.
                    double base = r > 0.9 ? 900 : 600 + 150 * Math.sin(i * 0.21) * Math.cos(j * 0.17) + 120 * r;
                    v[p] = (float) base;
                    for (int m = 0; m < LESIONS.length; m++) {
                        double[] les = LESIONS[m];
                        double dx = i - les[0] * n;
                        double dy = j - les[1] * n;
                        double dz = k - les[2] * n;
                        double d = Math.sqrt(dx * dx + dy * dy + dz * dz) / (les[3] * n);
                        if (d <= 1) {
                            l[p] = m + 1;
                            v[p] = (float) (d > 0.6 ? 1400 : 500); // enhancing rim, necrotic core
                        }
                    }
                }
            }
        }
        return new SyntheticHead(new Volume(g, v), new LabelMap(g, l));
    }

    public Volume image() {
        return image;
    }

    /** Labels 1, 2, 3: the three lesions. */
    public LabelMap lesions() {
        return lesions;
    }
}
