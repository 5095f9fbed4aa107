package org.radwb.imaging;

import java.util.Arrays;
import java.util.Locale;

/**
 * The voxel grid of a 3D image: dimensions, spacing, origin and direction cosines.
 * <p>
 * World coordinates are LPS millimetres (x grows to the patient's Left, y to Posterior, z to Superior), as in
 * DICOM and ITK, whatever the file format was: readers convert RAS files (NIfTI, RAS-space NRRD) on reading.
 * A voxel index (i, j, k) maps to {@code world = origin + D * diag(spacing) * (i, j, k)}, where column c of the
 * direction matrix D ({@code direction[r * 3 + c]}) is the world direction of index axis c.
 * Instances are immutable.
 */
public final class Geometry {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;
    private final double[] inverse; // inverse of D * diag(spacing), for worldToIndex

    /**
     * @param dims      number of voxels along i, j, k (each &gt;= 1)
     * @param spacing   voxel size in mm along i, j, k (each &gt; 0)
     * @param origin    LPS world position (mm) of the centre of voxel (0,0,0)
     * @param direction 3x3 direction cosines, row-major, column c = world direction of axis c; must be invertible
     */
    public Geometry(int[] dims, double[] spacing, double[] origin, double[] direction) {
        if (dims == null || dims.length != 3 || spacing == null || spacing.length != 3 || origin == null
                || origin.length != 3 || direction == null || direction.length != 9) {
            throw new IllegalArgumentException("Geometry needs 3 dims, 3 spacings, 3 origin values and 9 direction values");
        }
        for (int a = 0; a < 3; a++) {
            if (dims[a] < 1) {
                throw new IllegalArgumentException("Geometry: dimension " + a + " is " + dims[a] + ", expected >= 1");
            }
            if (!(spacing[a] > 0) || !Double.isFinite(spacing[a])) {
                throw new IllegalArgumentException("Geometry: spacing " + a + " is " + spacing[a] + ", expected a finite value > 0");
            }
            if (!Double.isFinite(origin[a])) {
                throw new IllegalArgumentException("Geometry: origin " + a + " is " + origin[a] + ", expected a finite value");
            }
        }
        if ((long) dims[0] * dims[1] * dims[2] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Geometry: " + Arrays.toString(dims) + " has more than 2^31 voxels");
        }
        this.nx = dims[0];
        this.ny = dims[1];
        this.nz = dims[2];
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r * 3 + c] = direction[r * 3 + c] * spacing[c];
            }
        }
        this.inverse = invert3(m);
        if (inverse == null) {
            throw new IllegalArgumentException("Geometry: direction matrix " + Arrays.toString(direction) + " is singular");
        }
    }

    /** A grid with identity direction. */
    public static Geometry of(int nx, int ny, int nz, double sx, double sy, double sz) {
        return new Geometry(new int[] { nx, ny, nz }, new double[] { sx, sy, sz }, new double[3],
                new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    /** @return a copy of {nx, ny, nz} */
    public int[] dims() {
        return new int[] { nx, ny, nz };
    }

    /** @return the number of voxels nx*ny*nz */
    public int size() {
        return nx * ny * nz;
    }

    /** @return a copy of the spacing (mm) along i, j, k */
    public double[] spacing() {
        return spacing.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    /** @return a copy of the LPS origin (mm) */
    public double[] origin() {
        return origin.clone();
    }

    /** @return a copy of the direction cosines, row-major (column c = axis c) */
    public double[] direction() {
        return direction.clone();
    }

    /** @return the volume of one voxel in mm³ */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /** Linear index of voxel (i, j, k), x fastest. */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** @return true if (i, j, k) lies inside the grid */
    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
    }

    /** LPS world position (mm) of a (possibly fractional) voxel index. */
    public double[] indexToWorld(double i, double j, double k) {
        double[] w = new double[3];
        for (int r = 0; r < 3; r++) {
            w[r] = origin[r] + direction[r * 3] * spacing[0] * i + direction[r * 3 + 1] * spacing[1] * j
                    + direction[r * 3 + 2] * spacing[2] * k;
        }
        return w;
    }

    /** Continuous voxel index of an LPS world position (mm); round it to get the nearest voxel. */
    public double[] worldToIndex(double x, double y, double z) {
        double dx = x - origin[0];
        double dy = y - origin[1];
        double dz = z - origin[2];
        return new double[] { inverse[0] * dx + inverse[1] * dy + inverse[2] * dz,
                inverse[3] * dx + inverse[4] * dy + inverse[5] * dz, inverse[6] * dx + inverse[7] * dy + inverse[8] * dz };
    }

    /**
     * True if both grids have the same dimensions and their spacing, origin (mm) and direction cosines agree
     * within {@code tol} (absolute). Image and mask must share a grid before features are computed.
     */
    public boolean sameGrid(Geometry other, double tol) {
        if (other == null || nx != other.nx || ny != other.ny || nz != other.nz) {
            return false;
        }
        for (int a = 0; a < 3; a++) {
            if (Math.abs(spacing[a] - other.spacing[a]) > tol || Math.abs(origin[a] - other.origin[a]) > tol) {
                return false;
            }
        }
        for (int a = 0; a < 9; a++) {
            if (Math.abs(direction[a] - other.direction[a]) > tol) {
                return false;
            }
        }
        return true;
    }

    /** A geometry with the same spacing, origin and direction but other dimensions. */
    public Geometry withDims(int nx2, int ny2, int nz2) {
        return new Geometry(new int[] { nx2, ny2, nz2 }, spacing, origin, direction);
    }

    /**
     * The sub-grid starting at voxel (i0, j0, k0) with the given dimensions (same spacing and direction; the
     * origin moves to the world position of the start voxel). Used to crop to a bounding box.
     */
    public Geometry crop(int i0, int j0, int k0, int cx, int cy, int cz) {
        return new Geometry(new int[] { cx, cy, cz }, spacing, indexToWorld(i0, j0, k0), direction);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%dx%dx%d voxels, spacing (%s) mm, origin (%s) mm LPS, direction [%s]", nx, ny,
                nz, fmt(spacing), fmt(origin), fmt(direction));
    }

    private static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(String.format(Locale.ROOT, "%.6g", v[i]));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && nx == g.nx && ny == g.ny && nz == g.nz && Arrays.equals(spacing, g.spacing)
                && Arrays.equals(origin, g.origin) && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] { nx, ny, nz }) * 31 + Arrays.hashCode(spacing);
    }

    /** Inverse of a 3x3 row-major matrix, or null if singular. */
    static double[] invert3(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
        double A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
        double det = a * A + b * B + c * C;
        double scale = Math.abs(a) + Math.abs(b) + Math.abs(c) + Math.abs(d) + Math.abs(e) + Math.abs(f) + Math.abs(g)
                + Math.abs(h) + Math.abs(i);
        if (!(Math.abs(det) > 1e-12 * scale * scale * scale)) {
            return null;
        }
        double[] r = { A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g),
                a * e - b * d };
        for (int k = 0; k < 9; k++) {
            r[k] /= det;
        }
        return r;
    }
}
