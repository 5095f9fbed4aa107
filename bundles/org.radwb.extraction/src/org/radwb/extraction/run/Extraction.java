package org.radwb.extraction.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pipeline.IbsiExtractor;
import org.radwb.extraction.pipeline.IbsiSettings;
import org.radwb.extraction.pyradiomics.PyRadiomicsExtractor;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.SparseLabels;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.HashedRead;
import org.radwb.imaging.io.ImageIO;
import org.radwb.imaging.io.VoxelType;

/**
 * The one entry point the CLI, the batch runner and the workbench use: reads the files, selects the label(s),
 * runs the chosen mode and returns one {@link CaseResult} per label. Failures of a label become a result with an
 * error message (a batch never stops on one bad case).
 */
public final class Extraction {

    private Extraction() {
    }

    /** Which labels of the mask to process. */
    public record Labels(boolean all, int label) {
        public static Labels of(int label) {
            return new Labels(false, label);
        }

        public static Labels everyLabel() {
            return new Labels(true, 0);
        }
    }

    /**
     * Runs one (image, mask) pair; a file that cannot be read gives one failed result (label as requested, or 0
     * for all labels).
     */
    public static List<CaseResult> run(Path imageFile, Path maskFile, Labels labels, ParameterFile params, Mode mode) {
        return run(imageFile, null, maskFile, labels, params, mode);
    }

    /** An image read once and shared by several cases (e.g. the lesions of one patient in a batch). */
    public record LoadedImage(Volume volume, String sha256, VoxelType type) {
        public static LoadedImage read(Path file) throws IOException {
            HashedRead<Volume> r = ImageIO.readHashed(file); // one pass: the SHA-256 is of the same bytes the voxels came from
            return new LoadedImage(r.value(), r.sha256(), r.type());
        }
    }

