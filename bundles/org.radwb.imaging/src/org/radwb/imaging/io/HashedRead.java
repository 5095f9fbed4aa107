package org.radwb.imaging.io;

import org.radwb.imaging.Geometry;

/**
 * What one pass over an image file gives: the voxels read (a whole volume, a region of it or the non-zero labels),
 * the grid and voxel type declared by the file, and the SHA-256 of all the file's bytes (hex), computed as they were
 * read.
 *
 * @param value        the voxels read; null when a requested region does not intersect the file's grid
 * @param fileGeometry the whole grid of the file (a region's own geometry is {@link Geometry#crop} of it)
 * @param type         the voxel type on disk
 * @param sha256       SHA-256 of the named file's bytes (for a .hdr/.img pair, of the .hdr, as before)
 */
public record HashedRead<T>(T value, Geometry fileGeometry, VoxelType type, String sha256) {
}
