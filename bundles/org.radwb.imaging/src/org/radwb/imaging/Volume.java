package org.radwb.imaging;

/**
 * A scalar 3D image: one float per voxel, x fastest ({@code voxels[i + nx * (j + ny * k)]}), on a {@link Geometry}.
 * Floats halve the memory of doubles (a 512x512x300 CT is 315 MB); feature code accumulates in double.
 */
public final class Volume {

    private final Geometry geometry;
    private final float[] voxels;

    /** Wraps the given voxel array (not copied); its length must equal {@code geometry.size()}. */
    public Volume(Geometry geometry, float[] voxels) {
        if (voxels.length != geometry.size()) {
            throw new IllegalArgumentException(
                    "Volume: " + voxels.length + " voxels given for a grid of " + geometry.size() + " (" + geometry + ")");
        }
        this.geometry = geometry;
        this.voxels = voxels;
    }

    /** A zero-filled volume on the given grid. */
    public Volume(Geometry geometry) {
        this(geometry, new float[geometry.size()]);
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The live voxel array (x fastest); changes write through. */
    public float[] voxels() {
        return voxels;
    }

    public float get(int i, int j, int k) {
        return voxels[geometry.index(i, j, k)];
    }

    public void set(int i, int j, int k, float value) {
        voxels[geometry.index(i, j, k)] = value;
    }

    /** @return a deep copy */
    public Volume copy() {
        return new Volume(geometry, voxels.clone());
    }

    @Override
    public String toString() {
        return "Volume[" + geometry + "]";
    }
}
