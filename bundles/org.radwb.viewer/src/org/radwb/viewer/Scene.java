package org.radwb.viewer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

/**
 * Everything the viewer shows, independent of how it is drawn: one or more image series of a patient placed by their
 * world geometry (the first is the reference grid; one is shown, optionally blended with another), an optional label
 * map on the reference grid, window/level, label colours, the crosshair shared by all views, the slice
 * views' zoom and centre, the 3D camera and the selected lesion. Views listen and redraw; renderers (plain-Java
 * slices, VTK for 3D) read it. Not thread-safe: use it from one thread (the UI thread in the workbench).
 */
public final class Scene {

    /** Tolerance (mm, and for direction cosines) when checking that a mask lies on the image grid. */
    public static final double GRID_TOLERANCE = 1e-3;

    private final String imageName;
    private final Volume image;
    private final List<Series> series = new java.util.ArrayList<>();
    private int active;
    private int blendWith = -1;
    private double blend;
    private final LabelStyle labelStyle = new LabelStyle();
    private final Camera camera = new Camera();
    private final List<SceneListener> listeners = new CopyOnWriteArrayList<>();
    private String maskName;
    private LabelMap labels;
    private List<LesionSummary> lesions;
    private double[] crosshair;
    private double[] sliceCentre;
    private double sliceFieldOfView;
    private Integer selectedLabel;
    private boolean volumeRendering;

    /**
     * A scene showing an image with the automatic window, the crosshair at the image centre and the camera framing
     * the whole volume.
     *
     * @param imageName shown in messages (usually the file name)
     * @param image     the volume
     */
    public Scene(String imageName, Volume image) {
        this.imageName = imageName;
        this.image = image;
        this.series.add(new Series(imageName, image));
        resetView();
    }

    public String imageName() {
        return imageName;
    }

    /** The reference image (the first series): its grid carries the mask, the crosshair limits and the 3D frame. */
    public Volume image() {
        return image;
    }

    /** The reference grid. */
    public Geometry geometry() {
        return image.geometry();
    }

    /** Foreground intensity statistics of the series shown (for presets and drag sensitivity). */
    public IntensityStatistics statistics() {
        return activeSeries().statistics();
    }

    /** All series, the reference first. */
    public List<Series> series() {
        return List.copyOf(series);
    }

    /**
     * Adds another series of the same patient (any grid: it is placed by its world geometry) and returns its index.
     */
    public int addSeries(String name, Volume volume) {
        series.add(new Series(name, volume));
        fire(SceneListener.Change.SERIES);
        return series.size() - 1;
    }

    /** The series shown in the views. */
    public Series activeSeries() {
        return series.get(active);
    }

    /** Index of the series shown. */
    public int activeIndex() {
        return active;
    }

    /** Switches the series shown (window/level follow: each series keeps its own). */
    public void setActiveSeries(int index) {
        checkSeries(index);
        active = index;
        fire(SceneListener.Change.SERIES);
        fire(SceneListener.Change.WINDOW);
    }

    /**
     * Blends another series over the one shown in the slice views: {@code fraction} 0 shows only the active series,
     * 1 only the other one (each with its own window). Use -1 to stop blending.
     */
    public void setBlend(int otherIndex, double fraction) {
        if (otherIndex >= 0) {
            checkSeries(otherIndex);
        }
        blendWith = otherIndex;
        blend = Math.max(0, Math.min(1, fraction));
        fire(SceneListener.Change.SERIES);
    }

    /** The blended series, if any. */
    public Optional<Series> blendSeries() {
        return blendWith < 0 || blendWith == active ? Optional.empty() : Optional.of(series.get(blendWith));
    }

    /** Weight of the blended series (0..1). */
    public double blendFraction() {
        return blend;
    }

    private void checkSeries(int index) {
        if (index < 0 || index >= series.size()) {
            throw new IllegalArgumentException("Series " + index + " does not exist; the scene has " + series.size()
                    + " series: " + series.stream().map(Series::name).toList());
        }
    }

    public Optional<LabelMap> labels() {
        return Optional.ofNullable(labels);
    }

    public String maskName() {
        return maskName;
    }

    /**
     * Shows a label map over the image.
     *
     * @throws GeometryMismatchException naming both geometries if the mask is not on the image's grid
     */
    public void setLabels(String maskName, LabelMap mask) {
        if (mask != null && !mask.geometry().sameGrid(image.geometry(), GRID_TOLERANCE)) {
            throw new GeometryMismatchException(imageName, image.geometry(), maskName, mask.geometry());
        }
        this.maskName = maskName;
        this.labels = mask;
        this.lesions = null;
        this.selectedLabel = null;
        fire(SceneListener.Change.LABELS);
    }