    /** As {@link #run(Path, Path, Labels, ParameterFile, Mode)} with the image already read (null = read it). */
    public static List<CaseResult> run(Path imageFile, LoadedImage loaded, Path maskFile, Labels labels, ParameterFile params,
            Mode mode) {
        String settingsSha = Provenance.sha256(params.text);
        if (loaded == null && mode == Mode.PYRADIOMICS && !PyRadiomicsExtractor.needsWholeImage(params)) {
            List<CaseResult> r = runOnRegion(imageFile, maskFile, labels, params, settingsSha);
            if (r != null) {
                return r;
            }
            PHASES.fallbacks.increment();
        }
        long tRead = System.nanoTime();
        List<CaseResult> out = new ArrayList<>();
        String imageSha = "", maskSha = "";
        Volume image;
        LabelMap mask;
        VoxelType type;
        long t0 = System.nanoTime();
        try {
            LoadedImage li = loaded != null ? loaded : LoadedImage.read(imageFile);
            imageSha = li.sha256();
            image = li.volume();
            type = li.type();
            maskSha = Provenance.sha256(maskFile);
            mask = ImageIO.readLabels(maskFile);
        } catch (IOException | RuntimeException e) {
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), labels.all() ? 0 : labels.label(), mode, List.of(),
                    List.of(), message(e), imageSha, maskSha, settingsSha, (System.nanoTime() - t0) / 1_000_000));
            return out;
        }
        PHASES.readNanos.add(System.nanoTime() - tRead);
        if (!image.geometry().sameGrid(mask.geometry(), 1e-3)) {
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), labels.all() ? 0 : labels.label(), mode, List.of(),
                    List.of(), "image and mask geometries differ: image " + image.geometry() + "; mask " + mask.geometry(),
                    imageSha, maskSha, settingsSha, 0));
            return out;
        }
        List<Integer> todo = labels.all() ? mask.labelList() : List.of(labels.label());
        if (todo.isEmpty()) {
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), 0, mode, List.of(), List.of(),
                    "the mask " + maskFile + " is empty (no non-zero label)", imageSha, maskSha, settingsSha, 0));
        }
        for (int label : todo) {
            long t1 = System.nanoTime();
            List<FeatureValue> values = List.of();
            List<String> notes = List.of();
            String error = null;
            try {
                Mask roi = mask.select(label);
                if (mode == Mode.IBSI) {
                    IbsiExtractor.Result r = IbsiExtractor.extract(image, roi, IbsiSettings.from(params));
                    values = r.values();
                    notes = r.notes();
                } else {
                    PyRadiomicsExtractor.Result r = PyRadiomicsExtractor.extract(image, roi, params, type);
                    values = pyradiomicsValues(r);
                    notes = r.notes();
                }
            } catch (ExtractionException | RuntimeException e) {
                error = message(e);
            }
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), label, mode, values, notes, error, imageSha,
                    maskSha, settingsSha, (System.nanoTime() - t1) / 1_000_000));
            PHASES.featureNanos.add(System.nanoTime() - t1);
        }
        return out;
    }

    /**
     * The fast path when the settings use only the ROI's bounding box ({@link PyRadiomicsExtractor#needsWholeImage}):
     * reads the mask first (keeping its non-zero voxels), then only the box of the requested labels plus one voxel
     * of the image (inflating up to the box's last slice), each file hashed in the same pass. The values are those
     * of the whole-volume path (same voxels, same mask, same spacing; the one-voxel margin keeps the "touches the
     * border" note). Returns null to hand the case to the whole-volume path, which then reports the error exactly
     * as before: any read error, an empty mask, an absent label, image and mask on different grids.
     */
    private static List<CaseResult> runOnRegion(Path imageFile, Path maskFile, Labels labels, ParameterFile params,
            String settingsSha) {
        long t0 = System.nanoTime();
        HashedRead<SparseLabels> mask;
        HashedRead<Volume> image;
        LabelMap region;
        try {
            mask = ImageIO.readLabelsHashed(maskFile);
            List<Integer> present = mask.value().labelList();
            List<Integer> todo = labels.all() ? present : List.of(labels.label());
            if (todo.isEmpty() || !present.containsAll(todo)) {
                return null;
            }
            int[] bb = mask.value().boundingBox(new HashSet<>(todo));
            Geometry mg = mask.fileGeometry();
            int[] lo = { Math.max(0, bb[0] - 1), Math.max(0, bb[1] - 1), Math.max(0, bb[2] - 1) };
            int[] hi = { Math.min(mg.nx() - 1, bb[3] + 1), Math.min(mg.ny() - 1, bb[4] + 1), Math.min(mg.nz() - 1, bb[5] + 1) };
            long t1 = System.nanoTime();
            PHASES.maskNanos.add(t1 - t0);
            image = ImageIO.readRegionHashed(imageFile, lo, hi);
            PHASES.imageNanos.add(System.nanoTime() - t1);
            double tol = Math.max(params.number("geometryTolerance", 1e-6), 1e-4); // the extractor's own check, on the whole grids
            if (image.value() == null || !image.fileGeometry().sameGrid(mg, 1e-3) || !image.fileGeometry().sameGrid(mg, tol)) {
                return null;
            }
            // the mask box on the image's box grid, as the whole-volume path compares the mask with the image's grid
            region = new LabelMap(image.value().geometry(), mask.value().crop(lo, hi).labels());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        PHASES.regionCases.increment();
        List<Integer> todo = labels.all() ? region.labelList() : List.of(labels.label());
        List<CaseResult> out = new ArrayList<>();
        for (int label : todo) {
            long t1 = System.nanoTime();
            List<FeatureValue> values = List.of();
            List<String> notes = List.of();
            String error = null;
            try {
                PyRadiomicsExtractor.Result r = PyRadiomicsExtractor.extract(image.value(), region.select(label), params, image.type());
                values = pyradiomicsValues(r);
                notes = r.notes();
            } catch (ExtractionException | RuntimeException e) {
                error = message(e);
            }
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), label, Mode.PYRADIOMICS, values, notes, error,
                    image.sha256(), mask.sha256(), settingsSha, (System.nanoTime() - t1) / 1_000_000));
            PHASES.featureNanos.add(System.nanoTime() - t1);
        }
        return out;
    }

    private static List<FeatureValue> pyradiomicsValues(PyRadiomicsExtractor.Result r) {
        List<FeatureValue> v = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.features().entrySet()) {
            String[] parts = e.getKey().split("_", 3);
            v.add(new FeatureValue(parts.length == 3 ? parts[1] : "", e.getKey(), "", "", e.getValue()));
        }
        return v;
    }

    /** Time spent per phase by all extractions in this JVM (read by the benchmark). */
    static final class Phases {
        final java.util.concurrent.atomic.LongAdder maskNanos = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder imageNanos = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder readNanos = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder featureNanos = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder regionCases = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder fallbacks = new java.util.concurrent.atomic.LongAdder();

        void reset() {
            maskNanos.reset();
            imageNanos.reset();
            readNanos.reset();
            featureNanos.reset();
            regionCases.reset();
            fallbacks.reset();
        }
    }

    static final Phases PHASES = new Phases();

    static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            m = "file not found: " + m;
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The mode to use: the explicit one, else the parameter file's {@code mode}, else PyRadiomics. */
    public static Mode modeOf(String explicit, ParameterFile params) {
        if (explicit != null) {
            return Mode.parse(explicit);
        }
        return params.mode == null ? Mode.PYRADIOMICS : Mode.parse(params.mode);
    }
}
