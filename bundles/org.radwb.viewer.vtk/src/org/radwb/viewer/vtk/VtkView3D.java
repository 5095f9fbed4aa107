package org.radwb.viewer.vtk;

import java.util.ArrayList;
import java.util.List;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.viewer.Camera;
import org.radwb.viewer.LabelStyle;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SceneListener;
import org.radwb.viewer.WindowLevel;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.viewer.render.View3D;

import vtk.vtkActor;
import vtk.vtkCamera;
import vtk.vtkCellPicker;
import vtk.vtkDiscreteFlyingEdges3D;
import vtk.vtkImageActor;
import vtk.vtkImageData;
import vtk.vtkImageStack;
import vtk.vtkLookupTable;
import vtk.vtkMatrix4x4;
import vtk.vtkPolyDataMapper;
import vtk.vtkRenderWindow;
import vtk.vtkRenderer;
import vtk.vtkColorTransferFunction;
import vtk.vtkPiecewiseFunction;
import vtk.vtkSmartVolumeMapper;
import vtk.vtkUnsignedCharArray;
import vtk.vtkVolume;
import vtk.vtkVolumeProperty;
import vtk.vtkWindowedSincPolyDataFilter;

/**
 * The VTK 3D view: an offscreen render window (no native window, so it embeds in any toolkit as pixels) showing
 * the three index-space planes through the crosshair voxel, each with the label overlay layered on top, and the
 * lesion surfaces (discrete flying edges, optional windowed-sinc smoothing) in the label colours.
 *
 * <p>Speed on Mesa llvmpipe comes from two measured choices: no multisampling (8x MSAA cost 4x the frame time) and
 * image actors that window the float image in the texture path instead of a shared colour-mapping filter (which
 * also crashed VTK 9.1 when three actors requested different extents of its output).
 */
final class VtkView3D implements View3D, SceneListener {

    private static final double[] BACKGROUND = { 0.08, 0.09, 0.12 };

    private final Scene scene;
    private final vtkRenderWindow window = new vtkRenderWindow();
    private final vtkRenderer renderer = new vtkRenderer();
    private final vtkUnsignedCharArray pixels = new vtkUnsignedCharArray();
    private final vtkMatrix4x4 indexToWorld; // the reference grid: mask overlay and surfaces
    private vtkMatrix4x4 planeMatrix; // the grid of the series shown
    private vtkImageData image;
    private int shownSeries = -1;
    private final vtkImageActor[] planes = new vtkImageActor[3];
    private final vtkImageActor[] overlays = new vtkImageActor[3];
    private final vtkImageStack[] stacks = new vtkImageStack[3];
    private final List<vtkActor> surfaces = new ArrayList<>();
    private vtkImageData labelImage;
    private vtkVolume volume;
    private vtkLookupTable overlayColours;
    private vtkLookupTable surfaceColours;
    private int width;
    private int height;

    VtkView3D(Scene scene, int width, int height) {
        this.scene = scene;
        this.width = width;
        this.height = height;
        Geometry g = scene.geometry();
        indexToWorld = VtkImages.indexToWorld(g);
        window.SetOffScreenRendering(1);
        window.SetMultiSamples(0);
        window.SetSize(width, height);
        window.AddRenderer(renderer);
        renderer.SetBackground(BACKGROUND);
        for (int axis = 0; axis < 3; axis++) {
            planes[axis] = new vtkImageActor();
            planes[axis].GetProperty().SetInterpolationTypeToLinear();
            stacks[axis] = new vtkImageStack();
            stacks[axis].AddImage(planes[axis]);
            renderer.AddViewProp(stacks[axis]);
        }
        showSeries();
        applyWindow();
        rebuildLabels();
        placePlanes();
        scene.addListener(this);
    }

    @Override
    public void sceneChanged(Scene s, Change change) {
        switch (change) {
            case WINDOW -> applyWindow();
            case CROSSHAIR -> placePlanes();
            case LABELS -> {
                rebuildLabels();
                placePlanes();
            }
            case SERIES -> {
                if (scene.activeIndex() != shownSeries) {
                    showSeries();
                    rebuildLabels(); // the overlay layer only sits on the reference grid's planes
                    removeVolume();
                    applyWindow();
                    updateVolume();
                    placePlanes();
                }
            }
            case STYLE -> {
                rebuildLabels();
                placePlanes();
                updateVolume();
            }
            default -> {
                // camera and slice-view changes are read at render time
            }
        }
    }

    /** Feeds the planes with the series shown, placed by its own grid (series line up by world geometry). */
    private void showSeries() {
        shownSeries = scene.activeIndex();
        image = VtkImages.intensities(scene.activeSeries().volume());
        planeMatrix = VtkImages.indexToWorld(scene.activeSeries().volume().geometry());
        for (vtkImageActor a : planes) {
            a.GetMapper().SetInputData(image);
            a.SetUserMatrix(planeMatrix);
        }
    }

