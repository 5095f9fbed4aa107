package org.radwb.viewer;

import org.radwb.imaging.Geometry;
import org.radwb.viewer.render.RgbaFrame;

/**
 * Draws a slice view in plain Java: nearest-neighbour resampling of the image in world space, window/level, the
 * label overlay blended with each label's colour, and the crosshair. A 512×512 slice costs a few milliseconds, so
 * the slice views need no native library and work when VTK is missing.
 */
public final class SliceRenderer {

    /** Colour of the crosshair lines (0xRRGGBB). */
    public static final int CROSSHAIR_COLOUR = 0xFFFF00;

    /** Colour outside the volume. */
    public static final int BACKGROUND = 0x000000;

    private SliceRenderer() {
    }

    /** Renders one slice view of the scene. */
    public static RgbaFrame render(Scene scene, ViewKind view, int width, int height) {
        SliceProjection p = new SliceProjection(scene, view, width, height);
        Geometry g = scene.geometry();
        float[] voxels = scene.image().voxels();
        int[] labels = scene.labels().map(l -> l.labels()).orElse(null);
        LabelStyle style = scene.labelStyle();
        boolean overlay = labels != null && style.overlayVisible() && style.overlayOpacity() > 0;
        double alpha = style.overlayOpacity();
        WindowLevel wl = scene.windowLevel();
        double lower = wl.lower();
        double scale = 255.0 / wl.window();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        // Continuous index of the first pixel and its increments: one affine map, no per-pixel matrix product.
        double[] o = p.origin();
        double[] i0 = g.worldToIndex(o[0], o[1], o[2]);
        double[] r = Camera.add(o, p.stepRight());
        double[] d = Camera.add(o, p.stepDown());
        double[] di = Camera.sub(g.worldToIndex(r[0], r[1], r[2]), i0);
        double[] dj = Camera.sub(g.worldToIndex(d[0], d[1], d[2]), i0);
        byte[] out = new byte[width * height * 4];
        int q = 0;
        for (int y = 0; y < height; y++) {
            double ry = i0[0] + y * dj[0];
            double sy = i0[1] + y * dj[1];
            double ty = i0[2] + y * dj[2];
            for (int x = 0; x < width; x++, q += 4) {
                int i = (int) Math.floor(ry + x * di[0] + 0.5);
                int j = (int) Math.floor(sy + x * di[1] + 0.5);
                int k = (int) Math.floor(ty + x * di[2] + 0.5);
                int rgb = BACKGROUND;
                if (i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz) {
                    int v = i + nx * (j + ny * k);
                    double t = (voxels[v] - lower) * scale;
                    int grey = t <= 0 ? 0 : t >= 255 ? 255 : (int) (t + 0.5);
                    rgb = grey << 16 | grey << 8 | grey;
                    if (overlay && labels[v] != 0) {
                        rgb = blend(rgb, style.colour(labels[v]), alpha);
                    }
                }
                out[q] = (byte) (rgb >> 16);
                out[q + 1] = (byte) (rgb >> 8);
                out[q + 2] = (byte) rgb;
                out[q + 3] = (byte) 0xFF;
            }
        }
        drawCrosshair(scene, p, out);
        return new RgbaFrame(width, height, out);
    }

    /** Draws the two crosshair lines through the projected crosshair, with a gap around it to keep the voxel visible. */
    private static void drawCrosshair(Scene scene, SliceProjection p, byte[] out) {
        double[] c = p.worldToPixel(scene.crosshair());
        int cx = (int) Math.round(c[0]);
        int cy = (int) Math.round(c[1]);
        int gap = 4;
        int w = p.width();
        int h = p.height();
        if (cy >= 0 && cy < h) {
            for (int x = 0; x < w; x++) {
                if (Math.abs(x - cx) > gap) {
                    put(out, 4 * (x + w * cy), CROSSHAIR_COLOUR);
                }
            }
        }
        if (cx >= 0 && cx < w) {
            for (int y = 0; y < h; y++) {
                if (Math.abs(y - cy) > gap) {
                    put(out, 4 * (cx + w * y), CROSSHAIR_COLOUR);
                }
            }
        }
    }

    private static void put(byte[] out, int q, int rgb) {
        out[q] = (byte) (rgb >> 16);
        out[q + 1] = (byte) (rgb >> 8);
        out[q + 2] = (byte) rgb;
    }

    /** Alpha-blends a label colour over a grey pixel. */
    static int blend(int under, int over, double alpha) {
        int r = (int) Math.round(((under >> 16) & 0xFF) * (1 - alpha) + ((over >> 16) & 0xFF) * alpha);
        int g = (int) Math.round(((under >> 8) & 0xFF) * (1 - alpha) + ((over >> 8) & 0xFF) * alpha);
        int b = (int) Math.round((under & 0xFF) * (1 - alpha) + (over & 0xFF) * alpha);
        return r << 16 | g << 8 | b;
    }
}
