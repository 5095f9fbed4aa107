package org.radwb.extraction.texture;

import java.util.Map;
import java.util.Random;

/**
 * Benchmark (a plain main, not a test): time of the PyRadiomics default texture classes (glcm, glrlm, glszm, gldm,
 * ngtdm: 75 of the 107 default features) for brain1 (4137 voxels) and for a synthetic 2 cm^3 sphere at 1 mm with
 * 40 grey levels, plus the full IBSI texture set. Run from the test classpath:
 * {@code java -cp <test>:<main> org.radwb.extraction.texture.TextureBenchmark}
 */
public final class TextureBenchmark {

    private TextureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DiscretisedRoi brain1 = PyRadiomicsCase.load("brain1").binWidth(25);
        DiscretisedRoi sphere = sphere(2000.0, 40, 42);
        voxelBased(sphere);
        voxelBased(sphere);
        System.out.printf("brain1: %d voxels, ng %d; sphere: %d voxels, ng %d%n", brain1.voxelCount(), brain1.ng(),
                sphere.voxelCount(), sphere.ng());
        for (DiscretisedRoi roi : new DiscretisedRoi[] {brain1, sphere}) {
            for (int i = 0; i < 200; i++) {
                pyradiomics(roi);
            }
            int reps = 200;
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                pyradiomics(roi);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / reps;
            System.out.printf("PyRadiomics texture classes (75 features), %d voxels: %.2f ms per ROI%n",
                    roi.voxelCount(), ms);
            for (String c : PyRadiomicsTexture.FEATURE_CLASSES) {
                long t1 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    PyRadiomicsTexture.compute(roi, c, Map.of());
                }
                System.out.printf("  %-6s %.2f ms%n", c, (System.nanoTime() - t1) / 1e6 / reps);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                IbsiTexture.compute(roi, TextureSettings.ibsiDefaults());
            }
            System.out.printf("IBSI texture, all families and aggregations: %.2f ms per ROI%n",
                    (System.nanoTime() - t2) / 1e6 / 20);
        }
    }

    /** Voxel-based GLCM (all 24 features) in a 5x5x5 kernel around every voxel of the 2 cm^3 sphere. */
    static void voxelBased(DiscretisedRoi roi) {
        long t = System.nanoTime();
        PyRadiomicsTexture.VoxelFeatureMaps m = PyRadiomicsTexture.voxelBased(roi, "glcm", Map.of("kernelRadius", 2));
        System.out.printf("voxel-based GLCM, kernel 5x5x5, %d voxels: %.2f s%n", m.voxels().length,
                (System.nanoTime() - t) / 1e9);
    }

    private static void pyradiomics(DiscretisedRoi roi) {
        for (String c : PyRadiomicsTexture.FEATURE_CLASSES) {
            PyRadiomicsTexture.compute(roi, c, Map.of());
        }
    }

    /** A sphere of the given volume (mm^3, 1 mm voxels) with smoothly varying random levels 1..ng. */
    static DiscretisedRoi sphere(double volumeMm3, int ng, long seed) {
        double r = Math.cbrt(3 * volumeMm3 / (4 * Math.PI));
        int n = (int) Math.ceil(2 * r) + 1;
        Random rnd = new Random(seed);
        int[] levels = new int[n * n * n];
        double c = (n - 1) / 2.0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double d2 = (x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c);
                    if (d2 <= r * r) {
                        double v = 0.5 + 0.3 * Math.sin(x / 3.0) * Math.cos(y / 4.0) + 0.2 * rnd.nextDouble();
                        levels[x + n * (y + n * z)] = Math.max(1, Math.min(ng, 1 + (int) (v * ng)));
                    }
                }
            }
        }
        return new DiscretisedRoi(n, n, n, 1, 1, 1, levels, ng);
    }
}
