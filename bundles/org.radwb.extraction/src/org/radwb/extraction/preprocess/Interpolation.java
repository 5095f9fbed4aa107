package org.radwb.extraction.preprocess;

import java.util.Locale;

/** Image interpolation methods for resampling. */
public enum Interpolation {
    /** Nearest neighbour. */
    NEAREST,
    /** (Tri)linear. */
    LINEAR,
    /** Cubic B-spline with prefilter (scipy.ndimage.map_coordinates order 3), IBSI's "tricubic spline". */
    BSPLINE;

    /** Parses nearest / linear / trilinear / bilinear / bspline / tricubic / cubic (and sitkXxx names). */
    public static Interpolation parse(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("sitk", "").replace("_", "").replace(" ", "");
        switch (t) {
        case "nearest":
        case "nearestneighbor":
        case "nearestneighbour":
            return NEAREST;
        case "linear":
        case "trilinear":
        case "bilinear":
            return LINEAR;
        case "bspline":
        case "cubic":
        case "tricubic":
        case "tricubicspline":
        case "cubicspline":
            return BSPLINE;
        default:
            throw new IllegalArgumentException("interpolation '" + s + "': expected nearest, linear or bspline");
        }
    }
}
