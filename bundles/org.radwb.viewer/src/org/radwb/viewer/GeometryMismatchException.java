package org.radwb.viewer;

import org.radwb.imaging.Geometry;

/** A mask whose voxel grid differs from its image's grid; the message names both geometries. */
public final class GeometryMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Builds the message from both geometries and where they came from. */
    public GeometryMismatchException(String imageName, Geometry image, String maskName, Geometry mask) {
        super("The mask " + maskName + " does not lie on the grid of the image " + imageName + ".\n  image: " + image
                + "\n  mask:  " + mask + "\nResample the mask onto the image grid (same dimensions, spacing, origin and direction).");
    }
}
