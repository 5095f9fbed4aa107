package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IBSI-1 CT radiomics phantom, 3D configurations C (2 mm trilinear, re-segmentation [-1000, 400] HU, FBS 25 HU) and
 * D (2 mm trilinear, outlier filtering mean +- 3 SD, FBN 32): texture rows (3D aggregations) within their stated
 * tolerance (configuration D: at least 95 %, 132/136, misses explained below). Resampling and discretisation are re-implemented in test code ({@link IbsiTestResampler}) so the check
 * isolates the texture engine. Test data only: the phantom is CC BY-NC 3.0.
 */
class IbsiCtPhantom3DTextureTest {

    static PyRadiomicsCase resampledPhantom() throws IOException {
        return resampledPhantom(new double[] {2, 2, 2});
    }

    static PyRadiomicsCase resampledPhantom(double[] spacing) throws IOException {
        PyRadiomicsCase ct = PyRadiomicsCase.loadResource("/texture/ibsi-ct/ct_phantom_gtv_roi.txt.gz");
        String geometry = ct.comments.stream().filter(c -> c.startsWith("image ")).findFirst().orElseThrow();
        String[] t = geometry.split(" ");
        int[] full = {Integer.parseInt(t[1]), Integer.parseInt(t[2]), Integer.parseInt(t[3])};
        int[] start = {Integer.parseInt(t[6]), Integer.parseInt(t[7]), Integer.parseInt(t[8])};
        return IbsiTestResampler.resample(ct, full, start, spacing);
    }

    /** IBSI fixed bin number: floor(n (x - min) / (max - min)) + 1, the maximum in bin n. */
    static DiscretisedRoi fixedBinNumber(PyRadiomicsCase c, boolean[] intensityMask, int bins) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < c.image.length; i++) {
            if (intensityMask[i]) {
                min = Math.min(min, c.image[i]);
                max = Math.max(max, c.image[i]);
            }
        }
        int[] levels = new int[c.image.length];
        for (int i = 0; i < levels.length; i++) {
            if (intensityMask[i]) {
                levels[i] = c.image[i] == max ? bins : (int) Math.floor(bins * (c.image[i] - min) / (double) (max - min)) + 1;
            }
        }
        return new DiscretisedRoi(c.nx, c.ny, c.nz, c.spacing[0], c.spacing[1], c.spacing[2], levels, bins);
    }

    static DiscretisedRoi fixedBinSize(PyRadiomicsCase c, boolean[] intensityMask, double min, double w) {
        int[] levels = new int[c.image.length];
        int ng = 1;
        for (int i = 0; i < levels.length; i++) {
            if (intensityMask[i]) {
                levels[i] = (int) Math.floor((c.image[i] - min) / w) + 1;
                ng = Math.max(ng, levels[i]);
            }
        }
        return new DiscretisedRoi(c.nx, c.ny, c.nz, c.spacing[0], c.spacing[1], c.spacing[2], levels, ng);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "D"})
    void textureRowsWithinTolerance(String config) throws IOException {
        PyRadiomicsCase c = resampledPhantom();
        boolean[] morph = c.mask;
        boolean[] intensity = new boolean[morph.length];
        DiscretisedRoi roi;
        if (config.equals("C")) {
            for (int i = 0; i < morph.length; i++) {
                intensity[i] = morph[i] && c.image[i] >= -1000 && c.image[i] <= 400;
            }
            roi = fixedBinSize(c, intensity, -1000, 25);
        } else {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < morph.length; i++) {
                if (morph[i]) {
                    sum += c.image[i];
                    n++;
                }
            }
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < morph.length; i++) {
                if (morph[i]) {
                    ss += (c.image[i] - mean) * (c.image[i] - mean);
                }
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < morph.length; i++) {
                intensity[i] = morph[i] && c.image[i] >= mean - 3 * sd && c.image[i] <= mean + 3 * sd;
            }
            roi = fixedBinNumber(c, intensity, 32);
        }
        Map<String, Map<String, Double>> ours = IbsiTexture.compute(roi, morph, TextureSettings.ibsiDefaults());
        List<String[]> rows = TextureFixtures.readCsv("/texture/ibsi-ct/ibsi1_config_" + config
                + "_texture_reference.csv");
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[9].isEmpty()) {
                continue;
            }
            compared++;
            double ref = Double.parseDouble(r[9]);
            double tol = IbsiDigitalPhantomTextureTest.allowed(r[9], r[10].isEmpty() ? 0 : Double.parseDouble(r[10]));
            Double v = ours.getOrDefault(r[8], Map.of()).get(r[6]);
            if (v == null || !(Math.abs(v - ref) <= tol)) {
                failures.add(r[6] + " [" + r[8] + "] ref " + r[9] + " +- " + r[10] + " ours " + v);
            }
        }
        System.out.println("IBSI CT phantom config " + config + ": " + (compared - failures.size()) + "/" + compared
                + " texture rows within tolerance, " + roi.voxelCount() + " voxels" + (failures.isEmpty() ? ""
                : " " + failures));
        if (config.equals("C")) {
            assertEquals(List.of(), failures, "config C");
        } else {
            // Config D misses 4 of 136 zone/dependence rows by 1-2 % (szm.zsnu, szm.zs.entr, dzm.lde, ngl.ldlge, all
            // KOBO). The same engine meets every config C row, and this test's config D preprocessing meets the
            // first-order references (mean -23.3 vs -23.5, variance, min -723 vs -724, ih.mean 18.50, ih.var 21.67),
            // so the misses come from how sensitive 3D zone counts are to the exact FBN bin edges (the reference
            // teams' ROI minimum itself varies by +-12 HU). The issue asks >= 95 % for the CT configurations.
            assertTrue(failures.size() <= 4, "config D: " + failures);
            assertTrue(compared - failures.size() >= 0.95 * compared, "config D: " + failures);
        }
    }
}
