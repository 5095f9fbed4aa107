package org.radwb.viewer;

import org.radwb.imaging.Geometry;
import org.radwb.viewer.render.RgbaFrame;

/**
 * Draws a slice view in plain Java: nearest-neighbour resampling in world space of the series shown (optionally
 * blended with a second series on any grid), window/level, the label overlay blended with each label's colour, and
 * the crosshair. A 512×512 slice costs a few milliseconds, so
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
        Series shown = scene.activeSeries();
        Grid main = new Grid(shown.volume().geometry(), p);
        float[] voxels = shown.volume().voxels();
        WindowLevel wl = shown.windowLevel();
        double lower = wl.lower();
        double scale = 255.0 / wl.window();
        Series other = scene.blendSeries().orElse(null);
        Grid blendGrid = other == null ? null : new Grid(other.volume().geometry(), p);
        float[] blendVoxels = other == null ? null : other.volume().voxels();
        double blendLower = other == null ? 0 : other.windowLevel().lower();
        double blendScale = other == null ? 0 : 255.0 / other.windowLevel().window();
        double beta = scene.blendFraction();
        int[] labels = scene.labels().map(l -> l.labels()).orElse(null);
        LabelStyle style = scene.labelStyle();
        boolean overlay = labels != null && style.overlayVisible() && style.overlayOpacity() > 0;
        Grid labelGrid = overlay ? new Grid(scene.labels().get().geometry(), p) : null;
        double alpha = style.overlayOpacity();
        byte[] out = new byte[width * height * 4];
        int q = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++, q += 4) {
                int rgb = BACKGROUND;
                int v = main.voxel(x, y);
                if (v >= 0) {
                    int grey = grey(voxels[v], lower, scale);
                    if (blendGrid != null) {
                        int b = blendGrid.voxel(x, y);
                        int other8 = b >= 0 ? grey(blendVoxels[b], blendLower, blendScale) : 0;
                        grey = (int) Math.round(grey * (1 - beta) + other8 * beta);
                    }
                    rgb = grey << 16 | grey << 8 | grey;
                    if (overlay) {
                        int lv = labelGrid.voxel(x, y);
                        if (lv >= 0 && labels[lv] != 0) {
                            rgb = blend(rgb, style.colour(labels[lv]), alpha);
                        }
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

    private static int grey(float value, double lower, double scale) {
        double t = (value - lower) * scale;
        return t <= 0 ? 0 : t >= 255 ? 255 : (int) (t + 0.5);
    }

    /**
     * The affine map from view pixels to the voxels of one grid: the continuous index of the first pixel plus
     * increments per pixel, so each grid (series, blend, mask) is sampled at the same world points.
     */
    private static final class Grid {
        final int nx;
        final int ny;
        final int nz;
        final double[] i0;
        final double[] di;
        final double[] dj;

        Grid(Geometry g, SliceProjection p) {
            nx = g.nx();
            ny = g.ny();
            nz = g.nz();
            double[] o = p.origin();
            i0 = g.worldToIndex(o[0], o[1], o[2]);
            double[] r = Camera.add(o, p.stepRight());
            double[] d = Camera.add(o, p.stepDown());
            di = Camera.sub(g.worldToIndex(r[0], r[1], r[2]), i0);
            dj = Camera.sub(g.worldToIndex(d[0], d[1], d[2]), i0);
        }

        /** Linear voxel index nearest to the pixel's world point, or -1 outside the grid. */
        int voxel(int x, int y) {
            int i = (int) Math.floor(i0[0] + x * di[0] + y * dj[0] + 0.5);
            int j = (int) Math.floor(i0[1] + x * di[1] + y * dj[1] + 0.5);
            int k = (int) Math.floor(i0[2] + x * di[2] + y * dj[2] + 0.5);
            return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz ? i + nx * (j + ny * k) : -1;
        }
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
