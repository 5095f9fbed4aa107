package org.radwb.extraction.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.extraction.ExtractionException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.preprocess.Discretiser;
import org.radwb.extraction.texture.DiscretisedRoi;
import org.radwb.extraction.texture.PyRadiomicsTexture;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/**
 * PyRadiomics-style voxel-based feature maps: the ROI is discretised as in PyRadiomics mode (binWidth/binCount over
 * the ROI), every ROI voxel gets the texture class's features over the ROI voxels in its cubic kernel
 * ({@code kernelRadius}), and each feature becomes an image on the input grid (NaN outside the ROI).
 */
public final class VoxelMaps {

    private VoxelMaps() {
    }

    /** Feature name ({@code original_glcm_Contrast}) to its map on the image grid. */
    public static Map<String, Volume> compute(Volume image, Mask mask, String featureClass, ParameterFile params)
            throws ExtractionException {
        Geometry g = image.geometry();
        if (!g.sameGrid(mask.geometry(), 1e-3)) {
            throw new ExtractionException("image and mask geometries differ: image " + g + "; mask " + mask.geometry());
        }
        int[] bb = mask.boundingBox();
        if (bb == null) {
            throw new ExtractionException("the mask is empty: no voxel to compute features on");
        }
        if (!PyRadiomicsTexture.FEATURE_CLASSES.contains(featureClass)) {
            throw new ExtractionException("voxel maps exist for the texture classes " + PyRadiomicsTexture.FEATURE_CLASSES
                    + ", not '" + featureClass + "'");
        }
        int cx = bb[3] - bb[0] + 1, cy = bb[4] - bb[1] + 1, cz = bb[5] - bb[2] + 1;
        List<Integer> where = new ArrayList<>();
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                for (int i = 0; i < cx; i++) {
                    if (mask.get(i + bb[0], j + bb[1], k + bb[2])) {
                        where.add(i + cx * (j + cy * k));
                    }
                }
            }
        }
        double[] x = new double[where.size()];
        for (int q = 0; q < x.length; q++) {
            int p = where.get(q);
            x[q] = image.get(p % cx + bb[0], (p / cx) % cy + bb[1], p / (cx * cy) + bb[2]);
            if (Double.isNaN(x[q])) {
                throw new ExtractionException("ROI voxels have no intensity (NaN); voxel maps are undefined");
            }
        }
        Discretiser.Result d = params.settings.containsKey("binCount")
                ? Discretiser.pyradiomicsBinCount(x, (int) params.number("binCount", 0))
                : Discretiser.pyradiomicsBinWidth(x, params.number("binWidth", 25));
        int[] levels = new int[cx * cy * cz];
        for (int q = 0; q < x.length; q++) {
            levels[where.get(q)] = d.levels()[q];
        }
        DiscretisedRoi roi = new DiscretisedRoi(cx, cy, cz, g.spacing(0), g.spacing(1), g.spacing(2), levels, Math.max(1, d.ng()));
        PyRadiomicsTexture.VoxelFeatureMaps maps;
        try {
            maps = PyRadiomicsTexture.voxelBased(roi, featureClass, params.settings);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(featureClass + ": " + e.getMessage(), e);
        }
        Map<String, Volume> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : maps.values().entrySet()) {
            float[] img = new float[g.size()];
            java.util.Arrays.fill(img, Float.NaN);
            for (int q = 0; q < maps.voxels().length; q++) {
                int p = maps.voxels()[q];
                img[g.index(p % cx + bb[0], (p / cx) % cy + bb[1], p / (cx * cy) + bb[2])] = (float) e.getValue()[q];
            }
            out.put("original_" + featureClass + "_" + e.getKey(), new Volume(g, img));
        }
        return out;
    }

    /** Writes each map as {@code <dir>/<feature>.nii.gz}; returns the files. */
    public static List<Path> write(Map<String, Volume> maps, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Volume> e : maps.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".nii.gz");
            ImageIO.write(e.getValue(), f);
            files.add(f);
        }
        return files;
    }
}
