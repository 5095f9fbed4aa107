package org.radwb.extraction.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.extraction.TestData;
import org.radwb.imaging.Geometry;

/**
 * Wavelet sub-bands against PyWavelets 1.1.1 (pywt.swtn, coif1, level 1, as PyRadiomics calls it;
 * fixtures/filters/make_wavelet_fixture.py). Odd dimensions exercise PyRadiomics' wrap padding.
 */
class WaveletTest {

    private static final Geometry G = Geometry.of(9, 8, 7, 1, 1, 1);

    @Test
    void subBandsMatchPyWavelets() throws Exception {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (BufferedReader r = new BufferedReader(TestData.reader("filters/wavelet.csv"))) {
            header = r.readLine().split(",");
            String l;
            while ((l = r.readLine()) != null) {
                rows.add(l.split(","));
            }
        }
        float[] x = new float[G.size()];
        for (String[] r : rows) {
            x[G.index(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2]))] = Float.parseFloat(r[3]);
        }
        // whole image and a box around one voxel (exactness of the cropped computation)
        Map<String, float[]> whole = Wavelet.transform(x, G, new int[] { 0, 0, 0 }, new int[] { 8, 7, 6 });
        Map<String, float[]> box = Wavelet.transform(x, G, new int[] { 4, 4, 3 }, new int[] { 4, 4, 3 });
        for (int c = 4; c < header.length; c++) {
            String band = header[c];
            double max = 0;
            for (String[] r : rows) {
                max = Math.max(max, Math.abs(Double.parseDouble(r[c])));
            }
            for (String[] r : rows) {
                int p = G.index(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2]));
                assertEquals(Double.parseDouble(r[c]), whole.get(band)[p], 1e-6 * max, band + " at " + r[0] + "," + r[1] + "," + r[2]);
            }
            int centre = G.index(4, 4, 3);
            assertEquals(whole.get(band)[centre], box.get(band)[centre], 1e-6 * max, band + " from the cropped box");
        }
    }

    @Test
    void croppedBoxEqualsWholeImageInside() {
        Geometry g = Geometry.of(40, 36, 30, 1, 1, 1);
        float[] x = new float[g.size()];
        java.util.Random rnd = new java.util.Random(7);
        for (int p = 0; p < x.length; p++) {
            x[p] = (float) rnd.nextGaussian() * 50;
        }
        Map<String, float[]> whole = Wavelet.transform(x, g, new int[] { 0, 0, 0 }, new int[] { 39, 35, 29 });
        Map<String, float[]> box = Wavelet.transform(x, g, new int[] { 15, 14, 12 }, new int[] { 22, 20, 17 });
        for (String band : Wavelet.BANDS) {
            for (int k = 12; k <= 17; k++) {
                for (int j = 14; j <= 20; j++) {
                    for (int i = 15; i <= 22; i++) {
                        assertEquals(whole.get(band)[g.index(i, j, k)], box.get(band)[g.index(i, j, k)], 1e-3, band);
                    }
                }
            }
        }
    }
}
