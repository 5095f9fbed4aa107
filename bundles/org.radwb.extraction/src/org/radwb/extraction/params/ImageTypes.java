package org.radwb.extraction.params;

import java.util.List;

/** The PyRadiomics image type names. */
public final class ImageTypes {

    public static final List<String> KNOWN = List.of("Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm",
            "Exponential", "Gradient", "LBP2D", "LBP3D");

    private ImageTypes() {
    }
}
