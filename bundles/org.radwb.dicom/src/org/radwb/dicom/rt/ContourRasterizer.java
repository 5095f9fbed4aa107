package org.radwb.dicom.rt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.radwb.dicom.DicomException;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;

/**
 * Rasterises planar contours onto an image grid the way reference tools do: each contour is assigned to the
 * image slice its plane lies on, and on each slice a voxel is inside when its centre is inside an odd number of
 * that ROI's contours (even-odd rule), so inner contours cut holes and separate contours add islands. A centre is
 * tested with a half-open rule along each row so that neighbouring polygons sharing an edge never both claim it.
 */
public final class ContourRasterizer {
    /** A contour may lie this far (in slices) from a slice centre plane and still be assigned to it. */
    static final double PLANE_TOLERANCE = 0.1;

    /**
     * The mask, its voxel count and bounding box {i0, j0, k0, i1, j1, k1} (null if empty), and any warnings
     * (contours partly outside the image, skipped non-planar contours).
     */
    public record Result(Mask mask, int voxels, int[] boundingBox, List<String> warnings) {
    }

    private ContourRasterizer() {
    }

    /**
     * Rasterises the closed planar contours of an ROI onto {@code grid}.
     *
     * @throws DicomException if the ROI has no closed contour, or none of them touches the image
     */
    public static Result rasterize(Roi roi, Geometry grid, String what) throws DicomException {
        List<String> warnings = new ArrayList<>();
        Map<Integer, List<double[]>> bySlice = new TreeMap<>();
        int closed = 0;
        int outside = 0;
        int partly = 0;
        for (Contour c : roi.contours()) {
            if (!"CLOSED_PLANAR".equals(c.geometricType())) {
                continue; // POINT markers and open polylines enclose no volume
            }
            closed++;
            int n = c.pointCount();
            if (n < 3) {
                warnings.add(what + ": a contour with " + n + " point(s) encloses nothing; skipped");
                continue;
            }
            double[] xy = new double[2 * n];
            double kMin = Double.MAX_VALUE;
            double kMax = -Double.MAX_VALUE;
            boolean anyIn = false;
            boolean anyOut = false;
            for (int p = 0; p < n; p++) {
                double[] idx = grid.worldToIndex(c.points()[3 * p], c.points()[3 * p + 1], c.points()[3 * p + 2]);
                xy[2 * p] = idx[0];
                xy[2 * p + 1] = idx[1];
                kMin = Math.min(kMin, idx[2]);
                kMax = Math.max(kMax, idx[2]);
                boolean in = idx[0] > -0.5 && idx[1] > -0.5 && idx[0] < grid.nx() - 0.5 && idx[1] < grid.ny() - 0.5;
                anyIn |= in;
                anyOut |= !in;
            }
            if (kMax - kMin > 2 * PLANE_TOLERANCE) {
                warnings.add(String.format(Locale.ROOT, "%s: a contour spans slices %.2f to %.2f — it is not in an "
                        + "image plane (drawn on another orientation?); skipped", what, kMin, kMax));
                continue;
            }
            double kc = (kMin + kMax) / 2;
            int k = (int) Math.round(kc);
            if (k < 0 || k >= grid.nz() || (!anyIn && !polygonCoversImage(xy, grid))) {
                outside++;
                continue;
            }
            if (Math.abs(kc - k) > PLANE_TOLERANCE) {
                warnings.add(String.format(Locale.ROOT, "%s: a contour lies between slices (k = %.2f); assigned to "
                        + "the nearest slice %d", what, kc, k));
            }
            if (anyOut) {
                partly++;
            }
            bySlice.computeIfAbsent(k, key -> new ArrayList<>()).add(xy);
        }
        if (closed == 0) {
            throw new DicomException(what + ": ROI '" + roi.name() + "' has no CLOSED_PLANAR contour to fill");
        }
        if (bySlice.isEmpty()) {
            throw new DicomException(what + ": all " + closed + " contours of ROI '" + roi.name()
                    + "' lie outside the image grid (" + grid + "); wrong reference series or frame of reference?");
        }
        if (outside > 0) {
            warnings.add(what + ": " + outside + " of " + closed + " contours of ROI '" + roi.name()
                    + "' lie outside the image and were ignored");
        }
        if (partly > 0) {
            warnings.add(what + ": " + partly + " contour(s) of ROI '" + roi.name()
                    + "' extend beyond the image edge and were clipped");
        }
        boolean[] inside = new boolean[grid.size()];
        int[] box = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1 };
        int count = 0;
        for (Map.Entry<Integer, List<double[]>> e : bySlice.entrySet()) {
            int k = e.getKey();
            int offset = k * grid.nx() * grid.ny();
            fillSlice(e.getValue(), grid.nx(), grid.ny(), inside, offset);
            // the box and count come from the filled rows only, so no pass over the whole grid is needed
            for (int j = 0; j < grid.ny(); j++) {
                int row = offset + j * grid.nx();
                for (int i = 0; i < grid.nx(); i++) {
                    if (inside[row + i]) {
                        count++;
                        box[0] = Math.min(box[0], i);
                        box[1] = Math.min(box[1], j);
                        box[2] = Math.min(box[2], k);
                        box[3] = Math.max(box[3], i);
                        box[4] = Math.max(box[4], j);
                        box[5] = Math.max(box[5], k);
                    }
                }
            }
        }
        return new Result(new Mask(grid, inside), count, count == 0 ? null : box, warnings);
    }

    private static boolean polygonCoversImage(double[] xy, Geometry g) {
        // a polygon with all vertices outside can still enclose the image: test its centre voxel
        double cx = (g.nx() - 1) / 2.0;
        double cy = (g.ny() - 1) / 2.0;
        int crossings = 0;
        int n = xy.length / 2;
        for (int a = 0, b = n - 1; a < n; b = a++) {
            double ya = xy[2 * a + 1];
            double yb = xy[2 * b + 1];
            if ((ya <= cy) != (yb <= cy)) {
                double x = xy[2 * a] + (cy - ya) * (xy[2 * b] - xy[2 * a]) / (yb - ya);
                if (x > cx) {
                    crossings++;
                }
            }
        }
        return (crossings & 1) == 1;
    }

    /** Even-odd scanline fill of all polygons of one slice at voxel centres (x = i, y = j). */
    static void fillSlice(List<double[]> polygons, int nx, int ny, boolean[] inside, int offset) {
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (double[] xy : polygons) {
            for (int p = 1; p < xy.length; p += 2) {
                yMin = Math.min(yMin, xy[p]);
                yMax = Math.max(yMax, xy[p]);
            }
        }
        int j0 = Math.max(0, (int) Math.ceil(yMin));
        int j1 = Math.min(ny - 1, (int) Math.floor(yMax));
        double[] xs = new double[16];
        for (int j = j0; j <= j1; j++) {
            int count = 0;
            for (double[] xy : polygons) {
                int n = xy.length / 2;
                for (int a = 0, b = n - 1; a < n; b = a++) {
                    double ya = xy[2 * a + 1];
                    double yb = xy[2 * b + 1];
                    // half-open in y: a vertex exactly on the scanline counts for one of its two edges only
                    if ((ya <= j) != (yb <= j)) {
                        if (count == xs.length) {
                            xs = Arrays.copyOf(xs, 2 * count);
                        }
                        xs[count++] = xy[2 * a] + (j - ya) * (xy[2 * b] - xy[2 * a]) / (yb - ya);
                    }
                }
            }
            Arrays.sort(xs, 0, count);
            int row = offset + j * nx;
            for (int c = 0; c + 1 < count; c += 2) {
                // centres with xa <= i < xb are inside
                int i0 = Math.max(0, (int) Math.ceil(xs[c]));
                int i1 = Math.min(nx - 1, (int) Math.ceil(xs[c + 1]) - 1);
                for (int i = i0; i <= i1; i++) {
                    inside[row + i] = true;
                }
            }
        }
    }
}
