package org.radwb.viewer.ui;

import java.nio.file.Path;

/**
 * What a viewer part shows: an image file, optionally a mask file on the same grid, and optionally the lesion label
 * to select once loaded.
 *
 * @param image       NIfTI or NRRD image
 * @param mask        NIfTI or NRRD label map, or null
 * @param selectLabel label to centre on after loading, or null
 */
public record ViewerInput(Path image, Path mask, Integer selectLabel) {

    /** Checks the image is given. */
    public ViewerInput {
        if (image == null) {
            throw new IllegalArgumentException("The viewer needs an image file");
        }
    }

    /** The part's tab label: the image file name (and the mask's). */
    public String title() {
        return image.getFileName() + (mask == null ? "" : " + " + mask.getFileName());
    }
}
