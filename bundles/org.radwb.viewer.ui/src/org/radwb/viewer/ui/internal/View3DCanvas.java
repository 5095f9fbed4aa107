package org.radwb.viewer.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.radwb.viewer.Camera;
import org.radwb.viewer.Scene;
import org.radwb.viewer.VoxelInspection;
import org.radwb.viewer.render.BackendStatus;
import org.radwb.viewer.render.RenderBackend;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.viewer.render.View3D;

/**
 * The 3D view: paints frames rendered offscreen by the render backend. Left drag rotates, right drag or the wheel
 * zooms, middle drag (or Shift + left drag) pans, a click without dragging picks the point under the mouse and moves
 * the crosshair there. Without a backend it shows the message saying what to install.
 */
public final class View3DCanvas extends Canvas {

    private final RenderBackend backend;
    private final Consumer<VoxelInspection> inspected;
    private Scene scene;
    private View3D view;
    private String message;
    private RgbaFrame lastFrame;
    private Point dragStart;
    private Point pressedAt;
    private int dragButton;

    /** A 3D canvas; {@code backend} null means none is installed. */
    public View3DCanvas(Composite parent, RenderBackend backend, Consumer<VoxelInspection> inspected) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.backend = backend;
        this.inspected = inspected;
        BackendStatus status = backend == null ? BackendStatus.unavailable(BackendStatus.NO_BACKEND) : backend.status();
        this.message = status.available() ? null : status.message();
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.Dispose, e -> closeView());
    }

    /** The message shown instead of the 3D view, or null when it renders. */
    public String message() {
        return message;
    }

    /** The frame painted last, or null. */
    public RgbaFrame lastFrame() {
        return lastFrame;
    }

    /** Shows a scene (null clears the view). */
    public void setScene(Scene scene) {
        closeView();
        this.scene = scene;
        redraw();
    }

    private void closeView() {
        if (view != null) {
            view.close();
            view = null;
        }
    }

    /** Renders the scene at the canvas size now, or returns null when there is nothing to render. */
    public RgbaFrame renderNow() {
        Point size = getSize();
        if (scene == null || message != null || size.x <= 0 || size.y <= 0) {
            return null;
        }
        try {
            if (view == null) {
                view = backend.create3DView(scene, size.x, size.y);
            } else {
                view.resize(size.x, size.y);
            }
            lastFrame = view.render();
        } catch (RuntimeException | LinkageError e) {
            // A broken VTK installation must not take the workbench down: show why instead.
            message = "The 3D view failed: " + e + "\nThe slice views keep working.";
            closeView();
            lastFrame = null;
        }
        return lastFrame;
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Point size = getSize();
        RgbaFrame frame = renderNow();
        if (frame == null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, 0, size.x, size.y);
            if (message != null) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawText(wrap(gc, message, size.x - 16), 8, 8, true);
            }
            return;
        }
        Image img = new Image(getDisplay(), FrameImages.imageData(frame));
        try {
            gc.drawImage(img, 0, 0);
        } finally {
            img.dispose();
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        gc.drawText("3D", 4, 2, true);
    }

    /** Breaks a message into lines that fit the width (the messages are long and the panel may be narrow). */
    static String wrap(GC gc, String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && gc.textExtent(candidate).x > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Picks the point under a pixel and moves the crosshair there; returns whether something was hit. */
    public boolean clickAt(int x, int y) {
        if (scene == null || view == null) {
            return false;
        }
        double[] world = view.pick(x, y);
        if (world == null) {
            return false;
        }
        scene.setCrosshair(world);
        scene.inspect(world).ifPresent(inspected);
        return true;
    }

    private void mouseDown(Event e) {
        dragStart = new Point(e.x, e.y);
        pressedAt = dragStart;
        dragButton = e.button;
    }

    private void mouseMove(Event e) {
        if (scene == null || dragButton == 0) {
            return;
        }
        int dx = e.x - dragStart.x;
        int dy = e.y - dragStart.y;
        Camera cam = scene.camera();
        if (dragButton == 2 || (dragButton == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
            double mm = cam.mmPerPixel(Math.max(1, getSize().y));
            cam.pan(-dx * mm, dy * mm);
        } else if (dragButton == 1) {
            cam.azimuth(-dx * 0.5);
            cam.elevation(dy * 0.5);
        } else if (dragButton == 3) {
            cam.zoom(Math.pow(1.01, -dy));
        }
        dragStart = new Point(e.x, e.y);
        scene.cameraChanged();
    }

    private void mouseUp(Event e) {
        if (dragButton == 1 && pressedAt != null && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) < 3) {
            clickAt(e.x, e.y);
        }
        dragButton = 0;
    }

    private void wheel(Event e) {
        if (scene == null) {
            return;
        }
        scene.camera().zoom(e.count > 0 ? 1.1 : 1 / 1.1);
        scene.cameraChanged();
        e.doit = false;
    }
}
