package org.radwb.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.viewer.ui.internal.FrameImages;

class FrameImagesTest {

    @Test
    void framesKeepTheirColoursOnTheScreen() throws Exception {
        UiFixtures.onUi(this::roundTrip);
    }

    private void roundTrip() {
        byte[] rgba = new byte[2 * 2 * 4];
        int[] colours = { 0xFF3030, 0x30D030, 0x3080FF, 0x123456 };
        for (int i = 0; i < 4; i++) {
            rgba[4 * i] = (byte) (colours[i] >> 16);
            rgba[4 * i + 1] = (byte) (colours[i] >> 8);
            rgba[4 * i + 2] = (byte) colours[i];
            rgba[4 * i + 3] = (byte) 0xFF;
        }
        Display display = Display.getDefault();
        Image drawn = new Image(display, FrameImages.imageData(new RgbaFrame(2, 2, rgba)));
        // Round trip through a GC, as the canvas paints it.
        Image target = new Image(display, 2, 2);
        GC gc = new GC(target);
        gc.drawImage(drawn, 0, 0);
        gc.dispose();
        ImageData back = target.getImageData();
        for (int i = 0; i < 4; i++) {
            RGB c = back.palette.getRGB(back.getPixel(i % 2, i / 2));
            assertEquals(colours[i], c.red << 16 | c.green << 8 | c.blue, "pixel " + i);
        }
        drawn.dispose();
        target.dispose();
    }
}