    /**
     * The lesion list (one entry per label), computed on first use and cached (synchronized, so a background job
     * may compute it while the views already draw). Empty without a mask.
     */
    public synchronized List<LesionSummary> lesions() {
        if (labels == null) {
            return List.of();
        }
        if (lesions == null) {
            lesions = List.copyOf(LesionAnalyzer.analyze(labels));
        }
        return lesions;
    }

    public LabelStyle labelStyle() {
        return labelStyle;
    }

    /** Whether the 3D view also ray-casts the whole volume (off by default: ~3 fps without a GPU). */
    public boolean volumeRendering() {
        return volumeRendering;
    }

    /** Switches volume rendering in the 3D view on or off. */
    public void setVolumeRendering(boolean on) {
        volumeRendering = on;
        fire(SceneListener.Change.STYLE);
    }

    /** Tells the views that colours, opacity or visibility in {@link #labelStyle()} changed. */
    public void styleChanged() {
        fire(SceneListener.Change.STYLE);
    }

    /** The window of the series shown. */
    public WindowLevel windowLevel() {
        return activeSeries().windowLevel();
    }

    /** The preset last applied to the series shown (the window may have been dragged since). */
    public WindowLevelPreset preset() {
        return activeSeries().preset();
    }

    /** Sets the window of the series shown. */
    public void setWindowLevel(WindowLevel wl) {
        activeSeries().setWindowLevel(wl);
        fire(SceneListener.Change.WINDOW);
    }

    /** Applies a percentile preset to the series shown. */
    public void applyPreset(WindowLevelPreset p) {
        activeSeries().applyPreset(p);
        fire(SceneListener.Change.WINDOW);
    }

    /** Intensity units per pixel of mouse drag: a full window change over about 500 pixels. */
    public double windowDragSensitivity() {
        IntensityStatistics statistics = statistics();
        double range = statistics.percentile(99.5) - statistics.percentile(0.5);
        return range > 0 ? range / 500 : 1;
    }

    /** A copy of the crosshair (LPS mm): where the three slice planes cross. */
    public double[] crosshair() {
        return crosshair.clone();
    }

    /** Moves the crosshair (clamped into the volume) and so the slice planes of all views. */
    public void setCrosshair(double[] world) {
        this.crosshair = clampToVolume(world);
        fire(SceneListener.Change.CROSSHAIR);
    }

    /** Moves the slice of a view by whole voxels along its normal (mouse wheel). */
    public void scrollSlice(ViewKind view, int steps) {
        if (!view.isSlice()) {
            throw new IllegalArgumentException("Only slice views scroll, not " + view);
        }
        double[] c = crosshair();
        c[view.normalAxis()] += steps * stepAlong(view.normalAxis());
        setCrosshair(c);
    }