    /**
     * Volume rendering of the series shown (optional, off by default): grey ray casting whose opacity ramps over the
     * current window, so the window/level controls also shape the rendering.
     */
    private void updateVolume() {
        if (!scene.volumeRendering()) {
            removeVolume();
            return;
        }
        if (volume == null) {
            vtkSmartVolumeMapper mapper = new vtkSmartVolumeMapper();
            mapper.SetInputData(image);
            mapper.SetRequestedRenderModeToDefault(); // GPU when there is one, CPU ray casting otherwise
            volume = new vtkVolume();
            volume.SetMapper(mapper);
            volume.SetUserMatrix(planeMatrix);
            renderer.AddVolume(volume);
        }
        WindowLevel wl = scene.windowLevel();
        vtkColorTransferFunction grey = new vtkColorTransferFunction();
        grey.AddRGBPoint(wl.lower(), 0, 0, 0);
        grey.AddRGBPoint(wl.upper(), 1, 1, 1);
        vtkPiecewiseFunction opacity = new vtkPiecewiseFunction();
        opacity.AddPoint(wl.lower(), 0);
        opacity.AddPoint(wl.upper(), 0.2);
        vtkVolumeProperty property = new vtkVolumeProperty();
        property.SetColor(grey);
        property.SetScalarOpacity(opacity);
        property.SetInterpolationTypeToLinear();
        volume.SetProperty(property);
    }

    private void removeVolume() {
        if (volume != null) {
            renderer.RemoveVolume(volume);
            volume = null;
        }
    }

    private void applyWindow() {
        if (volume != null) {
            updateVolume();
        }
        WindowLevel wl = scene.windowLevel();
        for (vtkImageActor a : planes) {
            a.GetProperty().SetColorWindow(wl.window());
            a.GetProperty().SetColorLevel(wl.level());
        }
    }

    /** Rebuilds the overlay layers and the surfaces from the label map and its style. */
    private void rebuildLabels() {
        for (int axis = 0; axis < 3; axis++) {
            if (overlays[axis] != null) {
                stacks[axis].RemoveImage(overlays[axis]);
                overlays[axis] = null;
            }
        }
        for (vtkActor a : surfaces) {
            renderer.RemoveActor(a);
        }
        surfaces.clear();
        LabelMap labels = scene.labels().orElse(null);
        if (labels == null) {
            labelImage = null;
            return;
        }
        LabelStyle style = scene.labelStyle();
        // Label values only (one fast pass), not the lesion list: its diameters may still be computing elsewhere.
        List<Integer> lesions = labels.labelList();
        int maxLabel = lesions.stream().mapToInt(Integer::intValue).max().orElse(0);
        labelImage = VtkImages.labels(labels);
        overlayColours = colours(lesions, maxLabel, style, 1.0, true);
        if (style.overlayVisible() && scene.activeIndex() == 0) {
            for (int axis = 0; axis < 3; axis++) {
                vtkImageActor o = new vtkImageActor();
                o.GetMapper().SetInputData(labelImage);
                o.GetProperty().SetLookupTable(overlayColours);
                o.GetProperty().UseLookupTableScalarRangeOn();
                o.GetProperty().SetInterpolationTypeToNearest();
                o.GetProperty().SetOpacity(style.overlayOpacity());
                o.GetProperty().SetLayerNumber(1);
                o.SetUserMatrix(indexToWorld);
                overlays[axis] = o;
                stacks[axis].AddImage(o);
            }
        }
        if (style.surfacesVisible() && !lesions.isEmpty()) {
            surfaceColours = colours(lesions, maxLabel, style, 1.0, false);
            vtkDiscreteFlyingEdges3D edges = new vtkDiscreteFlyingEdges3D();
            edges.SetInputData(labelImage);
            edges.SetNumberOfContours(lesions.size());
            for (int n = 0; n < lesions.size(); n++) {
                edges.SetValue(n, lesions.get(n));
            }
            edges.ComputeScalarsOn();
            edges.ComputeNormalsOn();
            vtkPolyDataMapper mapper = new vtkPolyDataMapper();
            if (style.smoothSurfaces()) {
                vtkWindowedSincPolyDataFilter smooth = new vtkWindowedSincPolyDataFilter();
                smooth.SetInputConnection(edges.GetOutputPort());
                smooth.SetNumberOfIterations(15);
                smooth.SetPassBand(0.1);
                smooth.NonManifoldSmoothingOn();
                smooth.NormalizeCoordinatesOn();
                mapper.SetInputConnection(smooth.GetOutputPort());
            } else {
                mapper.SetInputConnection(edges.GetOutputPort());
            }
            mapper.SetLookupTable(surfaceColours);
            mapper.SetScalarRange(0, maxLabel);
            mapper.SetColorModeToMapScalars(); // label scalars would otherwise be drawn as black
            mapper.ScalarVisibilityOn();
            vtkActor actor = new vtkActor();
            actor.SetMapper(mapper);
            actor.SetUserMatrix(indexToWorld);
            actor.GetProperty().SetSpecular(0.3);
            renderer.AddActor(actor);
            surfaces.add(actor);
        }
    }

