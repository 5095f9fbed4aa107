package org.radwb.extraction.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.IbsiCatalog;
import org.radwb.extraction.RoiData;
import org.radwb.extraction.intensity.IntensityHistogram;
import org.radwb.extraction.intensity.IntensityStatistics;
import org.radwb.extraction.intensity.IntensityVolumeHistogram;
import org.radwb.extraction.intensity.LocalIntensity;
import org.radwb.extraction.morphology.Morphology;
import org.radwb.extraction.preprocess.Discretiser;
import org.radwb.extraction.texture.Aggregation;
import org.radwb.extraction.texture.DiscretisedRoi;
import org.radwb.extraction.texture.IbsiTexture;
import org.radwb.extraction.texture.TextureSettings;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/** IBSI-1 mode: every IBSI feature family, values keyed by IBSI tag and aggregation code. */
public final class IbsiExtractor {

    /** Values plus diagnostic notes. */
    public record Result(List<FeatureValue> values, List<String> notes) {
    }

    private IbsiExtractor() {
    }

    public static Result extract(Volume image, Mask mask, IbsiSettings s) throws ExtractionException {
        Preprocessor.Prepared prep = Preprocessor.run(image, mask, s);
        RoiData roi = prep.roi();
        List<String> notes = new ArrayList<>(prep.notes());
        List<FeatureValue> out = new ArrayList<>();
        add(out, Morphology.compute(roi), "");
        add(out, LocalIntensity.compute(roi), "");
        double[] x = roi.intensities();
        add(out, IntensityStatistics.compute(x, "stat"), "");
        Discretiser.Result d = discretise(x, s);
        add(out, IntensityHistogram.compute(d.levels(), d.ng()), "");
        add(out, ivh(x, s), "");
        try {
            boolean[][] morph = new boolean[1][];
            DiscretisedRoi droi = discretisedRoi(roi, d, morph);
            TextureSettings ts = TextureSettings.ibsiDefaults().withGlcmDistance(s.distance).withNgtdmDistance(s.distance)
                    .withNgldmDistance(s.distance).withNgldmCoarseness(s.ngldmCoarseness);
            if (s.force2D) {
                ts = ts.withAggregations(EnumSet.of(Aggregation.BY_SLICE_AVERAGED, Aggregation.BY_SLICE_MERGED,
                        Aggregation.BY_DIRECTION_MERGED, Aggregation.FULL_2_5D_MERGED, Aggregation.SLICE_2D,
                        Aggregation.MERGED_2_5D));
            }
            for (Map.Entry<String, Map<String, Double>> e : IbsiTexture.compute(droi, morph[0], ts).entrySet()) {
                add(out, e.getValue(), e.getKey());
            }
        } catch (RuntimeException e) {
            notes.add("texture features not computed: " + e.getMessage());
        }
        return new Result(out, notes);
    }

    static Discretiser.Result discretise(double[] x, IbsiSettings s) {
        if (s.binEdges.equals("pyradiomics")) {
            return s.discretisation.equals("FBN") ? Discretiser.pyradiomicsBinCount(x, s.binCount)
                    : Discretiser.pyradiomicsBinWidth(x, s.binWidth);
        }
        if (s.discretisation.equals("FBN")) {
            return Discretiser.ibsiFixedBinNumber(x, s.binCount);
        }
        return Discretiser.ibsiFixedBinSize(x, s.binWidth, s.rangeLow > Double.NEGATIVE_INFINITY ? s.rangeLow : Double.NaN);
    }

    /** IVH on the discrete intensities the settings define (IBSI 4.6). */
    static Map<String, Double> ivh(double[] x, IbsiSettings s) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        switch (s.ivhDiscretisation) {
        case "FBN": {
            Discretiser.Result d = Discretiser.ibsiFixedBinNumber(x, s.ivhBinCount);
            double[] v = new double[x.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = d.levels()[i];
            }
            return IntensityVolumeHistogram.compute(v, 1, s.ivhBinCount, 1);
        }
        case "FBS": {
            double w = s.ivhBinWidth;
            double lower = s.rangeLow > Double.NEGATIVE_INFINITY ? s.rangeLow : min;
            double[] v = new double[x.length];
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < v.length; i++) {
                v[i] = lower + (Math.floor((x[i] - lower) / w) + 0.5) * w; // bin centre
                top = Math.max(top, v[i]);
            }
            if (s.rangeHigh < Double.POSITIVE_INFINITY) {
                top = lower + (Math.floor((s.rangeHigh - lower) / w) + 0.5) * w;
            }
            return IntensityVolumeHistogram.compute(v, lower + 0.5 * w, top, w);
        }
        default: {
            double lo = s.rangeLow > Double.NEGATIVE_INFINITY ? s.rangeLow : min;
            double hi = s.rangeHigh < Double.POSITIVE_INFINITY ? s.rangeHigh : max;
            return IntensityVolumeHistogram.compute(x, lo, hi, 1);
        }
        }
    }

    /**
     * The discretised intensity mask, cropped to the morphological mask's bounding box; {@code morphOut[0]} receives
     * the morphological mask in the same box (GLDZM distances are measured against it).
     */
    static DiscretisedRoi discretisedRoi(RoiData r, Discretiser.Result d, boolean[][] morphOut) {
        int[] lo = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE }, hi = { -1, -1, -1 };
        int p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    if (r.morphMask[p]) {
                        lo[0] = Math.min(lo[0], i);
                        lo[1] = Math.min(lo[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[0] = Math.max(hi[0], i);
                        hi[1] = Math.max(hi[1], j);
                        hi[2] = Math.max(hi[2], k);
                    }
                }
            }
        }
        int nx = hi[0] - lo[0] + 1, ny = hi[1] - lo[1] + 1, nz = hi[2] - lo[2] + 1;
        int[] levels = new int[nx * ny * nz];
        boolean[] morph = new boolean[nx * ny * nz];
        int[] lv = d.levels();
        int q = 0;
        p = 0;
        for (int k = 0; k < r.nz; k++) {
            for (int j = 0; j < r.ny; j++) {
                for (int i = 0; i < r.nx; i++, p++) {
                    int t = (i - lo[0]) + nx * ((j - lo[1]) + ny * (k - lo[2]));
                    if (r.intensityMask[p]) {
                        levels[t] = lv[q++];
                    }
                    if (r.morphMask[p]) {
                        morph[t] = true;
                    }
                }
            }
        }
        morphOut[0] = morph;
        return new DiscretisedRoi(nx, ny, nz, r.sx, r.sy, r.sz, levels, d.ng());
    }

    private static void add(List<FeatureValue> out, Map<String, Double> f, String aggregation) {
        for (Map.Entry<String, Double> e : f.entrySet()) {
            IbsiCatalog.Entry c = IbsiCatalog.byTag(e.getKey());
            out.add(new FeatureValue(c == null ? familyOf(e.getKey()) : c.family(), e.getKey(), c == null ? "" : c.code(),
                    aggregation, e.getValue()));
        }
    }

    private static String familyOf(String tag) {
        return tag.substring(0, tag.indexOf('.'));
    }
}
