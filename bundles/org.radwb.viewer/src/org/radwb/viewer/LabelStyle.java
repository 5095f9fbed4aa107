package org.radwb.viewer;

import java.util.HashMap;
import java.util.Map;

/**
 * Colour and opacity of each segmentation label, shared by the slice overlay and the 3D lesion surfaces so a
 * lesion has the same colour everywhere. Unset labels take a colour from a fixed, distinguishable palette.
 */
public final class LabelStyle {

    /** Distinct, saturated colours (0xRRGGBB) that stay visible on grey MRI; label n uses entry (n - 1) mod size. */
    private static final int[] PALETTE = { 0xFF3030, 0x30D030, 0x3080FF, 0xFFD700, 0xFF40FF, 0x00E5E5, 0xFF8C00,
            0x9F5FFF, 0xA0FF40, 0xFF6F91, 0x40C0A0, 0xC08040 };

    private final Map<Integer, Integer> colours = new HashMap<>();
    private double overlayOpacity = 0.45;
    private boolean surfacesVisible = true;
    private boolean overlayVisible = true;
    private boolean smoothSurfaces = false;

    /** The 0xRRGGBB colour of a label (label 0, the background, is black). */
    public int colour(int label) {
        if (label == 0) {
            return 0;
        }
        Integer c = colours.get(label);
        return c != null ? c : PALETTE[Math.floorMod(label - 1, PALETTE.length)];
    }

    /** Sets the 0xRRGGBB colour of a label. */
    public void setColour(int label, int rgb) {
        colours.put(label, rgb & 0xFFFFFF);
    }

    /** Opacity (0..1) of the label overlay on the slices. */
    public double overlayOpacity() {
        return overlayOpacity;
    }

    /** Sets the overlay opacity, clamped to 0..1. */
    public void setOverlayOpacity(double opacity) {
        this.overlayOpacity = Math.max(0, Math.min(1, opacity));
    }

    public boolean surfacesVisible() {
        return surfacesVisible;
    }

    public void setSurfacesVisible(boolean visible) {
        this.surfacesVisible = visible;
    }

    public boolean overlayVisible() {
        return overlayVisible;
    }

    public void setOverlayVisible(boolean visible) {
        this.overlayVisible = visible;
    }

    /** Whether lesion surfaces are smoothed (windowed sinc) after extraction. */
    public boolean smoothSurfaces() {
        return smoothSurfaces;
    }

    public void setSmoothSurfaces(boolean smooth) {
        this.smoothSurfaces = smooth;
    }
}