    /** A lookup table 0..maxLabel with each lesion's colour; background transparent for overlays. */
    private static vtkLookupTable colours(List<Integer> lesions, int maxLabel, LabelStyle style, double alpha,
            boolean transparentBackground) {
        vtkLookupTable lut = new vtkLookupTable();
        lut.SetNumberOfTableValues(maxLabel + 1);
        lut.SetTableRange(0, maxLabel);
        for (int l = 0; l <= maxLabel; l++) {
            lut.SetTableValue(l, 0, 0, 0, transparentBackground ? 0 : 1);
        }
        for (int label : lesions) {
            int rgb = style.colour(label);
            lut.SetTableValue(label, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, alpha);
        }
        lut.Build();
        return lut;
    }

    /** Puts the three planes through the crosshair's voxel (index space, so they follow the acquisition). */
    private void placePlanes() {
        double[] c = scene.crosshair();
        Geometry shown = scene.activeSeries().volume().geometry();
        for (int axis = 0; axis < 3; axis++) {
            int[] e = planeExtent(shown, c, axis);
            planes[axis].SetDisplayExtent(e[0], e[1], e[2], e[3], e[4], e[5]);
            if (overlays[axis] != null) {
                int[] o = planeExtent(scene.geometry(), c, axis);
                overlays[axis].SetDisplayExtent(o[0], o[1], o[2], o[3], o[4], o[5]);
            }
        }
    }

    /** The display extent of the index plane of one axis through the voxel nearest to a world point. */
    private static int[] planeExtent(Geometry g, double[] world, int axis) {
        double[] idx = g.worldToIndex(world[0], world[1], world[2]);
        int[] n = g.dims();
        int[] e = { 0, n[0] - 1, 0, n[1] - 1, 0, n[2] - 1 };
        int at = (int) Math.max(0, Math.min(n[axis] - 1, Math.round(idx[axis])));
        e[2 * axis] = at;
        e[2 * axis + 1] = at;
        return e;
    }

    private void applyCamera() {
        Camera c = scene.camera();
        vtkCamera v = renderer.GetActiveCamera();
        v.SetViewAngle(Camera.VIEW_ANGLE);
        v.SetFocalPoint(c.focalPoint());
        v.SetPosition(c.position());
        v.SetViewUp(c.viewUp());
        renderer.ResetCameraClippingRange();
        // With a lesion selected, cut away whatever lies between the camera and it (other lesions, planes).
        scene.selectedLabel().flatMap(l -> scene.lesions().stream().filter(s -> s.label() == l).findFirst()).ifPresent(s -> {
            double margin = Math.max(s.largestDiameterMm(), 10);
            double near = c.distance() - margin;
            double[] range = v.GetClippingRange();
            if (near > range[0] && near < range[1]) {
                v.SetClippingRange(near, range[1]);
            }
        });
    }

    @Override
    public RgbaFrame render() {
        applyCamera();
        window.Render();
        window.GetRGBACharPixelData(0, 0, width - 1, height - 1, 0, pixels, 0);
        byte[] bottomUp = pixels.GetJavaArray();
        byte[] topDown = new byte[bottomUp.length];
        int row = width * 4;
        for (int y = 0; y < height; y++) { // OpenGL rows start at the bottom
            System.arraycopy(bottomUp, (height - 1 - y) * row, topDown, y * row, row);
        }
        return new RgbaFrame(width, height, topDown);
    }

    @Override
    public void resize(int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("3D view size must be at least 1x1, got " + w + "x" + h);
        }
        width = w;
        height = h;
        window.SetSize(w, h);
    }

    @Override
    public double[] pick(int x, int y) {
        applyCamera();
        vtkCellPicker picker = new vtkCellPicker();
        picker.SetTolerance(0.0005);
        if (picker.Pick(x, height - 1 - y, 0, renderer) == 0) {
            return null;
        }
        return picker.GetPickPosition();
    }

    @Override
    public void close() {
        scene.removeListener(this);
        renderer.RemoveAllViewProps();
        window.Finalize();
    }

    /** Number of surface triangles drawn (for the bench report). */
    long surfaceTriangles() {
        long n = 0;
        for (vtkActor a : surfaces) {
            a.GetMapper().Update();
            n += ((vtkPolyDataMapper) a.GetMapper()).GetInput().GetNumberOfPolys();
        }
        return n;
    }
}
