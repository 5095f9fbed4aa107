package org.radwb.viewer;

import java.util.Arrays;
import java.util.Locale;

/**
 * The 3D view's camera in LPS world millimetres, as plain maths so mouse interaction and lesion focusing are
 * testable without VTK. A renderer copies it into its own camera before each frame. Perspective projection with a
 * fixed vertical view angle.
 */
public final class Camera {

    /** Vertical view angle in degrees (VTK's default). */
    public static final double VIEW_ANGLE = 30;

    private double[] focalPoint = { 0, 0, 0 };
    private double[] position = { 0, -500, 0 };
    private double[] viewUp = { 0, 0, 1 };

    /** A copy of the point the camera looks at. */
    public double[] focalPoint() {
        return focalPoint.clone();
    }

    /** A copy of the camera position. */
    public double[] position() {
        return position.clone();
    }

    /** A copy of the (unit, orthogonal to the view direction) up vector. */
    public double[] viewUp() {
        return viewUp.clone();
    }

    /** Distance from the position to the focal point. */
    public double distance() {
        return norm(sub(position, focalPoint));
    }

    /** Sets all three vectors; the up vector is made orthogonal to the view direction. */
    public void set(double[] focal, double[] pos, double[] up) {
        double[] dir = sub(focal, pos);
        if (norm(dir) == 0) {
            throw new IllegalArgumentException("Camera position equals focal point " + Arrays.toString(focal));
        }
        double[] u = sub(up, scale(unit(dir), dot(up, unit(dir))));
        if (norm(u) < 1e-9) {
            throw new IllegalArgumentException("Camera view-up " + Arrays.toString(up) + " is parallel to the view direction");
        }
        this.focalPoint = focal.clone();
        this.position = pos.clone();
        this.viewUp = unit(u);
    }

    /**
     * Looks at a sphere (centre, radius in mm) so that it fills the view, from the patient's front-left and a
     * little above: a familiar orientation for a brain.
     */
    public void frame(double[] centre, double radius) {
        double d = Math.max(radius, 1) / Math.sin(Math.toRadians(VIEW_ANGLE / 2));
        // LPS: anterior is -y; the viewer stands in front of the patient, slightly to the patient's left and above.
        double[] dir = unit(new double[] { 0.5, -1.0, 0.35 });
        set(centre, add(centre, scale(dir, d)), new double[] { 0, 0, 1 });
    }

    /** Keeps the direction and up vector but looks at a new centre from the distance that fits the radius. */
    public void focusOn(double[] centre, double radius) {
        double d = Math.max(radius, 1) / Math.sin(Math.toRadians(VIEW_ANGLE / 2));
        double[] back = unit(sub(position, focalPoint));
        set(centre, add(centre, scale(back, d)), viewUp);
    }

    /** Rotates the camera about the view-up vector through the focal point (mouse drag left/right). */
    public void azimuth(double degrees) {
        double[] offset = rotate(sub(position, focalPoint), viewUp, Math.toRadians(degrees));
        position = add(focalPoint, offset);
    }

    /** Rotates the camera up/down about the focal point (mouse drag up/down); the up vector follows. */
    public void elevation(double degrees) {
        double[] offset = sub(position, focalPoint);
        double[] axis = unit(cross(offset, viewUp)); // rotating about offset x up by a positive angle moves the camera up
        double a = Math.toRadians(degrees);
        position = add(focalPoint, rotate(offset, axis, a));
        viewUp = unit(rotate(viewUp, axis, a));
    }

    /** Moves towards the focal point by a factor (&gt; 1 zooms in). */
    public void zoom(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("Zoom factor must be > 0, got " + factor);
        }
        double[] offset = scale(sub(position, focalPoint), 1 / factor);
        position = add(focalPoint, offset);
    }

    /** Moves camera and focal point in the view plane: right and up in mm. */
    public void pan(double rightMm, double upMm) {
        double[] dir = unit(sub(focalPoint, position));
        double[] right = unit(cross(dir, viewUp));
        double[] shift = add(scale(right, rightMm), scale(viewUp, upMm));
        focalPoint = add(focalPoint, shift);
        position = add(position, shift);
    }

    /** Millimetres at the focal point per pixel, for a viewport {@code heightPx} tall: converts mouse pans. */
    public double mmPerPixel(int heightPx) {
        return 2 * distance() * Math.tan(Math.toRadians(VIEW_ANGLE / 2)) / Math.max(1, heightPx);
    }

    /**
     * Projects a world point into a viewport (pixels, origin top-left), or returns null if it is behind the camera.
     */
    public double[] project(double[] world, int width, int height) {
        double[] dir = unit(sub(focalPoint, position));
        double[] right = unit(cross(dir, viewUp));
        double[] rel = sub(world, position);
        double depth = dot(rel, dir);
        if (depth <= 0) {
            return null;
        }
        double f = (height / 2.0) / Math.tan(Math.toRadians(VIEW_ANGLE / 2));
        return new double[] { width / 2.0 + f * dot(rel, right) / depth, height / 2.0 - f * dot(rel, viewUp) / depth };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Camera[focal %s, position %s, up %s]", Arrays.toString(focalPoint),
                Arrays.toString(position), Arrays.toString(viewUp));
    }

    // Small vector helpers: the scene model has no maths library dependency on purpose.
    static double[] add(double[] a, double[] b) {
        return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    static double[] scale(double[] a, double s) {
        return new double[] { a[0] * s, a[1] * s, a[2] * s };
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double[] unit(double[] a) {
        double n = norm(a);
        return n == 0 ? a.clone() : scale(a, 1 / n);
    }

    /** Rodrigues' rotation of v about a unit axis. */
    static double[] rotate(double[] v, double[] axis, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] k = unit(axis);
        return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
    }
}
