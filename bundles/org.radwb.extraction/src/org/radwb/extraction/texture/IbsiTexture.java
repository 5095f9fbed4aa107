package org.radwb.extraction.texture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IBSI-1 texture features (GLCM, GLRLM, GLSZM, GLDZM, NGTDM, NGLDM) for every IBSI aggregation method.
 * N_g (normalised inverse differences) is the highest discretised level present in the ROI.
 * Slices are the planes of constant z; 2D features are averaged over the slices that hold ROI voxels, 2.5D
 * matrices are merged over slices, 3D matrices use the full 3D neighbourhood.
 */
public final class IbsiTexture {

    static final String[] RLM_TAGS = {"rlm.sre", "rlm.lre", "rlm.lgre", "rlm.hgre", "rlm.srlge", "rlm.srhge",
        "rlm.lrlge", "rlm.lrhge", "rlm.glnu", "rlm.glnu.norm", "rlm.rlnu", "rlm.rlnu.norm", "rlm.r.perc",
        "rlm.gl.var", "rlm.rl.var", "rlm.rl.entr", null};
    static final String[] SZM_TAGS = {"szm.sze", "szm.lze", "szm.lgze", "szm.hgze", "szm.szlge", "szm.szhge",
        "szm.lzlge", "szm.lzhge", "szm.glnu", "szm.glnu.norm", "szm.zsnu", "szm.zsnu.norm", "szm.z.perc",
        "szm.gl.var", "szm.zs.var", "szm.zs.entr", null};
    static final String[] DZM_TAGS = {"dzm.sde", "dzm.lde", "dzm.lgze", "dzm.hgze", "dzm.sdlge", "dzm.sdhge",
        "dzm.ldlge", "dzm.ldhge", "dzm.glnu", "dzm.glnu.norm", "dzm.zdnu", "dzm.zdnu.norm", "dzm.z.perc",
        "dzm.gl.var", "dzm.zd.var", "dzm.zd.entr", null};
    static final String[] NGL_TAGS = {"ngl.lde", "ngl.hde", "ngl.lgce", "ngl.hgce", "ngl.ldlge", "ngl.ldhge",
        "ngl.hdlge", "ngl.hdhge", "ngl.glnu", "ngl.glnu.norm", "ngl.dcnu", "ngl.dcnu.norm", "ngl.dc.perc",
        "ngl.gl.var", "ngl.dc.var", "ngl.dc.entr", "ngl.dc.energy"};

    private IbsiTexture() {
    }

    /**
     * All IBSI texture features of the given families for every requested IBSI aggregation.
     *
     * @param roi discretised ROI (levels 1..ng; IBSI N_g is taken as the highest level present)
     * @param s   settings
     * @return {@code result.get(aggregationCode).get(ibsiTag)}, with codes and tags as in the IBSI reference tables
     * @throws IllegalArgumentException for an ROI without voxels
     */
    public static Map<String, Map<String, Double>> compute(DiscretisedRoi roi, TextureSettings s) {
        return compute(roi, null, s);
    }

    /**
     * As {@link #compute(DiscretisedRoi, TextureSettings)}, with a separate morphological mask for the GLDZM
     * distance map (IBSI: distances to the ROI edge use the morphological mask; re-segmentation only shrinks the
     * intensity mask). Crop the ROI to the morphological mask's bounding box so no morphological voxel is cut off.
     *
     * @param roi               discretised intensity ROI
     * @param morphologicalMask morphological mask in the same box ({@code x + nx*(y + ny*z)}), or null when it equals
     *                          the intensity ROI; it must contain every intensity ROI voxel
     * @param s                 settings
     * @return {@code result.get(aggregationCode).get(ibsiTag)}
     */
    public static Map<String, Map<String, Double>> compute(DiscretisedRoi roi, boolean[] morphologicalMask,
            TextureSettings s) {
        roi.requireNonEmpty();
        if (morphologicalMask != null) {
            if (morphologicalMask.length != roi.levels().length) {
                throw new IllegalArgumentException("morphological mask has " + morphologicalMask.length
                        + " voxels, the ROI box " + roi.levels().length);
            }
            for (int i = 0; i < morphologicalMask.length; i++) {
                if (roi.levels()[i] > 0 && !morphologicalMask[i]) {
                    throw new IllegalArgumentException("voxel " + i + " is in the intensity ROI but not in the "
                            + "morphological mask; the intensity mask must be a subset of the morphological mask");
                }
            }
        }
        // matrices over the levels present only: memory O(levels present^2) however fine the discretisation
        CompactRoi c = CompactRoi.of(roi);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (TextureFamily family : s.families()) {
            switch (family) {
                case GLCM -> glcm(c, s, out);
                case GLRLM -> glrlm(c, s, out);
                case GLSZM -> zones(c, null, s, out, false);
                case GLDZM -> zones(c, morphologicalMask, s, out, true);
                // neighbourhood means and the coarseness alpha need the original level values: no compaction
                case NGTDM -> ngtdm(roi, s, out);
                case NGLDM -> ngldm(roi, s, out);
                default -> throw new IllegalStateException("unhandled family " + family);
            }
        }
        return out;
    }

