package org.radwb.viewer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;
import org.radwb.viewer.LesionSummary;
import org.radwb.viewer.Scene;
import org.radwb.viewer.SceneListener;
import org.radwb.viewer.ViewKind;
import org.radwb.viewer.VoxelInspection;
import org.radwb.viewer.WindowLevelPreset;
import org.radwb.viewer.render.RenderBackend;
import org.radwb.viewer.render.RgbaFrame;
import org.radwb.viewer.ui.internal.RenderBackends;
import org.radwb.viewer.ui.internal.SliceCanvas;
import org.radwb.viewer.ui.internal.View3DCanvas;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The viewer part: a 3D view and the axial, coronal and sagittal slice views of one image with its mask, a lesion
 * list, window/level presets, overlay and surface controls and a status line with the inspected voxel. Files are
 * read in a background job; every problem (unreadable file, mask on another grid, not enough memory) becomes a
 * message in the part, never a crash. Plain e4 POJO: the 3D renderer is found as an OSGi service.
 */
public final class ViewerPart {

    /** The part descriptor contributed by this bundle's fragment.e4xmi. */
    public static final String DESCRIPTOR_ID = "org.radwb.viewer.ui.partdescriptor.viewer";

    private final RenderBackend backend;
    private MPart part;
    private Composite root;
    private View3DCanvas view3d;
    private SliceCanvas[] slices;
    private Table lesionTable;
    private Label status;
    private Label message;
    private Combo presets;
    private Scale opacity;
    private Button surfaces;
    private Button smooth;
    private Button volumeRendering;
    private Combo seriesCombo;
    private Combo blendCombo;
    private Scale blendScale;
    private Button addSeries;
    private Scene scene;
    private Job loading;
    private Integer pendingSelection;
    private final SceneListener redraw = (s, change) -> redrawAll();

    /** For the workbench: the render backend comes from the OSGi service registry (absent without VTK). */
    @Inject
    public ViewerPart(MPart part) {
        this(RenderBackends.find().orElse(null));
        this.part = part;
    }

    /** For tests and embedding: an explicit backend, or null for none. */
    public ViewerPart(RenderBackend backend) {
        this.backend = backend;
    }

