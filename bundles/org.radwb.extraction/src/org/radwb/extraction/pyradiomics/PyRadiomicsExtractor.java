package org.radwb.extraction.pyradiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.preprocess.Discretiser;
import org.radwb.extraction.preprocess.Interpolation;
import org.radwb.extraction.preprocess.SitkResampler;
import org.radwb.imaging.io.VoxelType;
import org.radwb.extraction.texture.DiscretisedRoi;
import org.radwb.extraction.texture.PyRadiomicsTexture;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * PyRadiomics mode: the feature classes, names ({@code original_glcm_Contrast}), settings and defaults of
 * PyRadiomics 3.1, driven by a PyRadiomics parameter file read as it is.
 */
public final class PyRadiomicsExtractor {

    /** Feature name to value, in output order, plus diagnostic notes. */
    public record Result(LinkedHashMap<String, Double> features, List<String> notes) {
    }

    private static final List<String> SUPPORTED_TYPES = List.of("Original", "LoG", "Wavelet", "Square", "SquareRoot",
            "Logarithm", "Exponential", "Gradient");

    private PyRadiomicsExtractor() {
    }

    /**
     * Whether these settings read voxels outside the bounding box of the ROI: resampling (interpolation and the
     * padded resampling grid), {@code normalize} (statistics of the whole image), and every imageType but Original
     * (LoG, Wavelet and Gradient filter the whole image or a padded box; Square, SquareRoot, Logarithm and
     * Exponential scale by the whole image's maximum). Without them every value depends only on the voxels inside
     * the box (shape on the mask, the other classes on the ROI's intensities, re-segmentation on the ROI), so an
     * image cropped to the box (plus one voxel, for the border note) gives identical results. Unreadable values of
     * these settings count as "whole image", so their errors come from the usual path.
     */
    public static boolean needsWholeImage(ParameterFile params) {
        Object normalize = params.settings.get("normalize");
        return params.settings.containsKey("resampledPixelSpacing") || (normalize != null && !Boolean.FALSE.equals(normalize))
                || !params.imageTypes.keySet().equals(java.util.Set.of("Original"));
    }

    public static Result extract(Volume image, Mask mask, ParameterFile params) throws ExtractionException {
        return extract(image, mask, params, null);
    }

