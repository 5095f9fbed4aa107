package org.radwb.extraction;

/**
 * A region of interest after preprocessing, cropped to its bounding box plus a margin: the interpolated (and
 * rounded) intensities of every voxel of the box, the morphological mask and the intensity mask (the
 * morphological mask after re-segmentation), as IBSI 2.x defines them. x fastest.
 */
public final class RoiData {

    public final int nx, ny, nz;
    public final double sx, sy, sz;
    /** Intensities of all voxels in the box (inside and outside the ROI). */
    public final float[] image;
    public final boolean[] morphMask;
    public final boolean[] intensityMask;

    public RoiData(int nx, int ny, int nz, double sx, double sy, double sz, float[] image, boolean[] morphMask,
            boolean[] intensityMask) {
        int n = nx * ny * nz;
        if (image.length != n || morphMask.length != n || intensityMask.length != n) {
            throw new IllegalArgumentException("RoiData: arrays do not match the box " + nx + "x" + ny + "x" + nz);
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.sx = sx;
        this.sy = sy;
        this.sz = sz;
        this.image = image;
        this.morphMask = morphMask;
        this.intensityMask = intensityMask;
    }

    /** @return the intensities of the intensity-mask voxels, in x-fastest order */
    public double[] intensities() {
        int n = 0;
        for (boolean b : intensityMask) {
            if (b) {
                n++;
            }
        }
        double[] x = new double[n];
        int q = 0;
        for (int p = 0; p < image.length; p++) {
            if (intensityMask[p]) {
                x[q++] = image[p];
            }
        }
        return x;
    }

    public int count(boolean[] m) {
        int n = 0;
        for (boolean b : m) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
