package org.radwb.extraction.params;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An extraction parameter file in PyRadiomics' layout ({@code imageType}, {@code featureClass}, {@code setting}),
 * YAML or JSON, plus the engine's optional top-level {@code mode: ibsi|pyradiomics}. PyRadiomics files are read as
 * they are; IBSI-only settings carry an {@code ibsi} prefix (see docs/extraction.md).
 */
public final class ParameterFile {

    /** Image type name (Original, LoG, Wavelet, ...) to its options. */
    public final Map<String, Map<String, Object>> imageTypes;
    /** Feature class to the enabled feature names, or an empty list for "all". */
    public final Map<String, List<String>> featureClasses;
    /** The {@code setting} section. */
    public final Map<String, Object> settings;
    /** "ibsi", "pyradiomics" or null when the file does not say. */
    public final String mode;
    /** The file text, recorded as provenance. */
    public final String text;
    public final String source;

    /** The setting keys of PyRadiomics 3.1's parameter schema; anything else (but ibsi*) is reported as a typo. */
    public static final List<String> KNOWN_SETTINGS = List.of("minimumROIDimensions", "minimumROISize", "geometryTolerance",
            "correctMask", "additionalInfo", "label", "binWidth", "binCount", "normalize", "normalizeScale", "removeOutliers",
            "resampledPixelSpacing", "interpolator", "padDistance", "distances", "force2D", "force2Ddimension",
            "resegmentRange", "resegmentMode", "resegmentShape", "preCrop", "sigma", "start_level", "level", "wavelet",
            "gradientUseSpacing", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod", "lbp3DLevels", "lbp3DIcosphereRadius",
            "lbp3DIcosphereSubdivision", "voxelArrayShift", "symmetricalGLCM", "weightingNorm", "gldm_a", "kernelRadius",
            "maskedKernel", "initValue", "voxelBatch", "dtype");

    private ParameterFile(String source, String text, Map<String, Map<String, Object>> imageTypes,
            Map<String, List<String>> featureClasses, Map<String, Object> settings, String mode) {
        this.source = source;
        this.text = text;
        this.imageTypes = imageTypes;
        this.featureClasses = featureClasses;
        this.settings = settings;
        this.mode = mode;
    }

    /** PyRadiomics' defaults: Original image, all default feature classes, binWidth 25. */
    public static ParameterFile defaults() {
        try {
            return parse("(defaults)", "imageType:\n  Original: {}\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ParameterFile read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    public static ParameterFile parse(String source, String text) throws IOException {
        Object doc;
        try {
            doc = MiniYaml.parse(source, text);
        } catch (MiniYaml.YamlException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!(doc instanceof Map)) {
            throw new IOException(source + ": expected a mapping with imageType / featureClass / setting at the top level");
        }
        Map<String, Object> top = (Map<String, Object>) doc;
        for (String k : top.keySet()) {
            if (!List.of("imageType", "featureClass", "setting", "mode", "voxelSetting", "description").contains(k)) {
                throw new IOException(source + ": unknown top-level key '" + k
                        + "'; expected imageType, featureClass, setting, voxelSetting or mode");
            }
        }
        Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        Object it = top.get("imageType");
        if (it == null) {
            types.put("Original", Map.of());
        } else if (it instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (!ImageTypes.KNOWN.contains(name)) {
                    throw new IOException(source + ": imageType '" + name + "' is unknown; expected one of " + ImageTypes.KNOWN);
                }
                Object v = e.getValue();
                if (v != null && !(v instanceof Map)) {
                    throw new IOException(source + ": imageType '" + name + "' must map to a mapping of options ({} for none)");
                }
                types.put(name, v == null ? Map.of() : (Map<String, Object>) v);
            }
        } else {
            throw new IOException(source + ": imageType must be a mapping like {Original: {}}");
        }
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Object fc = top.get("featureClass");
        if (fc == null) {
            for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) {
                classes.put(c, List.of());
            }
        } else if (fc instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String name = String.valueOf(e.getKey());
                Object v = e.getValue();
                List<String> names = new ArrayList<>();
                if (v instanceof List<?> l) {
                    for (Object o : l) {
                        names.add(String.valueOf(o));
                    }
                } else if (v != null) {
                    throw new IOException(source + ": featureClass '" + name + "' must map to a list of feature names or nothing (= all)");
                }
                classes.put(name, names);
            }
        } else {
            throw new IOException(source + ": featureClass must be a mapping like {firstorder: [], glcm: [Contrast]}");
        }
        Object st = top.get("setting");
        Map<String, Object> settings = new LinkedHashMap<>();
        if (st instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                settings.put(String.valueOf(e.getKey()), e.getValue());
            }
        } else if (st != null) {
            throw new IOException(source + ": setting must be a mapping");
        }
        for (String key : settings.keySet()) {
            if (!KNOWN_SETTINGS.contains(key) && !key.startsWith("ibsi")) {
                throw new IOException(source + ": setting '" + key + "' is unknown (a typo?); PyRadiomics settings: "
                        + KNOWN_SETTINGS + " or the engine's ibsi* settings");
            }
        }
        if (Boolean.TRUE.equals(settings.get("resegmentShape"))) {
            throw new IOException(source + ": setting 'resegmentShape: true' is not supported (shape uses the original mask)");
        }
        if (Boolean.FALSE.equals(settings.get("gradientUseSpacing"))) {
            throw new IOException(source + ": setting 'gradientUseSpacing: false' is not supported (gradients are in mm)");
        }
        Object mode = top.get("mode");
        String md = mode == null ? null : String.valueOf(mode).toLowerCase(Locale.ROOT);
        if (md != null && !md.equals("ibsi") && !md.equals("pyradiomics")) {
            throw new IOException(source + ": mode '" + mode + "': expected ibsi or pyradiomics");
        }
        return new ParameterFile(source, text, types, classes, settings, md);
    }

    /** A setting as a double, or the default; a clear error if it is not a number. */
    public double number(String key, double dflt) {
        Object v = settings.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(source + ": setting '" + key + "' = '" + v + "': expected a number");
    }

    public boolean flag(String key, boolean dflt) {
        Object v = settings.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(source + ": setting '" + key + "' = '" + v + "': expected true or false");
    }

    public String string(String key, String dflt) {
        Object v = settings.get(key);
        return v == null ? dflt : String.valueOf(v);
    }

    /** A list-of-numbers setting (a single number is a list of one), or null if absent. */
    public double[] numbers(String key) {
        Object v = settings.get(key);
        if (v == null) {
            return null;
        }
        List<?> l = v instanceof List<?> x ? x : List.of(v);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = l.get(i);
            if (!(o instanceof Number n)) {
                throw new IllegalArgumentException(source + ": setting '" + key + "' item " + i + " = '" + o + "': expected a number");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }
}