    /**
     * @param sourceType the image file's voxel type: resampled values are cast back to it as SimpleITK does (null =
     *                   floating point)
     */
    public static Result extract(Volume image, Mask mask, ParameterFile params, VoxelType sourceType) throws ExtractionException {
        List<String> notes = new ArrayList<>();
        Geometry g = image.geometry();
        double tol = params.number("geometryTolerance", 1e-6);
        if (!g.sameGrid(mask.geometry(), Math.max(tol, 1e-4))) {
            throw new ExtractionException("image and mask geometries differ: image " + g + "; mask " + mask.geometry());
        }
        boolean normalized = false;
        double[] spacing = params.numbers("resampledPixelSpacing");
        if (spacing != null) {
            if (spacing.length != 3) {
                throw new ExtractionException(params.source + ": setting 'resampledPixelSpacing' needs 3 values");
            }
            if (mask.boundingBox() == null) {
                throw new ExtractionException("the mask is empty: no voxel to compute features on");
            }
            Volume src = image;
            if (params.flag("normalize", false)) { // PyRadiomics normalises before resampling
                src = new Volume(g, normalize(image.voxels(), params.number("normalizeScale", 1),
                        params.settings.get("removeOutliers") == null ? Double.NaN : params.number("removeOutliers", 0)));
                normalized = true;
            }
            Object interp = params.settings.getOrDefault("interpolator", "sitkBSpline");
            Interpolation method = interp instanceof Number num ? switch (num.intValue()) {
            case 1 -> Interpolation.NEAREST;
            case 2 -> Interpolation.LINEAR;
            case 3 -> Interpolation.BSPLINE;
            default -> throw new ExtractionException(params.source + ": interpolator " + interp + " is not supported; use "
                    + "sitkNearestNeighbor, sitkLinear or sitkBSpline");
            } : Interpolation.parse(String.valueOf(interp));
            boolean integer = sourceType != null && sourceType.isInteger();
            SitkResampler.Result r = SitkResampler.resample(src, mask, spacing, method, (int) params.number("padDistance", 5),
                    integer ? sourceType.min() : Double.NaN, integer ? sourceType.max() : Double.NaN, integer);
            image = r.image();
            mask = r.mask();
            g = image.geometry();
            notes.add("resampled to " + g);
        }
        int[] bb = mask.boundingBox();
        if (bb == null) {
            throw new ExtractionException("the mask is empty: no voxel to compute features on");
        }
        int minDims = (int) params.number("minimumROIDimensions", 2);
        int dims = 0;
        for (int a = 0; a < 3; a++) {
            if (bb[a + 3] > bb[a]) {
                dims++;
            }
        }
        if (dims < minDims) {
            throw new ExtractionException("the ROI spans " + dims + " dimension(s), below minimumROIDimensions " + minDims);
        }
        int cx0 = bb[3] - bb[0] + 1, cy0 = bb[4] - bb[1] + 1, cz0 = bb[5] - bb[2] + 1;
        int count = 0;
        for (int k = 0; k < cz0; k++) {
            for (int j = 0; j < cy0; j++) {
                for (int i = 0; i < cx0; i++) {
                    if (mask.get(i + bb[0], j + bb[1], k + bb[2])) {
                        count++;
                    }
                }
            }
        }
        int minSize = (int) params.number("minimumROISize", 0);
        if (count < minSize) {
            throw new ExtractionException("the ROI has " + count + " voxels, below minimumROISize " + minSize);
        }
        if (bb[0] == 0 || bb[1] == 0 || bb[2] == 0 || bb[3] == g.nx() - 1 || bb[4] == g.ny() - 1 || bb[5] == g.nz() - 1) {
            notes.add("the mask touches the image border");
        }
        float[] base = image.voxels();
        if (params.flag("normalize", false) && !normalized) {
            base = normalize(base, params.number("normalizeScale", 1), params.settings.get("removeOutliers") == null ? Double.NaN
                    : params.number("removeOutliers", 0));
        }
        int cx = bb[3] - bb[0] + 1, cy = bb[4] - bb[1] + 1, cz = bb[5] - bb[2] + 1;
        boolean[] box = new boolean[cx * cy * cz];
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                for (int i = 0; i < cx; i++) {
                    box[i + cx * (j + cy * k)] = mask.get(i + bb[0], j + bb[1], k + bb[2]);
                }
            }
        }
        double sx = g.spacing(0), sy = g.spacing(1), sz = g.spacing(2);
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        boolean[] seg = resegment(base, g, box, bb, cx, cy, cz, params, notes);
        for (Map.Entry<String, Map<String, Object>> type : params.imageTypes.entrySet()) {
            String name = type.getKey();
            if (!SUPPORTED_TYPES.contains(name)) {
                throw new ExtractionException(params.source + ": imageType '" + name + "' is not supported by this engine yet; supported: "
                        + SUPPORTED_TYPES);
            }
            List<Object[]> images = new ArrayList<>(); // {prefix, image}
            switch (name) {
            case "Square" -> images.add(new Object[] { "square", ImageFilters.square(base) });
            case "SquareRoot" -> images.add(new Object[] { "squareroot", ImageFilters.squareRoot(base) });
            case "Logarithm" -> images.add(new Object[] { "logarithm", ImageFilters.logarithm(base) });
            case "Exponential" -> images.add(new Object[] { "exponential", ImageFilters.exponential(base) });
            case "Gradient" -> images.add(new Object[] { "gradient", ImageFilters.gradientMagnitude(base, g) });
            case "LoG" -> {
                Object sig = type.getValue().containsKey("sigma") ? type.getValue().get("sigma") : params.settings.get("sigma");
                List<?> sigmas = sig instanceof List<?> l ? l : sig == null ? List.of() : List.of(sig);
                if (sigmas.isEmpty()) {
                    throw new ExtractionException(params.source + ": imageType LoG needs a sigma list, e.g. LoG: {sigma: [1.0, 2.0]}");
                }
                for (Object o : sigmas) {
                    if (!(o instanceof Number num) || !(num.doubleValue() > 0)) {
                        throw new ExtractionException(params.source + ": LoG sigma '" + o + "': expected a number > 0 (mm)");
                    }
                    // PyRadiomics' name: str(sigma) with '.' -> '-' (1.0 -> "1-0", 1 -> "1")
                    String label = (o instanceof Double dd ? Double.toString(dd) : o.toString()).replace('.', '-');
                    images.add(new Object[] { "log-sigma-" + label + "-mm-3D",
                            ImageFilters.laplacianOfGaussian(base, g, num.doubleValue(), new int[] { bb[0], bb[1], bb[2] },
                                    new int[] { bb[3], bb[4], bb[5] }) });
                }
            }
            case "Wavelet" -> {
                Map<String, Object> opt = type.getValue();
                String w = String.valueOf(opt.getOrDefault("wavelet", params.settings.getOrDefault("wavelet", "coif1")));
                int start = ((Number) opt.getOrDefault("start_level", params.settings.getOrDefault("start_level", 0L))).intValue();
                int level = ((Number) opt.getOrDefault("level", params.settings.getOrDefault("level", 1L))).intValue();
                if (!w.equals("coif1") || start != 0 || level != 1) {
                    throw new ExtractionException(params.source + ": Wavelet supports wavelet coif1, start_level 0, level 1 "
                            + "(PyRadiomics' defaults); got " + w + ", " + start + ", " + level);
                }
                Map<String, float[]> bands = Wavelet.transform(base, g, new int[] { bb[0], bb[1], bb[2] },
                        new int[] { bb[3], bb[4], bb[5] });
                for (Map.Entry<String, float[]> band : bands.entrySet()) {
                    images.add(new Object[] { "wavelet-" + band.getKey(), band.getValue() });
                }
            }
            default -> images.add(new Object[] { "original", base });
            }
            for (Object[] im : images) {
                String prefix = (String) im[0];
                float[] img = (float[]) im[1];
                for (Map.Entry<String, List<String>> fc : params.featureClasses.entrySet()) {
                    String cls = fc.getKey();
                    if ((cls.equals("shape") || cls.equals("shape2D")) && !name.equals("Original")) {
                        continue; // PyRadiomics computes shape once, on the original image
                    }
                    Map<String, Double> values = classValues(cls, img, g, box, seg, bb, cx, cy, cz, sx, sy, sz, params);
                    List<String> wanted = fc.getValue().isEmpty() ? defaults(cls, values) : fc.getValue();
                    for (String f : wanted) {
                        if (!values.containsKey(f)) {
                            throw new ExtractionException(params.source + ": feature '" + f + "' is not in class '" + cls + "'; known: "
                                    + values.keySet());
                        }
                        out.put(prefix + "_" + cls + "_" + f, values.get(f));
                    }
                }
            }
        }
        return new Result(out, notes);
    }

    private static List<String> defaults(String cls, Map<String, Double> values) {
        switch (cls) {
        case "firstorder":
            return List.of(FirstOrder.DEFAULT_FEATURES);
        case "shape":
            return List.of(Shape.DEFAULT_FEATURES);
        case "shape2D":
            return List.of(Shape2D.DEFAULT_FEATURES);
        default:
            return new ArrayList<>(values.keySet());
        }
    }

    private static Map<String, Double> classValues(String cls, float[] img, Geometry g, boolean[] box, boolean[] seg, int[] bb,
            int cx, int cy, int cz, double sx, double sy, double sz, ParameterFile params) throws ExtractionException {
        if (cls.equals("shape")) {
            return Shape.compute(box, cx, cy, cz, sx, sy, sz);
        }
        if (cls.equals("shape2D")) {
            if (!params.flag("force2D", false)) {
                throw new ExtractionException(params.source + ": featureClass 'shape2D' needs setting force2D: true (as in PyRadiomics)");
            }
            if ((int) params.number("force2Ddimension", 0) != 0) {
                throw new ExtractionException(params.source + ": shape2D supports force2Ddimension 0 (axial slices) only");
            }
            if (cz != 1) {
                throw new ExtractionException("shape2D needs a ROI within one slice; this ROI spans " + cz + " slices");
            }
            return Shape2D.compute(box, cx, cy, sx, sy);
        }
        int n = 0;
        for (boolean b : seg) {
            if (b) {
                n++;
            }
        }
        if (n == 0) {
            throw new ExtractionException("no ROI voxel is left after re-segmentation");
        }
        double[] x = new double[n];
        int q = 0;
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                for (int i = 0; i < cx; i++) {
                    if (seg[i + cx * (j + cy * k)]) {
                        x[q++] = img[g.index(i + bb[0], j + bb[1], k + bb[2])];
                    }
                }
            }
        }
        int nan = 0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                nan++;
            }
        }
        if (nan > 0) {
            throw new ExtractionException(nan + " ROI voxel(s) have no intensity (NaN) in the " + cls + " input; features are undefined");
        }
        Discretiser.Result d = params.settings.containsKey("binCount")
                ? Discretiser.pyradiomicsBinCount(x, (int) params.number("binCount", 0))
                : Discretiser.pyradiomicsBinWidth(x, params.number("binWidth", 25));
        if (cls.equals("firstorder")) {
            return FirstOrder.compute(x, d.levels(), d.ng(), params.number("voxelArrayShift", 0), sx * sy * sz);
        }
        if (!PyRadiomicsTexture.FEATURE_CLASSES.contains(cls)) {
            throw new ExtractionException(params.source + ": featureClass '" + cls + "' is unknown; expected firstorder, shape, "
                    + String.join(", ", PyRadiomicsTexture.FEATURE_CLASSES));
        }
        int[] levels = new int[cx * cy * cz];
        q = 0;
        for (int p = 0; p < levels.length; p++) {
            if (seg[p]) {
                levels[p] = d.levels()[q++];
            }
        }
        DiscretisedRoi roi = new DiscretisedRoi(cx, cy, cz, sx, sy, sz, levels, Math.max(1, d.ng()));
        try {
            return PyRadiomicsTexture.compute(roi, cls, params.settings);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(cls + ": " + e.getMessage(), e);
        }
    }

    /** PyRadiomics' re-segmentation (resegmentRange with resegmentMode absolute, relative or sigma), on the original image. */
    private static boolean[] resegment(float[] img, Geometry g, boolean[] box, int[] bb, int cx, int cy, int cz, ParameterFile params,
            List<String> notes) throws ExtractionException {
        double[] range = params.numbers("resegmentRange");
        if (range == null) {
            return box;
        }
        String mode = params.string("resegmentMode", "absolute").toLowerCase(Locale.ROOT);
        double lo = range[0], hi = range.length > 1 ? range[1] : Double.POSITIVE_INFINITY;
        if (!mode.equals("absolute")) {
            double mean = 0, m2 = 0, max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (int p = 0; p < box.length; p++) {
                if (box[p]) {
                    double v = img[index(g, bb, cx, cy, p)];
                    mean += v;
                    n++;
                    max = Math.max(max, v);
                }
            }
            mean /= n;
            for (int p = 0; p < box.length; p++) {
                if (box[p]) {
                    double v = img[index(g, bb, cx, cy, p)] - mean;
                    m2 += v * v;
                }
            }
            double sd = Math.sqrt(m2 / n);
            if (mode.equals("sigma")) {
                lo = mean + lo * sd;
                hi = mean + hi * sd;
            } else if (mode.equals("relative")) {
                lo = lo * max;
                hi = hi * max;
            } else {
                throw new ExtractionException(params.source + ": resegmentMode '" + mode + "': expected absolute, relative or sigma");
            }
        }
        boolean[] out = new boolean[box.length];
        int kept = 0;
        for (int p = 0; p < box.length; p++) {
            if (box[p]) {
                double v = img[index(g, bb, cx, cy, p)];
                out[p] = v >= lo && v <= hi;
                if (out[p]) {
                    kept++;
                }
            }
        }
        if (kept == 0) {
            throw new ExtractionException("no ROI voxel is left after re-segmentation to [" + lo + ", " + hi + "]");
        }
        notes.add("re-segmentation kept " + kept + " voxels in [" + lo + ", " + hi + "]");
        return out;
    }

    private static int index(Geometry g, int[] bb, int cx, int cy, int p) {
        int i = p % cx, j = (p / cx) % cy, k = p / (cx * cy);
        return g.index(i + bb[0], j + bb[1], k + bb[2]);
    }

    /** sitk.Normalize (mean 0, unit sample SD over the whole image), optional outlier clipping, times normalizeScale. */
    static float[] normalize(float[] x, double scale, double outliers) {
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        double m2 = 0;
        for (float v : x) {
            m2 += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(m2 / (x.length - 1));
        float[] o = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = (x[i] - mean) / sd;
            if (!Double.isNaN(outliers)) {
                v = Math.max(-outliers, Math.min(outliers, v));
            }
            o[i] = (float) (v * scale);
        }
        return o;
    }
}
