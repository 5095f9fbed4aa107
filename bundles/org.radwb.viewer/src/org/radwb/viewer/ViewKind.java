package org.radwb.viewer;

/**
 * The four views of the viewer. The three slice views follow the radiological convention: the patient's left is
 * on the right of the screen (axial and coronal), anterior is on the left (sagittal), superior is up.
 */
public enum ViewKind {
    /** Transverse plane, seen from the feet: screen right = patient left (+x LPS), screen down = posterior (+y). */
    AXIAL(new double[] { 1, 0, 0 }, new double[] { 0, 1, 0 }, 2),
    /** Frontal plane, seen from the front: screen right = patient left (+x), screen down = inferior (-z). */
    CORONAL(new double[] { 1, 0, 0 }, new double[] { 0, 0, -1 }, 1),
    /** Sagittal plane, seen from the left: screen right = posterior (+y), screen down = inferior (-z). */
    SAGITTAL(new double[] { 0, 1, 0 }, new double[] { 0, 0, -1 }, 0),
    /** The 3D view with the three slice planes and the lesion surfaces. */
    THREE_D(null, null, -1);

    private final double[] right;
    private final double[] down;
    private final int normalAxis;

    ViewKind(double[] right, double[] down, int normalAxis) {
        this.right = right;
        this.down = down;
        this.normalAxis = normalAxis;
    }

    /** Unit LPS vector that points to the right of the screen (slice views only). */
    public double[] right() {
        return right.clone();
    }

    /** Unit LPS vector that points down the screen (slice views only). */
    public double[] down() {
        return down.clone();
    }

    /** The LPS world axis (0 = x, 1 = y, 2 = z) perpendicular to the slice, or -1 for the 3D view. */
    public int normalAxis() {
        return normalAxis;
    }

    /** True for the axial, coronal and sagittal views. */
    public boolean isSlice() {
        return this != THREE_D;
    }
}
