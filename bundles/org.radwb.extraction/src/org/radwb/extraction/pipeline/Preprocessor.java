package org.radwb.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.RoiData;
import org.radwb.extraction.intensity.LocalIntensity;
import org.radwb.extraction.preprocess.Resampler;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * IBSI-1 image processing (chapter 2): crop around the mask, resample image and mask on the IBSI-aligned grid,
 * round intensities, threshold the interpolated mask, re-segment (range, then outlier filter).
 */
public final class Preprocessor {

    /** The processed ROI and what later steps need to know. */
    public record Prepared(RoiData roi, List<String> notes) {
    }

    private Preprocessor() {
    }

    public static Prepared run(Volume image, Mask mask, IbsiSettings s) throws ExtractionException {
        Geometry g = image.geometry();
        List<String> notes = new ArrayList<>();
        if (!g.sameGrid(mask.geometry(), 1e-3)) {
            throw new ExtractionException("image and mask geometries differ: image " + g + "; mask " + mask.geometry());
        }
        int[] bb = mask.boundingBox();
        if (bb == null) {
            throw new ExtractionException("the mask is empty: no voxel to compute features on");
        }
        if (bb[0] == 0 || bb[1] == 0 || bb[2] == 0 || bb[3] == g.nx() - 1 || bb[4] == g.ny() - 1 || bb[5] == g.nz() - 1) {
            notes.add("the mask touches the image border; voxels outside the image are taken from the nearest edge");
        }
        int[] dims = g.dims();
        double[] sp = g.spacing();
        double[] target = new double[3];
        for (int a = 0; a < 3; a++) {
            target[a] = sp[a];
            if (s.resampledSpacing != null && s.resampledSpacing[a] > 0 && !(s.force2D && a == 2)) {
                target[a] = s.resampledSpacing[a];
            }
        }
        boolean resample = s.resampledSpacing != null;
        // crop the original grid with a margin covering the local-intensity sphere and the interpolation support
        int[] lo = new int[3], hi = new int[3];
        for (int a = 0; a < 3; a++) {
            int m = (int) Math.ceil((LocalIntensity.RADIUS + 4 * Math.max(sp[a], target[a])) / sp[a]);
            lo[a] = Math.max(0, bb[a] - m);
            hi[a] = Math.min(dims[a] - 1, bb[a + 3] + m);
        }
        int cx = hi[0] - lo[0] + 1, cy = hi[1] - lo[1] + 1, cz = hi[2] - lo[2] + 1;
        float[] img = new float[cx * cy * cz];
        float[] msk = new float[cx * cy * cz];
        float[] src = s.normalize ? zScore(image.voxels(), s.normalizeScale) : image.voxels();
        boolean[] in = mask.inside();
        int nan = 0;
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                int p = g.index(lo[0], lo[1] + j, lo[2] + k), q = cx * (j + cy * k);
                for (int i = 0; i < cx; i++, p++, q++) {
                    img[q] = src[p];
                    msk[q] = in[p] ? 1 : 0;
                    if (Float.isNaN(src[p])) {
                        nan++;
                    }
                }
            }
        }
        if (nan > 0) {
            throw new ExtractionException(nan + " voxel(s) near the ROI have no intensity (NaN); features are undefined");
        }
        int nx, ny, nz;
        float[] outImg, outMask;
        if (!resample) {
            nx = cx;
            ny = cy;
            nz = cz;
            outImg = img;
            outMask = msk;
        } else {
            int[] nd = new int[3];
            double[] start = new double[3], step = new double[3];
            int[] clo = { lo[0], lo[1], lo[2] };
            int[] chi = { hi[0], hi[1], hi[2] };
            for (int a = 0; a < 3; a++) {
                double gStep = target[a] / sp[a];
                int n2 = target[a] == sp[a] ? dims[a] : Resampler.newSize(dims[a], sp[a], target[a]);
                double gStart = target[a] == sp[a] ? 0 : Resampler.start(dims[a], sp[a], n2, target[a]);
                int mLo = Math.max(0, (int) Math.ceil((clo[a] - gStart) / gStep - 1e-9));
                int mHi = Math.min(n2 - 1, (int) Math.floor((chi[a] - gStart) / gStep + 1e-9));
                nd[a] = mHi - mLo + 1;
                start[a] = gStart + mLo * gStep - clo[a];
                step[a] = gStep;
            }
            nx = nd[0];
            ny = nd[1];
            nz = nd[2];
            outImg = new Resampler(cx, cy, cz, img).resample(nd, start, step, s.interpolator);
            outMask = new Resampler(cx, cy, cz, msk).resample(nd, start, step, s.maskInterpolator);
        }
        boolean[] morph = new boolean[outMask.length];
        for (int p = 0; p < morph.length; p++) {
            morph[p] = outMask[p] >= s.maskThreshold;
            if (s.roundIntensities) {
                outImg[p] = (float) Math.rint(outImg[p]);
            }
        }
        boolean[] intensity = new boolean[morph.length];
        int kept = 0;
        for (int p = 0; p < morph.length; p++) {
            intensity[p] = morph[p] && outImg[p] >= s.rangeLow && outImg[p] <= s.rangeHigh;
            if (intensity[p]) {
                kept++;
            }
        }
        if (s.outlierSigma > 0 && kept > 0) {
            double mean = 0, var = 0;
            for (int p = 0; p < morph.length; p++) {
                if (intensity[p]) {
                    mean += outImg[p];
                }
            }
            mean /= kept;
            for (int p = 0; p < morph.length; p++) {
                if (intensity[p]) {
                    var += (outImg[p] - mean) * (outImg[p] - mean);
                }
            }
            double sd = Math.sqrt(var / kept);
            kept = 0;
            for (int p = 0; p < morph.length; p++) {
                if (intensity[p] && Math.abs(outImg[p] - mean) <= s.outlierSigma * sd) {
                    kept++;
                } else {
                    intensity[p] = false;
                }
            }
        }
        int nMorph = 0;
        for (boolean b : morph) {
            if (b) {
                nMorph++;
            }
        }
        if (nMorph == 0) {
            throw new ExtractionException("the mask is empty after resampling to " + java.util.Arrays.toString(target) + " mm");
        }
        if (kept == 0) {
            throw new ExtractionException("no ROI voxel is left after re-segmentation to [" + s.rangeLow + ", "
                    + s.rangeHigh + "]" + (s.outlierSigma > 0 ? " and the " + s.outlierSigma + " sigma outlier filter" : ""));
        }
        if (kept == 1) {
            notes.add("the ROI has a single voxel: dispersion and texture features are degenerate (IBSI)");
        }
        return new Prepared(new RoiData(nx, ny, nz, target[0], target[1], target[2], outImg, morph, intensity), notes);
    }


    /** Whole-image z-score (sample SD, as SimpleITK's Normalize) times scale. */
    static float[] zScore(float[] x, double scale) {
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
            o[i] = (float) ((x[i] - mean) / sd * scale);
        }
        return o;
    }
}
