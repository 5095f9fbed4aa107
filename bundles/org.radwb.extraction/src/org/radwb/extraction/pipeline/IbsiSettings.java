package org.radwb.extraction.pipeline;

import java.util.Locale;

import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.preprocess.Interpolation;

/**
 * The IBSI-mode processing settings, read from a parameter file's {@code setting} section (PyRadiomics names where
 * PyRadiomics has the concept, {@code ibsi*} names otherwise).
 */
public final class IbsiSettings {

    /** Target spacing per axis (0 = keep), or null for no resampling. */
    public double[] resampledSpacing;
    public Interpolation interpolator = Interpolation.LINEAR;
    public Interpolation maskInterpolator = Interpolation.LINEAR;
    public double maskThreshold = 0.5;
    public boolean roundIntensities;
    public double rangeLow = Double.NEGATIVE_INFINITY;
    public double rangeHigh = Double.POSITIVE_INFINITY;
    public double outlierSigma;
    /** "FBS" or "FBN". */
    public String discretisation = "FBS";
    public double binWidth = 25;
    public int binCount = 32;
    /** "none", "FBS" or "FBN". */
    public String ivhDiscretisation = "none";
    public double ivhBinWidth = 1;
    public int ivhBinCount = 1000;
    public boolean force2D;
    /** Whole-image z-score normalisation before resampling (MR), times {@link #normalizeScale}. */
    public boolean normalize;
    public double normalizeScale = 1;
    /** Bin edges: "ibsi" (IBSI-1 formulas) or "pyradiomics" (PyRadiomics' binWidth/binCount edges). */
    public String binEdges = "ibsi";
    public int distance = 1;
    public int ngldmCoarseness;

    public static IbsiSettings from(ParameterFile p) {
        IbsiSettings s = new IbsiSettings();
        double[] rs = p.numbers("resampledPixelSpacing");
        if (rs != null) {
            if (rs.length != 3) {
                throw new IllegalArgumentException(p.source + ": setting 'resampledPixelSpacing' needs 3 values (0 = keep that axis)");
            }
            s.resampledSpacing = rs;
        }
        s.interpolator = Interpolation.parse(p.string("interpolator", "linear"));
        s.maskInterpolator = Interpolation.parse(p.string("ibsiMaskInterpolator", "linear"));
        s.maskThreshold = p.number("ibsiMaskThreshold", 0.5);
        s.roundIntensities = p.flag("ibsiRoundIntensities", false);
        double[] range = p.numbers("resegmentRange");
        if (range != null) {
            String mode = p.string("resegmentMode", "absolute").toLowerCase(Locale.ROOT);
            if (!mode.equals("absolute")) {
                throw new IllegalArgumentException(p.source + ": IBSI mode supports resegmentMode 'absolute' with "
                        + "'ibsiOutlierSigma' for outlier filtering; got '" + mode + "'");
            }
            s.rangeLow = range[0];
            s.rangeHigh = range.length > 1 ? range[1] : Double.POSITIVE_INFINITY;
        }
        s.outlierSigma = p.number("ibsiOutlierSigma", 0);
        if (p.settings.containsKey("binCount")) {
            s.discretisation = "FBN";
            s.binCount = (int) p.number("binCount", 32);
        } else {
            s.discretisation = "FBS";
            s.binWidth = p.number("binWidth", 25);
        }
        if (p.settings.containsKey("ibsiIvhBinCount")) {
            s.ivhDiscretisation = "FBN";
            s.ivhBinCount = (int) p.number("ibsiIvhBinCount", 1000);
        } else if (p.settings.containsKey("ibsiIvhBinWidth")) {
            s.ivhDiscretisation = "FBS";
            s.ivhBinWidth = p.number("ibsiIvhBinWidth", 1);
        }
        s.force2D = p.flag("force2D", false);
        s.normalize = p.flag("normalize", false);
        s.normalizeScale = p.number("normalizeScale", 1);
        s.binEdges = p.string("ibsiBinEdges", "ibsi").toLowerCase(Locale.ROOT);
        if (!s.binEdges.equals("ibsi") && !s.binEdges.equals("pyradiomics")) {
            throw new IllegalArgumentException(p.source + ": setting 'ibsiBinEdges' = '" + s.binEdges + "': expected ibsi or pyradiomics");
        }
        double[] d = p.numbers("distances");
        if (d != null && d.length > 0) {
            s.distance = (int) d[0];
        }
        s.ngldmCoarseness = (int) p.number("ibsiNgldmCoarseness", 0);
        return s;
    }

    boolean hasRange() {
        return rangeLow > Double.NEGATIVE_INFINITY || rangeHigh < Double.POSITIVE_INFINITY;
    }
}