    /** Builds the widgets. */
    @PostConstruct
    public void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        message = new Label(root, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        message.setText("No image open. Use File > Open Image in Viewer..., or start with --open <image> [--mask <mask>].");

        Composite views = new Composite(root, SWT.NONE);
        views.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout grid = new GridLayout(2, true);
        grid.horizontalSpacing = 2;
        grid.verticalSpacing = 2;
        views.setLayout(grid);
        view3d = new View3DCanvas(views, backend, this::showInspection);
        view3d.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        slices = new SliceCanvas[3];
        ViewKind[] kinds = { ViewKind.AXIAL, ViewKind.CORONAL, ViewKind.SAGITTAL };
        for (int i = 0; i < 3; i++) {
            slices[i] = new SliceCanvas(views, kinds[i], this::showInspection);
            slices[i].setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        createSidePanel(root);
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1));
        status.setText("Click a voxel to see its coordinate, intensity and label.");
        setControlsEnabled(false);
    }

    private void createSidePanel(Composite parent) {
        Composite side = new Composite(parent, SWT.NONE);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, false, true);
        gd.widthHint = 300;
        side.setLayoutData(gd);
        side.setLayout(new GridLayout(2, false));
        new Label(side, SWT.NONE).setText("Series:");
        seriesCombo = new Combo(side, SWT.READ_ONLY);
        seriesCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seriesCombo.addListener(SWT.Selection, e -> {
            if (scene != null && seriesCombo.getSelectionIndex() >= 0) {
                scene.setActiveSeries(seriesCombo.getSelectionIndex());
                presets.select(scene.preset().ordinal());
            }
        });
        new Label(side, SWT.NONE).setText("Blend with:");
        blendCombo = new Combo(side, SWT.READ_ONLY);
        blendCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        blendCombo.addListener(SWT.Selection, e -> applyBlend());
        new Label(side, SWT.NONE).setText("Blend:");
        blendScale = new Scale(side, SWT.HORIZONTAL);
        blendScale.setMaximum(100);
        blendScale.setSelection(50);
        blendScale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        blendScale.addListener(SWT.Selection, e -> applyBlend());
        addSeries = new Button(side, SWT.PUSH);
        addSeries.setText("Add series...");
        addSeries.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        addSeries.addListener(SWT.Selection, e -> {
            org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(root.getShell(), SWT.OPEN);
            d.setText("Another series of this patient (placed by its world geometry)");
            d.setFilterExtensions(new String[] { "*.nii;*.nii.gz;*.nrrd;*.nhdr;*.hdr", "*" });
            String file = d.open();
            if (file != null) {
                addSeries(Path.of(file));
            }
        });
        new Label(side, SWT.NONE).setText("Window:");
        presets = new Combo(side, SWT.READ_ONLY);
        for (WindowLevelPreset p : WindowLevelPreset.values()) {
            presets.add(p.label());
        }
        presets.select(0);
        presets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        presets.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.applyPreset(WindowLevelPreset.values()[presets.getSelectionIndex()]);
            }
        });
        new Label(side, SWT.NONE).setText("Overlay:");
        opacity = new Scale(side, SWT.HORIZONTAL);
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(45);
        opacity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        opacity.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.labelStyle().setOverlayOpacity(opacity.getSelection() / 100.0);
                scene.styleChanged();
            }
        });
        surfaces = new Button(side, SWT.CHECK);
        surfaces.setText("Lesion surfaces");
        surfaces.setSelection(true);
        surfaces.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.labelStyle().setSurfacesVisible(surfaces.getSelection());
                scene.styleChanged();
            }
        });
        smooth = new Button(side, SWT.CHECK);
        smooth.setText("Smooth");
        smooth.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.labelStyle().setSmoothSurfaces(smooth.getSelection());
                scene.styleChanged();
            }
        });
        volumeRendering = new Button(side, SWT.CHECK);
        volumeRendering.setText("Volume rendering (slow without a GPU)");
        volumeRendering.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        volumeRendering.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.setVolumeRendering(volumeRendering.getSelection());
            }
        });
        Button reset = new Button(side, SWT.PUSH);
        reset.setText("Reset view");
        reset.addListener(SWT.Selection, e -> {
            if (scene != null) {
                scene.resetView();
                lesionTable.deselectAll();
            }
        });
        Button export = new Button(side, SWT.PUSH);
        export.setText("Export PNG...");
        export.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(root.getShell());
            d.setMessage("Folder for the four view images");
            String dir = d.open();
            if (dir != null) {
                try {
                    List<Path> files = exportPng(Path.of(dir));
                    status.setText("Saved " + files.size() + " images to " + dir);
                } catch (IOException ex) {
                    showMessage("Could not save the images to " + dir + ": " + ex.getMessage());
                }
            }
        });
        Label lesions = new Label(side, SWT.NONE);
        lesions.setText("Lesions (select to centre):");
        lesions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        lesionTable = new Table(side, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        lesionTable.setHeaderVisible(true);
        lesionTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String[] c : new String[][] { { "Label", "60" }, { "Volume (ml)", "90" }, { "Max diam. (mm)", "110" } }) {
            TableColumn col = new TableColumn(lesionTable, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        lesionTable.addListener(SWT.Selection, e -> {
            int i = lesionTable.getSelectionIndex();
            if (scene != null && i >= 0) {
                LesionSummary l = scene.selectLesion((Integer) lesionTable.getItem(i).getData());
                status.setText(l.describe());
            }
        });
    }

    private void applyBlend() {
        if (scene == null) {
            return;
        }
        int other = blendCombo.getSelectionIndex() - 1; // entry 0 is "none"
        scene.setBlend(other, blendScale.getSelection() / 100.0);
    }

    /**
     * Reads another series of the same patient in the background and adds it to the scene (placed by its world
     * geometry); returns the job.
     */
    public Job addSeries(Path file) {
        Display display = root.getDisplay();
        Job job = Job.create("Adding series " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                checkReadable(file, "series");
                Volume v = ImageIO.read(file);
                display.asyncExec(() -> {
                    if (scene != null && !root.isDisposed()) {
                        scene.addSeries(file.getFileName().toString(), v);
                        fillSeriesCombos();
                    }
                });
            } catch (IOException | IllegalArgumentException e) {
                display.asyncExec(() -> showMessage(e.getMessage()));
            } catch (OutOfMemoryError e) {
                display.asyncExec(() -> showMessage(tooLarge(file)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void fillSeriesCombos() {
        seriesCombo.removeAll();
        blendCombo.removeAll();
        blendCombo.add("none");
        for (org.radwb.viewer.Series s : scene.series()) {
            seriesCombo.add(s.name());
            blendCombo.add(s.name());
        }
        seriesCombo.select(scene.activeIndex());
        blendCombo.select(0);
        boolean several = scene.series().size() > 1;
        blendCombo.setEnabled(several);
        blendScale.setEnabled(several);
    }

    /** The series selector (tests switch series through it). */
    public Combo seriesCombo() {
        return seriesCombo;
    }

    private void setControlsEnabled(boolean enabled) {
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { presets, opacity, surfaces, smooth, volumeRendering,
                lesionTable, seriesCombo, blendCombo, blendScale, addSeries }) {
            c.setEnabled(enabled);
        }
    }

    /**
     * Reads the input's files in a background job (with progress and cancel) and shows them. Returns the job so
     * callers can wait for it.
     */
    public Job open(ViewerInput input) {
        if (loading != null) {
            loading.cancel();
        }
        if (part != null) {
            part.setLabel(input.title());
            part.setTooltip(input.image() + (input.mask() == null ? "" : "\nmask: " + input.mask()));
        }
        showMessage("Opening " + input.title() + " ...");
        Display display = root.getDisplay();
        loading = Job.create("Opening " + input.title(), (IProgressMonitor monitor) -> {
            monitor.beginTask("Opening " + input.title(), 3);
            Scene loaded;
            try {
                loaded = load(input, monitor);
            } catch (IOException | IllegalArgumentException e) {
                display.asyncExec(() -> showMessage(e.getMessage()));
                return Status.OK_STATUS; // reported in the part, not as an error dialog
            } catch (OutOfMemoryError e) {
                display.asyncExec(() -> showMessage(tooLarge(input.image())));
                return Status.OK_STATUS;
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (!root.isDisposed()) {
                    pendingSelection = input.selectLabel();
                    show(loaded);
                }
            });
            monitor.done();
            return Status.OK_STATUS;
        });
        loading.setUser(true);
        loading.schedule();
        return loading;
    }

    /** Reads image and mask and computes the lesion list (off the UI thread). */
    static Scene load(ViewerInput input, IProgressMonitor monitor) throws IOException {
        checkReadable(input.image(), "image");
        Volume image = ImageIO.read(input.image());
        monitor.worked(1);
        Scene scene = new Scene(input.image().getFileName().toString(), image);
        if (input.mask() != null) {
            checkReadable(input.mask(), "mask");
            LabelMap mask = ImageIO.readLabels(input.mask());
            scene.setLabels(input.mask().getFileName().toString(), mask);
            monitor.worked(1);
        }
        monitor.worked(1);
        return scene;
    }

    private static void checkReadable(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("The " + what + " file " + file.toAbsolutePath() + " does not exist.");
        }
    }

    /** The message for an image that does not fit in the heap. */
    static String tooLarge(Path image) {
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return String.format(Locale.ROOT, "The image %s is too large for the memory available to the workbench (%d MB heap)."
                + " The viewer keeps the volume as 32-bit floats (4 bytes a voxel) and a copy for the 3D view: start the"
                + " workbench with a larger -Xmx, or crop/resample the image.", image, max);
    }

    /** Shows a loaded scene (UI thread). */
    public void show(Scene newScene) {
        if (scene != null) {
            scene.removeListener(redraw);
        }
        scene = newScene;
        scene.addListener(redraw);
        view3d.setScene(scene);
        for (SliceCanvas s : slices) {
            s.setScene(scene);
        }
        presets.select(scene.preset().ordinal());
        scene.labelStyle().setOverlayOpacity(opacity.getSelection() / 100.0);
        scene.labelStyle().setSurfacesVisible(surfaces.getSelection());
        scene.labelStyle().setSmoothSurfaces(smooth.getSelection());
        scene.setVolumeRendering(volumeRendering.getSelection());
        lesionTable.removeAll();
        setControlsEnabled(true);
        fillSeriesCombos();
        computeLesionList(scene);
        String viewerNote = view3d.message() == null ? "" : "  (3D view unavailable, see its panel)";
        showMessage(scene.imageName() + (scene.maskName() == null ? "" : " + " + scene.maskName()) + "   "
                + scene.geometry() + viewerNote);
    }

    /**
     * Computes the lesion list in the background (atlas-sized masks take a few hundred ms) so the views draw first,
     * then fills the table and applies a pending selection.
     */
    private void computeLesionList(Scene shown) {
        if (shown.labels().isEmpty()) {
            return;
        }
        Display display = root.getDisplay();
        Job job = Job.create("Measuring lesions of " + shown.maskName(), (IProgressMonitor monitor) -> {
            shown.lesions();
            display.asyncExec(() -> {
                if (root.isDisposed() || scene != shown) {
                    return;
                }
                fillLesionTable();
                Integer select = pendingSelection;
                pendingSelection = null;
                if (select != null) {
                    try {
                        selectLesion(select);
                    } catch (IllegalArgumentException e) {
                        showMessage(e.getMessage());
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void fillLesionTable() {
        for (TableItem item : lesionTable.getItems()) {
            if (item.getImage() != null) {
                item.getImage().dispose();
            }
        }
        lesionTable.removeAll();
        for (LesionSummary l : scene.lesions()) {
            TableItem item = new TableItem(lesionTable, SWT.NONE);
            item.setData(l.label());
            item.setText(new String[] { Integer.toString(l.label()), String.format(Locale.ROOT, "%.3f", l.volumeMl()),
                    String.format(Locale.ROOT, "%.1f", l.largestDiameterMm()) });
            item.setImage(swatch(scene.labelStyle().colour(l.label())));
        }
    }

    private Image swatch(int rgb) {
        Display d = root.getDisplay();
        Image img = new Image(d, 12, 12);
        GC gc = new GC(img);
        Color c = new Color(d, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        gc.setBackground(c);
        gc.fillRectangle(0, 0, 12, 12);
        gc.dispose();
        return img;
    }

    /** Selects a lesion as if clicked in the list: all views centre and zoom on it. */
    public LesionSummary selectLesion(int label) {
        LesionSummary l = scene.selectLesion(label);
        for (int i = 0; i < lesionTable.getItemCount(); i++) {
            if (Integer.valueOf(label).equals(lesionTable.getItem(i).getData())) {
                lesionTable.setSelection(i);
            }
        }
        status.setText(l.describe());
        return l;
    }

    private void showInspection(VoxelInspection v) {
        status.setText(v.describe());
    }

    private void showMessage(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            root.layout(true, true);
        }
    }

    private void redrawAll() {
        if (root.isDisposed()) {
            return;
        }
        view3d.redraw();
        for (SliceCanvas s : slices) {
            s.redraw();
        }
    }

    /** Writes the four views as PNG files (3d.png, axial.png, coronal.png, sagittal.png) into a folder. */
    public List<Path> exportPng(Path dir) throws IOException {
        Files.createDirectories(dir);
        java.util.ArrayList<Path> files = new java.util.ArrayList<>();
        RgbaFrame f3 = view3d.renderNow();
        if (f3 != null) {
            Path p = dir.resolve("3d.png");
            f3.writePng(p);
            files.add(p);
        }
        for (SliceCanvas s : slices) {
            Path p = dir.resolve(s.view().name().toLowerCase(Locale.ROOT) + ".png");
            s.renderNow().writePng(p);
            files.add(p);
        }
        return files;
    }

    /** The scene shown, if any. */
    public Optional<Scene> scene() {
        return Optional.ofNullable(scene);
    }

    /** The text of the message line (what is open, or what went wrong). */
    public String messageText() {
        return message.getText();
    }

    /** The text of the status line (the inspected voxel or the selected lesion). */
    public String statusText() {
        return status.getText();
    }

    /** The 3D canvas (tests look at its frames and message). */
    public View3DCanvas view3d() {
        return view3d;
    }

    /** The slice canvas of a view. */
    public SliceCanvas slice(ViewKind kind) {
        for (SliceCanvas s : slices) {
            if (s.view() == kind) {
                return s;
            }
        }
        throw new IllegalArgumentException("No slice view " + kind);
    }

    /** The lesion list widget. */
    public Table lesionTable() {
        return lesionTable;
    }

    @Focus
    public void setFocus() {
        view3d.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (loading != null) {
            loading.cancel();
        }
        if (scene != null) {
            scene.removeListener(redraw);
        }
        if (lesionTable != null && !lesionTable.isDisposed()) {
            for (TableItem item : lesionTable.getItems()) {
                if (item.getImage() != null) {
                    item.getImage().dispose();
                }
            }
        }
    }
}
