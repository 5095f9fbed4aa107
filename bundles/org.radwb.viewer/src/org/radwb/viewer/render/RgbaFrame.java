package org.radwb.viewer.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * One rendered view: RGBA bytes, rows from top to bottom (the order of SWT and of image files), 4 bytes a pixel.
 *
 * @param width  pixels
 * @param height pixels
 * @param rgba   {@code width * height * 4} bytes
 */
public record RgbaFrame(int width, int height, byte[] rgba) {

    /** Checks the buffer size. */
    public RgbaFrame {
        if (width <= 0 || height <= 0 || rgba.length != width * height * 4) {
            throw new IllegalArgumentException("RGBA frame " + width + "x" + height + " needs " + (4L * width * height)
                    + " bytes, got " + rgba.length);
        }
    }

    /** The 0xRRGGBB colour of a pixel (x right, y down). */
    public int rgb(int x, int y) {
        int p = 4 * (x + width * y);
        return (rgba[p] & 0xFF) << 16 | (rgba[p + 1] & 0xFF) << 8 | (rgba[p + 2] & 0xFF);
    }

    /** Writes the frame as a PNG file (view export, test evidence). */
    public void writePng(Path file) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, rgb(x, y));
            }
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("No PNG writer available to write " + file);
        }
    }
}
