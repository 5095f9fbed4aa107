package org.radwb.viewer.ui.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.radwb.viewer.render.RgbaFrame;

/** Wraps rendered RGBA frames as SWT image data without copying pixels one by one. */
public final class FrameImages {

    /** 32-bit pixels read most-significant byte first: R, G, B, A in memory order, as the frames store them. */
    private static final PaletteData RGBA = new PaletteData(0xFF000000, 0x00FF0000, 0x0000FF00);

    private FrameImages() {
    }

    /** SWT image data sharing the frame's bytes. */
    public static ImageData imageData(RgbaFrame frame) {
        return new ImageData(frame.width(), frame.height(), 32, RGBA, frame.width() * 4, frame.rgba());
    }
}