    private static boolean any2D(TextureSettings s) {
        return s.aggregations().contains(Aggregation.BY_SLICE_AVERAGED)
                || s.aggregations().contains(Aggregation.BY_SLICE_MERGED)
                || s.aggregations().contains(Aggregation.BY_DIRECTION_MERGED)
                || s.aggregations().contains(Aggregation.FULL_2_5D_MERGED);
    }

    private static boolean any3D(TextureSettings s) {
        return s.aggregations().contains(Aggregation.VOLUME_AVERAGED)
                || s.aggregations().contains(Aggregation.VOLUME_MERGED);
    }

    private static void put(Map<String, Map<String, Double>> out, Aggregation a, String[] tags, double[] values) {
        Map<String, Double> m = out.computeIfAbsent(a.code(), k -> new LinkedHashMap<>());
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != null) {
                m.put(tags[i], values == null ? Double.NaN : values[i]);
            }
        }
    }

    // ---- GLCM -------------------------------------------------------------------------------------------------

    private static void glcm(CompactRoi c, TextureSettings s, Map<String, Map<String, Double>> out) {
        DiscretisedRoi roi = c.roi;
        int n = roi.ng();
        int len = n * n;
        int[] gv = c.greyValue;
        // N_g of the normalised inverse differences: the highest discretised level in the ROI. For FBN this is the
        // bin count; for FBS it is the bin of the ROI maximum (the IBSI CT phantom references need exactly this)
        double ngNorm = gv[n - 1];
        String[] tags = GlcmFeatures.IBSI_TAGS;
        int nf = GlcmFeatures.COUNT;
        if (any2D(s)) {
            int[][] dirs = Offsets.ibsiDirections2D(s.glcmDistance());
            FeatureMean avg = new FeatureMean(nf);
            FeatureMean sliceMerged = new FeatureMean(nf);
            // per-direction sums over slices (2.5D) accumulate while slices stream by: no per-slice storage
            double[][] perDir = new double[dirs.length][len];
            for (int z = 0; z < roi.nz(); z++) {
                if (!roi.sliceHasRoi(z)) {
                    continue;
                }
                double[][] m = GlcmMatrix.counts(roi, dirs, z, z + 1);
                double[] slice = new double[len];
                for (int a = 0; a < dirs.length; a++) {
                    GlcmMatrix.symmetrise(m[a], n);
                    avg.add(GlcmFeatures.compute(m[a], n, gv, ngNorm, 0));
                    add(slice, m[a]);
                    add(perDir[a], m[a]);
                }
                sliceMerged.add(GlcmFeatures.compute(slice, n, gv, ngNorm, 0));
            }
            FeatureMean dirMerged = new FeatureMean(nf);
            double[] all = new double[len];
            for (double[] d : perDir) {
                dirMerged.add(GlcmFeatures.compute(d, n, gv, ngNorm, 0));
                add(all, d);
            }
            putIf(out, s, Aggregation.BY_SLICE_AVERAGED, tags, avg.mean());
            putIf(out, s, Aggregation.BY_SLICE_MERGED, tags, sliceMerged.mean());
            putIf(out, s, Aggregation.BY_DIRECTION_MERGED, tags, dirMerged.mean());
            putIf(out, s, Aggregation.FULL_2_5D_MERGED, tags, GlcmFeatures.compute(all, n, gv, ngNorm, 0));
        }
        if (any3D(s)) {
            double[][] m = GlcmMatrix.compute(roi, Offsets.ibsiDirections3D(s.glcmDistance()), true);
            FeatureMean avg = new FeatureMean(nf);
            double[] all = new double[len];
            for (double[] a : m) {
                avg.add(GlcmFeatures.compute(a, n, gv, ngNorm, 0));
                add(all, a);
            }
            putIf(out, s, Aggregation.VOLUME_AVERAGED, tags, avg.mean());
            putIf(out, s, Aggregation.VOLUME_MERGED, tags, GlcmFeatures.compute(all, n, gv, ngNorm, 0));
        }
    }

    private static void add(double[] target, double[] m) {
        for (int i = 0; i < target.length; i++) {
            target[i] += m[i];
        }
    }

    private static void putIf(Map<String, Map<String, Double>> out, TextureSettings s, Aggregation a, String[] tags,
            double[] values) {
        if (s.aggregations().contains(a)) {
            put(out, a, tags, values);
        }
    }

    // ---- GLRLM ------------------------------------------------------------------------------------------------
    // runs follow unit directions: the GLCM distance does not apply to run lengths

    private static void glrlm(CompactRoi c, TextureSettings s, Map<String, Map<String, Double>> out) {
        DiscretisedRoi roi = c.roi;
        int n = roi.ng();
        int[] gv = c.greyValue;
        String[] tags = RLM_TAGS;
        int nf = CountMatrixFeatures.COUNT;
        if (any2D(s)) {
            int[][] dirs = Offsets.ibsiDirections2D(1);
            FeatureMean avg = new FeatureMean(nf);
            FeatureMean sliceMerged = new FeatureMean(nf);
            CountMatrix[] dirSums = new CountMatrix[dirs.length];
            for (int z = 0; z < roi.nz(); z++) {
                if (!roi.sliceHasRoi(z)) {
                    continue;
                }
                CountMatrix[] m = GlrlmMatrix.compute(roi, dirs, z, z + 1, false);
                for (int a = 0; a < dirs.length; a++) {
                    avg.add(runFeatures(m[a], gv));
                    // fold into the running per-direction sum so slices are not kept
                    dirSums[a] = dirSums[a] == null ? m[a] : CountMatrix.sum(List.of(dirSums[a], m[a]), n);
                }
                sliceMerged.add(runFeatures(CountMatrix.sum(List.of(m), n), gv));
            }
            FeatureMean dirMerged = new FeatureMean(nf);
            List<CountMatrix> all = new ArrayList<>();
            for (CountMatrix d : dirSums) {
                if (d != null) {
                    dirMerged.add(runFeatures(d, gv));
                    all.add(d);
                }
            }
            putIf(out, s, Aggregation.BY_SLICE_AVERAGED, tags, avg.mean());
            putIf(out, s, Aggregation.BY_SLICE_MERGED, tags, sliceMerged.mean());
            putIf(out, s, Aggregation.BY_DIRECTION_MERGED, tags, dirMerged.mean());
            putIf(out, s, Aggregation.FULL_2_5D_MERGED, tags, runFeatures(CountMatrix.sum(all, n), gv));
        }
        if (any3D(s)) {
            CountMatrix[] m = GlrlmMatrix.compute(roi, Offsets.ibsiDirections3D(1), false);
            FeatureMean avg = new FeatureMean(nf);
            for (CountMatrix a : m) {
                avg.add(runFeatures(a, gv));
            }
            putIf(out, s, Aggregation.VOLUME_AVERAGED, tags, avg.mean());
            putIf(out, s, Aggregation.VOLUME_MERGED, tags, runFeatures(CountMatrix.sum(List.of(m), n), gv));
        }
    }

    /** Run-length features; the percentage's denominator is the voxels covered (times merged directions). */
    private static double[] runFeatures(CountMatrix m, int[] gv) {
        return CountMatrixFeatures.compute(m, gv, m.weightedByJ());
    }

    // ---- GLSZM / GLDZM ----------------------------------------------------------------------------------------

    private static void zones(CompactRoi c, boolean[] morph, TextureSettings s,
            Map<String, Map<String, Double>> out, boolean distance) {
        DiscretisedRoi roi = c.roi;
        int[] gv = c.greyValue;
        int ng = roi.ng();
        String[] tags = distance ? DZM_TAGS : SZM_TAGS;
        int n = CountMatrixFeatures.COUNT;
        boolean want2D = s.aggregations().contains(Aggregation.SLICE_2D)
                || s.aggregations().contains(Aggregation.MERGED_2_5D);
        if (want2D) {
            int[][] nb = Offsets.neighbourhood(1, true);
            int[] dist = distance ? DistanceMap.compute(roi, morph, true) : null;
            FeatureMean perSlice = new FeatureMean(n);
            List<CountMatrix> all = new ArrayList<>();
            double voxels = 0;
            for (int z = 0; z < roi.nz(); z++) {
                if (!roi.sliceHasRoi(z)) {
                    continue;
                }
                Zones zs = Zones.find(roi, nb, z, z + 1, dist);
                CountMatrix m = distance ? zs.distanceMatrix(ng) : zs.sizeMatrix(ng);
                double nv = zoneVoxels(zs);
                voxels += nv;
                perSlice.add(CountMatrixFeatures.compute(m, gv, nv));
                all.add(m);
            }
            putIf(out, s, Aggregation.SLICE_2D, tags, perSlice.mean());
            putIf(out, s, Aggregation.MERGED_2_5D, tags,
                    CountMatrixFeatures.compute(CountMatrix.sum(all, ng), gv, voxels));
        }
        if (s.aggregations().contains(Aggregation.VOLUME_3D)) {
            int[] dist = distance ? DistanceMap.compute(roi, morph, false) : null;
            Zones zs = Zones.find(roi, Offsets.neighbourhood(1, false), 0, roi.nz(), dist);
            CountMatrix m = distance ? zs.distanceMatrix(ng) : zs.sizeMatrix(ng);
            put(out, Aggregation.VOLUME_3D, tags, CountMatrixFeatures.compute(m, gv, zoneVoxels(zs)));
        }
    }

    private static double zoneVoxels(Zones zs) {
        double v = 0;
        for (int i = 0; i < zs.count; i++) {
            v += zs.size[i];
        }
        return v;
    }

    // ---- NGTDM ------------------------------------------------------------------------------------------------

    private static void ngtdm(DiscretisedRoi roi, TextureSettings s, Map<String, Map<String, Double>> out) {
        String[] tags = NgtdmFeatures.IBSI_TAGS;
        int[] gv = CompactRoi.identity(roi.ng());
        if (s.aggregations().contains(Aggregation.SLICE_2D) || s.aggregations().contains(Aggregation.MERGED_2_5D)) {
            int[][] nb = Offsets.neighbourhood(s.ngtdmDistance(), true);
            FeatureMean perSlice = new FeatureMean(tags.length);
            for (int z = 0; z < roi.nz(); z++) {
                if (roi.sliceHasRoi(z)) {
                    double[][] m = NgtdmMatrix.compute(roi, nb, z, z + 1, false);
                    perSlice.add(NgtdmFeatures.compute(m[0], m[1], gv));
                }
            }
            putIf(out, s, Aggregation.SLICE_2D, tags, perSlice.mean());
            double[][] merged = NgtdmMatrix.compute(roi, nb, 0, roi.nz(), false);
            putIf(out, s, Aggregation.MERGED_2_5D, tags, NgtdmFeatures.compute(merged[0], merged[1], gv));
        }
        if (s.aggregations().contains(Aggregation.VOLUME_3D)) {
            double[][] m = NgtdmMatrix.compute(roi, Offsets.neighbourhood(s.ngtdmDistance(), false), false);
            put(out, Aggregation.VOLUME_3D, tags, NgtdmFeatures.compute(m[0], m[1], gv));
        }
    }

    // ---- NGLDM ------------------------------------------------------------------------------------------------

    private static void ngldm(DiscretisedRoi roi, TextureSettings s, Map<String, Map<String, Double>> out) {
        String[] tags = NGL_TAGS;
        int alpha = s.ngldmCoarseness();
        int[] gv = CompactRoi.identity(roi.ng());
        if (s.aggregations().contains(Aggregation.SLICE_2D) || s.aggregations().contains(Aggregation.MERGED_2_5D)) {
            int[][] nb = Offsets.neighbourhood(s.ngldmDistance(), true);
            FeatureMean perSlice = new FeatureMean(CountMatrixFeatures.COUNT);
            for (int z = 0; z < roi.nz(); z++) {
                if (roi.sliceHasRoi(z)) {
                    CountMatrix m = NgldmMatrix.compute(roi, nb, z, z + 1, alpha);
                    perSlice.add(CountMatrixFeatures.compute(m, gv, m.total()));
                }
            }
            putIf(out, s, Aggregation.SLICE_2D, tags, perSlice.mean());
            CountMatrix merged = NgldmMatrix.compute(roi, nb, 0, roi.nz(), alpha);
            putIf(out, s, Aggregation.MERGED_2_5D, tags, CountMatrixFeatures.compute(merged, gv, merged.total()));
        }
        if (s.aggregations().contains(Aggregation.VOLUME_3D)) {
            CountMatrix m = NgldmMatrix.compute(roi, Offsets.neighbourhood(s.ngldmDistance(), false), alpha);
            put(out, Aggregation.VOLUME_3D, tags, CountMatrixFeatures.compute(m, gv, m.total()));
        }
    }
}