    /** The voxel spacing along a world axis: the spacing of the index axis most aligned with it. */
    public double stepAlong(int worldAxis) {
        Geometry g = image.geometry();
        double[] d = g.direction();
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (Math.abs(d[worldAxis * 3 + c]) > Math.abs(d[worldAxis * 3 + best])) {
                best = c;
            }
        }
        return g.spacing(best);
    }

    /** A copy of the world point the slice views are centred on. */
    public double[] sliceCentre() {
        return sliceCentre.clone();
    }

    /** Millimetres spanned by the shorter side of each slice view. */
    public double sliceFieldOfView() {
        return sliceFieldOfView;
    }

    /** Zooms the slice views (factor &gt; 1 zooms in), keeping their centre. */
    public void zoomSlices(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("Zoom factor must be > 0, got " + factor);
        }
        sliceFieldOfView = Math.max(2, Math.min(sliceFieldOfView / factor, 4 * radius()));
        fire(SceneListener.Change.SLICE_VIEW);
    }

    /** Moves the centre of the slice views. */
    public void setSliceCentre(double[] world) {
        sliceCentre = world.clone();
        fire(SceneListener.Change.SLICE_VIEW);
    }

    /** The 3D camera; call {@link #cameraChanged()} after changing it. */
    public Camera camera() {
        return camera;
    }

    /** Tells the 3D view that the camera moved. */
    public void cameraChanged() {
        fire(SceneListener.Change.CAMERA);
    }

    public Optional<Integer> selectedLabel() {
        return Optional.ofNullable(selectedLabel);
    }

    /**
     * Selects a lesion: the crosshair goes to its centroid, the slice views centre on it and zoom to about three
     * lesion diameters, and the 3D camera looks at it from its current direction at a distance that frames it.
     *
     * @throws IllegalArgumentException naming the labels present if the label is not in the mask
     */
    public LesionSummary selectLesion(int label) {
        LesionSummary lesion = lesions().stream().filter(l -> l.label() == label).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Label " + label + " is not in the mask " + maskName
                        + "; labels present: " + lesions().stream().map(LesionSummary::label).toList()));
        double size = Math.max(lesion.largestDiameterMm(), 10); // tiny lesions still get some context
        selectedLabel = label;
        crosshair = clampToVolume(lesion.centroid());
        sliceCentre = lesion.centroid().clone();
        sliceFieldOfView = Math.max(3 * size, 30);
        camera.focusOn(lesion.centroid(), 1.5 * size);
        fire(SceneListener.Change.SELECTION);
        fire(SceneListener.Change.CROSSHAIR);
        fire(SceneListener.Change.SLICE_VIEW);
        fire(SceneListener.Change.CAMERA);
        return lesion;
    }

    /** Back to the whole volume: crosshair at the centre, slices unzoomed, camera framing everything. */
    public void resetView() {
        double[] c = centre();
        crosshair = c;
        sliceCentre = c.clone();
        sliceFieldOfView = 2 * radius();
        camera.frame(c, radius());
        selectedLabel = null;
        fire(SceneListener.Change.CROSSHAIR);
        fire(SceneListener.Change.SLICE_VIEW);
        fire(SceneListener.Change.CAMERA);
    }

    /** World centre of the volume (mm). */
    public double[] centre() {
        Geometry g = image.geometry();
        return g.indexToWorld((g.nx() - 1) / 2.0, (g.ny() - 1) / 2.0, (g.nz() - 1) / 2.0);
    }

    /** Half the world diagonal of the volume (mm): the radius of a sphere holding it. */
    public double radius() {
        Geometry g = image.geometry();
        double[] a = g.indexToWorld(-0.5, -0.5, -0.5);
        double[] b = g.indexToWorld(g.nx() - 0.5, g.ny() - 0.5, g.nz() - 0.5);
        return Camera.norm(Camera.sub(b, a)) / 2;
    }

    /**
     * The voxel of the series shown nearest to a world point (index, centre, intensity) with the mask's label at that
     * point, or empty when the point is outside that series.
     */
    public Optional<VoxelInspection> inspect(double[] world) {
        Volume v = activeSeries().volume();
        Geometry g = v.geometry();
        double[] idx = g.worldToIndex(world[0], world[1], world[2]);
        int i = (int) Math.round(idx[0]);
        int j = (int) Math.round(idx[1]);
        int k = (int) Math.round(idx[2]);
        if (!g.contains(i, j, k)) {
            return Optional.empty();
        }
        if (active == 0) {
            return Optional.of(inspect(i, j, k));
        }
        double[] centre = g.indexToWorld(i, j, k);
        return Optional.of(new VoxelInspection(new int[] { i, j, k }, centre, v.get(i, j, k), labelAt(centre)));
    }

    /** The mask label at a world point (0 outside the mask or without one). */
    public int labelAt(double[] world) {
        if (labels == null) {
            return 0;
        }
        Geometry g = labels.geometry();
        double[] idx = g.worldToIndex(world[0], world[1], world[2]);
        int i = (int) Math.round(idx[0]);
        int j = (int) Math.round(idx[1]);
        int k = (int) Math.round(idx[2]);
        return g.contains(i, j, k) ? labels.get(i, j, k) : 0;
    }

    /** The voxel of the reference image at an index (must be inside the reference grid). */
    public VoxelInspection inspect(int i, int j, int k) {
        Geometry g = image.geometry();
        if (!g.contains(i, j, k)) {
            throw new IllegalArgumentException("Voxel (" + i + ", " + j + ", " + k + ") is outside " + g);
        }
        int label = labels == null ? 0 : labels.get(i, j, k);
        return new VoxelInspection(new int[] { i, j, k }, g.indexToWorld(i, j, k), image.get(i, j, k), label);
    }

    public void addListener(SceneListener l) {
        listeners.add(l);
    }

    public void removeListener(SceneListener l) {
        listeners.remove(l);
    }

    private void fire(SceneListener.Change change) {
        for (SceneListener l : listeners) {
            l.sceneChanged(this, change);
        }
    }

    /** Keeps a point inside the world bounding box of the voxel centres, so slices never go empty. */
    private double[] clampToVolume(double[] world) {
        Geometry g = image.geometry();
        double[] idx = g.worldToIndex(world[0], world[1], world[2]);
        boolean inside = true;
        int[] n = g.dims();
        for (int a = 0; a < 3; a++) {
            double clamped = Math.max(0, Math.min(n[a] - 1, idx[a]));
            inside &= clamped == idx[a];
            idx[a] = clamped;
        }
        return inside ? world.clone() : g.indexToWorld(idx[0], idx[1], idx[2]);
    }
}
