package org.radwb.dicom;

/** What to do with a stack whose slices are unevenly spaced or sheared (gantry tilt). */
public enum StackPolicy {
    /** Refuse with an error naming the problem (the default: features on resampled data differ). */
    REFUSE,
    /** Resample onto a regular orthogonal grid (linear along the normal, bilinear in plane) and warn. */
    RESAMPLE
}
