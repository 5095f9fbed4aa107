package org.radwb.viewer.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SliceProjection;
import org.radwb.viewer.SliceRenderer;
import org.radwb.viewer.ViewKind;
import org.radwb.viewer.VoxelInspection;
import org.radwb.viewer.render.RgbaFrame;

/**
 * One slice view (axial, coronal or sagittal), drawn in plain Java. Left click/drag moves the crosshair and inspects
 * the voxel, the wheel scrolls slices (Ctrl+wheel zooms), right drag sets window/level, middle drag pans.
 */
public final class SliceCanvas extends Canvas {

    private final ViewKind view;
    private final Consumer<VoxelInspection> inspected;
    private Scene scene;
    private RgbaFrame lastFrame;
    private Point dragStart;
    private int dragButton;

    /** A slice canvas reporting clicked voxels to {@code inspected}. */
    public SliceCanvas(Composite parent, ViewKind view, Consumer<VoxelInspection> inspected) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.view = view;
        this.inspected = inspected;
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, e -> dragButton = 0);
        addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    public ViewKind view() {
        return view;
    }

    /** Shows a scene (null clears the view). */
    public void setScene(Scene scene) {
        this.scene = scene;
        redraw();
    }

    /** The frame painted last (for tests and PNG export), or null before the first paint. */
    public RgbaFrame lastFrame() {
        return lastFrame;
    }

    /** Renders the current scene at the canvas size (also used for export). */
    public RgbaFrame renderNow() {
        Point size = getSize();
        lastFrame = SliceRenderer.render(scene, view, Math.max(1, size.x), Math.max(1, size.y));
        return lastFrame;
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Point size = getSize();
        if (scene == null || size.x <= 0 || size.y <= 0) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, size.x, size.y);
            return;
        }
        Image img = new Image(getDisplay(), FrameImages.imageData(renderNow()));
        try {
            gc.drawImage(img, 0, 0);
        } finally {
            img.dispose();
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        gc.drawText(label(), 4, 2, true);
    }

    private String label() {
        return switch (view) {
            case AXIAL -> "Axial  (R | L)";
            case CORONAL -> "Coronal  (R | L)";
            case SAGITTAL -> "Sagittal  (A | P)";
            default -> view.name();
        };
    }

    /** Moves the crosshair to a pixel and reports the voxel there. */
    public void clickAt(int x, int y) {
        if (scene == null) {
            return;
        }
        Point size = getSize();
        SliceProjection p = new SliceProjection(scene, view, Math.max(1, size.x), Math.max(1, size.y));
        double[] world = p.pixelToWorld(x, y);
        scene.setCrosshair(world);
        scene.inspect(world).ifPresent(inspected);
    }

    private void mouseDown(Event e) {
        dragStart = new Point(e.x, e.y);
        dragButton = e.button;
        if (e.button == 1) {
            clickAt(e.x, e.y);
        }
    }

    private void mouseMove(Event e) {
        if (scene == null || dragButton == 0) {
            return;
        }
        int dx = e.x - dragStart.x;
        int dy = e.y - dragStart.y;
        if (dragButton == 1) {
            clickAt(e.x, e.y);
        } else if (dragButton == 3) {
            scene.setWindowLevel(scene.windowLevel().dragged(dx, dy, scene.windowDragSensitivity()));
        } else if (dragButton == 2) {
            Point size = getSize();
            double mm = new SliceProjection(scene, view, Math.max(1, size.x), Math.max(1, size.y)).mmPerPixel();
            double[] c = scene.sliceCentre();
            double[] r = view.right();
            double[] d = view.down();
            for (int a = 0; a < 3; a++) {
                c[a] -= (r[a] * dx + d[a] * dy) * mm;
            }
            scene.setSliceCentre(c);
        }
        dragStart = new Point(e.x, e.y);
    }

    private void wheel(Event e) {
        if (scene == null) {
            return;
        }
        if ((e.stateMask & SWT.CTRL) != 0) {
            scene.zoomSlices(e.count > 0 ? 1.15 : 1 / 1.15);
        } else {
            scene.scrollSlice(view, e.count > 0 ? 1 : -1);
        }
        e.doit = false;
    }
}
