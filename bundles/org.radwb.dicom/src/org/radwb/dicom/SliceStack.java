package org.radwb.dicom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.Volume;

/**
 * Turns parallel image planes into a {@link Volume}: slices are ordered by their position along the plane normal,
 * the slice spacing comes from those positions (never from Slice Thickness), and a stack with uneven spacing or
 * a slice offset that is not along the normal (gantry tilt) is refused or resampled according to the
 * {@link StackPolicy}, with a warning.
 */
public final class SliceStack {
    /** Positions may differ from a regular grid by this fraction of the spacing (scanner rounding). */
    static final double SPACING_TOLERANCE = 0.01;
    /** Direction cosines of different slices may differ by this much. */
    static final double ORIENTATION_TOLERANCE = 1e-3;

    /** The built volume, the slice UIDs in k order (null entries for interpolated slices) and warnings. */
    public record Result(Volume volume, List<String> sliceUids, List<String> warnings) {
    }

    private SliceStack() {
    }

    /** Builds the volume; {@code what} names the series in messages. */
    public static Result build(List<Slice> input, StackPolicy policy, String what) throws DicomException {
        if (input.isEmpty()) {
            throw new DicomException(what + ": no image slices");
        }
        List<String> warnings = new ArrayList<>();
        Slice s0 = input.get(0);
        double[] normal = s0.normal();
        for (Slice s : input) {
            if (s.rows() != s0.rows() || s.columns() != s0.columns()) {
                throw new DicomException(what + ": slice " + s.source() + " is " + s.columns() + "x" + s.rows()
                        + " but " + s0.source() + " is " + s0.columns() + "x" + s0.rows()
                        + "; a series must have one matrix size");
            }
            if (Math.abs(s.rowSpacing() - s0.rowSpacing()) > 1e-4 || Math.abs(s.columnSpacing() - s0.columnSpacing()) > 1e-4) {
                throw new DicomException(what + ": slice " + s.source() + " has Pixel Spacing " + s.rowSpacing() + "\\"
                        + s.columnSpacing() + " but " + s0.source() + " has " + s0.rowSpacing() + "\\" + s0.columnSpacing());
            }
            for (int a = 0; a < 3; a++) {
                if (Math.abs(s.rowDir()[a] - s0.rowDir()[a]) > ORIENTATION_TOLERANCE
                        || Math.abs(s.colDir()[a] - s0.colDir()[a]) > ORIENTATION_TOLERANCE) {
                    throw new DicomException(what + ": slice " + s.source() + " has another Image Orientation (Patient) "
                            + "than " + s0.source() + " (several stacks or a localizer in one series?)");
                }
            }
        }
        List<Slice> slices = new ArrayList<>(input);
        slices.sort(Comparator.comparingDouble(s -> Vectors.dot(s.position(), normal)));
        int n = slices.size();
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = Vectors.dot(slices.get(k).position(), normal);
        }
        for (int k = 1; k < n; k++) {
            if (z[k] - z[k - 1] < 1e-3) {
                throw new DicomException(what + ": slices " + slices.get(k - 1).source() + " and " + slices.get(k).source()
                        + " lie at the same position along the normal (" + fmt(z[k]) + " mm); the series holds several "
                        + "volumes (echoes, phases or repeats) — split it before import");
            }
        }
        double[] rowDir = s0.rowDir();
        double[] colDir = s0.colDir();
        double dz = n > 1 ? (z[n - 1] - z[0]) / (n - 1) : 1.0;
        boolean uneven = false;
        for (int k = 1; k < n; k++) {
            if (Math.abs((z[k] - z[k - 1]) - dz) > SPACING_TOLERANCE * dz) {
                uneven = true;
            }
        }
        // gantry tilt: the step from slice to slice has an in-plane component
        double[] offsetDir = normal;
        boolean tilted = false;
        if (n > 1) {
            double[] step = Vectors.sub(slices.get(n - 1).position(), slices.get(0).position());
            double along = Vectors.dot(step, normal);
            double inPlane = Math.hypot(Vectors.dot(step, rowDir), Vectors.dot(step, colDir));
            if (inPlane > SPACING_TOLERANCE * Math.abs(along)) {
                tilted = true;
                double tiltDeg = Math.toDegrees(Math.atan2(inPlane, along));
                String msg = String.format(Locale.ROOT, "%s: slices are offset %.2f degrees from the plane normal "
                        + "(gantry tilt / sheared stack)", what, tiltDeg);
                if (policy == StackPolicy.REFUSE) {
                    throw new DicomException(msg + "; refused — import with resampling to correct it");
                }
                warnings.add(msg + "; resampled onto an orthogonal grid");
            }
        }
        if (uneven) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (int k = 1; k < n; k++) {
                min = Math.min(min, z[k] - z[k - 1]);
                max = Math.max(max, z[k] - z[k - 1]);
            }
            String msg = String.format(Locale.ROOT, "%s: slice spacing is not uniform (%.3f to %.3f mm between "
                    + "positions; missing slices?)", what, min, max);
            if (policy == StackPolicy.REFUSE) {
                throw new DicomException(msg + "; refused — import with resampling to interpolate");
            }
            dz = min;
            warnings.add(msg + String.format(Locale.ROOT, "; resampled to %.3f mm by linear interpolation", dz));
        }
        int rows = s0.rows();
        int cols = s0.columns();
        int nz = uneven ? (int) Math.floor((z[n - 1] - z[0]) / dz + 1e-6) + 1 : n;
        double[] origin = slices.get(0).position();
        double[] dir = { rowDir[0], colDir[0], offsetDir[0], rowDir[1], colDir[1], offsetDir[1], rowDir[2], colDir[2],
                offsetDir[2] };
        Geometry g;
        try {
            g = new Geometry(new int[] { cols, rows, nz }, new double[] { s0.columnSpacing(), s0.rowSpacing(), dz },
                    origin, dir);
        } catch (IllegalArgumentException e) {
            throw new DicomException(what + ": invalid geometry (" + e.getMessage() + ")", e);
        }
        float[] vox = new float[g.size()];
        List<String> uids = new ArrayList<>();
        int plane = rows * cols;
        if (!uneven && !tilted) {
            for (int k = 0; k < n; k++) {
                System.arraycopy(slices.get(k).values(), 0, vox, k * plane, plane);
                uids.add(slices.get(k).uid());
            }
            return new Result(new Volume(g, vox), uids, warnings);
        }
        // resample: target plane k lies at normal distance z0 + k*dz; blend the two bracketing source slices,
        // each sampled bilinearly at the in-plane position of the target voxel
        int src = 0;
        for (int k = 0; k < nz; k++) {
            double zt = z[0] + k * dz;
            while (src < n - 2 && z[src + 1] < zt - 1e-6) {
                src++;
            }
            int a = src;
            int b = Math.min(src + 1, n - 1);
            double w = b == a ? 0 : Math.max(0, Math.min(1, (zt - z[a]) / (z[b] - z[a])));
            uids.add(w < 1e-6 ? slices.get(a).uid() : w > 1 - 1e-6 ? slices.get(b).uid() : null);
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    double[] p = new double[3];
                    for (int r = 0; r < 3; r++) {
                        p[r] = origin[r] + rowDir[r] * i * s0.columnSpacing() + colDir[r] * j * s0.rowSpacing()
                                + normal[r] * k * dz;
                    }
                    double va = sample(slices.get(a), p);
                    double vb = w > 0 ? sample(slices.get(b), p) : 0;
                    vox[k * plane + j * cols + i] = (float) ((1 - w) * va + w * vb);
                }
            }
        }
        return new Result(new Volume(g, vox), uids, warnings);
    }

    /**
     * A grid through planes that need not be contiguous (e.g. segmentation frames present only where a segment
     * is): slice spacing is the smallest gap between distinct positions and the grid spans all of them.
     */
    public static Geometry geometryOf(List<Slice> planes, String what) throws DicomException {
        if (planes.isEmpty()) {
            throw new DicomException(what + ": no planes");
        }
        Slice s0 = planes.get(0);
        double[] normal = s0.normal();
        double[] z = new double[planes.size()];
        for (int k = 0; k < z.length; k++) {
            z[k] = Vectors.dot(planes.get(k).position(), normal);
        }
        int first = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] < z[first]) {
                first = k;
            }
        }
        java.util.Arrays.sort(z);
        double dz = Double.MAX_VALUE;
        for (int k = 1; k < z.length; k++) {
            if (z[k] - z[k - 1] > 1e-3) {
                dz = Math.min(dz, z[k] - z[k - 1]);
            }
        }
        int nz = 1;
        if (dz == Double.MAX_VALUE) {
            dz = 1;
        } else {
            nz = (int) Math.round((z[z.length - 1] - z[0]) / dz) + 1;
        }
        double[] r = s0.rowDir();
        double[] c = s0.colDir();
        double[] o = planes.get(first).position();
        return new Geometry(new int[] { s0.columns(), s0.rows(), nz },
                new double[] { s0.columnSpacing(), s0.rowSpacing(), dz }, o,
                new double[] { r[0], c[0], normal[0], r[1], c[1], normal[1], r[2], c[2], normal[2] });
    }

    /** Bilinear sample of a slice at the in-plane projection of world point p; 0 outside the slice. */
    private static double sample(Slice s, double[] p) {
        double[] d = Vectors.sub(p, s.position());
        double x = Vectors.dot(d, s.rowDir()) / s.columnSpacing();
        double y = Vectors.dot(d, s.colDir()) / s.rowSpacing();
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double v = 0;
        for (int dy = 0; dy <= 1; dy++) {
            for (int dx = 0; dx <= 1; dx++) {
                int xi = x0 + dx;
                int yi = y0 + dy;
                double w = (dx == 0 ? 1 - fx : fx) * (dy == 0 ? 1 - fy : fy);
                if (w > 0 && xi >= 0 && yi >= 0 && xi < s.columns() && yi < s.rows()) {
                    v += w * s.values()[yi * s.columns() + xi];
                }
            }
        }
        return v;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
