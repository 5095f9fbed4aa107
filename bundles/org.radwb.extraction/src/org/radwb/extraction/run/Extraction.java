package org.radwb.extraction.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pipeline.IbsiExtractor;
import org.radwb.extraction.pipeline.IbsiSettings;
import org.radwb.extraction.pyradiomics.PyRadiomicsExtractor;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;
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
            return new LoadedImage(ImageIO.read(file), Provenance.sha256(file), ImageIO.voxelTypeOf(file));
        }
    }

    /** As {@link #run(Path, Path, Labels, ParameterFile, Mode)} with the image already read (null = read it). */
    public static List<CaseResult> run(Path imageFile, LoadedImage loaded, Path maskFile, Labels labels, ParameterFile params,
            Mode mode) {
        String settingsSha = Provenance.sha256(params.text);
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
                    List<FeatureValue> v = new ArrayList<>();
                    for (Map.Entry<String, Double> e : r.features().entrySet()) {
                        String[] parts = e.getKey().split("_", 3);
                        v.add(new FeatureValue(parts.length == 3 ? parts[1] : "", e.getKey(), "", "", e.getValue()));
                    }
                    values = v;
                    notes = r.notes();
                }
            } catch (ExtractionException | RuntimeException e) {
                error = message(e);
            }
            out.add(new CaseResult(imageFile.toString(), maskFile.toString(), label, mode, values, notes, error, imageSha,
                    maskSha, settingsSha, (System.nanoTime() - t1) / 1_000_000));
        }
        return out;
    }

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
