package org.radwb.extraction.intensity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.RoiData;

/**
 * IBSI-1 local intensity features (family 9ST6): the mean intensity in a 1 cm³ sphere (radius 6.2035 mm) around
 * a voxel, using every image voxel whose centre lies in the sphere. Local peak: at the voxel(s) of maximum
 * intensity; global peak: the maximum over all ROI voxels.
 */
public final class LocalIntensity {

    /** Radius of a 1 cm³ sphere in mm. */
    public static final double RADIUS = Math.cbrt(3.0 / (4 * Math.PI)) * 10;

    private LocalIntensity() {
    }

    public static Map<String, Double> compute(RoiData r) {
        List<int[]> offs = new ArrayList<>();
        int rx = (int) Math.ceil(RADIUS / r.sx), ry = (int) Math.ceil(RADIUS / r.sy), rz = (int) Math.ceil(RADIUS / r.sz);
        for (int dz = -rz; dz <= rz; dz++) {
            for (int dy = -ry; dy <= ry; dy++) {
                for (int dx = -rx; dx <= rx; dx++) {
                    double d2 = dx * r.sx * dx * r.sx + dy * r.sy * dy * r.sy + dz * r.sz * dz * r.sz;
                    if (d2 <= RADIUS * RADIUS) {
                        offs.add(new int[] { dx, dy, dz });
                    }
                }
            }
        }
        double maxI = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < r.image.length; p++) {
            if (r.intensityMask[p]) {
                maxI = Math.max(maxI, r.image[p]);
            }
        }
        double local = Double.NEGATIVE_INFINITY, global = Double.NEGATIVE_INFINITY;
        int p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (!r.intensityMask[p]) {
                        continue;
                    }
                    double sum = 0;
                    int cnt = 0;
                    for (int[] o : offs) {
                        int a = i + o[0], b = j + o[1], c = k + o[2];
                        if (a >= 0 && b >= 0 && c >= 0 && a < r.nx && b < r.ny && c < r.nz) {
                            sum += r.image[a + r.nx * (b + r.ny * c)];
                            cnt++;
                        }
                    }
                    double mean = sum / cnt;
                    global = Math.max(global, mean);
                    if (r.image[p] == maxI) {
                        local = Math.max(local, mean);
                    }
                }
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("loc.peak.local", local);
        f.put("loc.peak.global", global);
        return f;
    }
}
