package org.radwb.viewer;

/**
 * Maps between the pixels of one slice view and LPS world millimetres: the view's plane passes through the
 * crosshair, is centred on the scene's slice centre and spans the slice field of view on its shorter side.
 * Resampling in world space (not voxel space) is what makes oblique and flipped acquisitions display upright.
 */
public final class SliceProjection {

    private final ViewKind view;
    private final int width;
    private final int height;
    private final double mmPerPixel;
    private final double[] origin; // world position of the top-left pixel's centre
    private final double[] right;
    private final double[] down;

    /** The projection of a scene's slice view at a viewport size. */
    public SliceProjection(Scene scene, ViewKind view, int width, int height) {
        if (!view.isSlice()) {
            throw new IllegalArgumentException("A slice projection needs a slice view, not " + view);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Viewport must be at least 1x1, got " + width + "x" + height);
        }
        this.view = view;
        this.width = width;
        this.height = height;
        this.mmPerPixel = scene.sliceFieldOfView() / Math.min(width, height);
        this.right = view.right();
        this.down = view.down();
        double[] c = scene.sliceCentre();
        c[view.normalAxis()] = scene.crosshair()[view.normalAxis()]; // the plane goes through the crosshair
        double ox = -(width / 2.0 - 0.5) * mmPerPixel;
        double oy = -(height / 2.0 - 0.5) * mmPerPixel;
        this.origin = Camera.add(c, Camera.add(Camera.scale(right, ox), Camera.scale(down, oy)));
    }

    public ViewKind view() {
        return view;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Millimetres per pixel. */
    public double mmPerPixel() {
        return mmPerPixel;
    }

    /** The world point at the centre of pixel (x right, y down). */
    public double[] pixelToWorld(double x, double y) {
        return Camera.add(origin, Camera.add(Camera.scale(right, x * mmPerPixel), Camera.scale(down, y * mmPerPixel)));
    }

    /** The (fractional) pixel a world point projects to; the out-of-plane component is ignored. */
    public double[] worldToPixel(double[] world) {
        double[] rel = Camera.sub(world, origin);
        return new double[] { Camera.dot(rel, right) / mmPerPixel, Camera.dot(rel, down) / mmPerPixel };
    }

    /** World step per pixel to the right. */
    double[] stepRight() {
        return Camera.scale(right, mmPerPixel);
    }

    /** World step per pixel downwards. */
    double[] stepDown() {
        return Camera.scale(down, mmPerPixel);
    }

    /** World position of the top-left pixel's centre. */
    double[] origin() {
        return origin.clone();
    }
}
