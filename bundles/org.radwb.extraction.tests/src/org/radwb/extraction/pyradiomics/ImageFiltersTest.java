package org.radwb.extraction.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;

/**
 * The PyRadiomics-mode image filters against numpy implementations of the same definitions
 * (fixtures/filters/make_filter_fixtures.py) and, for LoG, against ITK itself (fixtures/filters/log_fixture.cxx).
 * Tolerance: 1e-6 of the largest magnitude of each output (float32 images, as SimpleITK produces).
 */
class ImageFiltersTest {

    private static final Geometry G = new Geometry(new int[] { 9, 8, 7 }, new double[] { 0.8, 0.9, 1.5 }, new double[3],
            new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });

    private static List<double[]> rows() throws Exception {
        List<double[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(TestData.reader("filters/filters.csv"))) {
            r.readLine();
            String l;
            while ((l = r.readLine()) != null) {
                String[] f = l.split(",");
                double[] v = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    v[i] = Double.parseDouble(f[i]);
                }
                out.add(v);
            }
        }
        return out;
    }

    private static void check(List<double[]> rows, int column, float[] ours, String what) {
        double max = 0;
        for (double[] r : rows) {
            max = Math.max(max, Math.abs(r[column]));
        }
        for (double[] r : rows) {
            int p = G.index((int) r[0], (int) r[1], (int) r[2]);
            assertEquals(r[column], ours[p], 1e-6 * max, what + " at " + (int) r[0] + "," + (int) r[1] + "," + (int) r[2]);
        }
    }

    @Test
    void filtersMatchNumpyDefinitions() throws Exception {
        List<double[]> rows = rows();
        assertEquals(G.size(), rows.size());
        float[] x = new float[G.size()];
        for (double[] r : rows) {
            x[G.index((int) r[0], (int) r[1], (int) r[2])] = (float) r[3];
        }
        check(rows, 4, ImageFilters.square(x), "square");
        check(rows, 5, ImageFilters.squareRoot(x), "squareroot");
        check(rows, 6, ImageFilters.logarithm(x), "logarithm");
        check(rows, 7, ImageFilters.exponential(x), "exponential");
        check(rows, 8, ImageFilters.gradientMagnitude(x, G), "gradient");
    }

    /** LoG against ITK 5.2's LaplacianRecursiveGaussianImageFilter (what SimpleITK/PyRadiomics run): log_itk.csv. */
    @Test
    void laplacianOfGaussianMatchesItk() throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(TestData.reader("filters/log_itk.csv"))) {
            r.readLine();
            String l;
            while ((l = r.readLine()) != null) {
                String[] f = l.split(",");
                double[] v = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    v[i] = Double.parseDouble(f[i]);
                }
                rows.add(v);
            }
        }
        float[] x = new float[G.size()];
        for (double[] r : rows) {
            x[G.index((int) r[0], (int) r[1], (int) r[2])] = (float) r[3];
        }
        int[] lo = { 0, 0, 0 }, hi = { 8, 7, 6 };
        check(rows, 4, ImageFilters.laplacianOfGaussian(x, G, 1.0, lo, hi), "LoG sigma 1");
        check(rows, 5, ImageFilters.laplacianOfGaussian(x, G, 2.0, lo, hi), "LoG sigma 2");
    }

    /** Restricting LoG to a box around the ROI does not change the values inside it. */
    @Test
    void laplacianOfGaussianInABoxEqualsWholeImage() {
        Geometry g = Geometry.of(60, 50, 40, 0.8, 0.8, 2);
        float[] x = new float[g.size()];
        java.util.Random rnd = new java.util.Random(3);
        for (int p = 0; p < x.length; p++) {
            x[p] = (float) (rnd.nextGaussian() * 40 + 100);
        }
        float[] full = ImageFilters.laplacianOfGaussian(x, g, 1.0, new int[] { 0, 0, 0 }, new int[] { 59, 49, 39 });
        float[] part = ImageFilters.laplacianOfGaussian(x, g, 1.0, new int[] { 28, 22, 18 }, new int[] { 32, 27, 21 });
        for (int k = 18; k <= 21; k++) {
            for (int j = 22; j <= 27; j++) {
                for (int i = 28; i <= 32; i++) {
                    assertEquals(full[g.index(i, j, k)], part[g.index(i, j, k)], 1e-3, "voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void imageTypesAreNamedAsPyRadiomicsNamesThem() throws Exception {
        float[] x = new float[G.size()];
        for (int p = 0; p < x.length; p++) {
            x[p] = (p * 31) % 97;
        }
        boolean[] m = new boolean[G.size()];
        for (int k = 2; k <= 4; k++) {
            for (int j = 2; j <= 5; j++) {
                for (int i = 2; i <= 6; i++) {
                    m[G.index(i, j, k)] = true;
                }
            }
        }
        ParameterFile p = ParameterFile.parse("p.yaml", "imageType:\n  Original: {}\n  LoG: {sigma: [1.0, 2]}\n  Square: {}\n"
                + "  SquareRoot: {}\n  Logarithm: {}\n  Exponential: {}\n  Gradient: {}\n  Wavelet: {}\nfeatureClass:\n  firstorder: [Mean]\n");
        var r = PyRadiomicsExtractor.extract(new Volume(G, x), new Mask(G, m), p);
        assertEquals(List.of("original_firstorder_Mean", "log-sigma-1-0-mm-3D_firstorder_Mean", "log-sigma-2-mm-3D_firstorder_Mean",
                "square_firstorder_Mean", "squareroot_firstorder_Mean", "logarithm_firstorder_Mean", "exponential_firstorder_Mean",
                "gradient_firstorder_Mean", "wavelet-LLH_firstorder_Mean", "wavelet-LHL_firstorder_Mean",
                "wavelet-LHH_firstorder_Mean", "wavelet-HLL_firstorder_Mean", "wavelet-HLH_firstorder_Mean",
                "wavelet-HHL_firstorder_Mean", "wavelet-HHH_firstorder_Mean", "wavelet-LLL_firstorder_Mean"),
                List.copyOf(r.features().keySet()));
        Function<String, Double> f = r.features()::get;
        assertTrue(f.apply("square_firstorder_Mean") > 0);
    }
}
