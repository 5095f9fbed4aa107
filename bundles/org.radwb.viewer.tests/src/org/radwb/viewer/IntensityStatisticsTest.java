package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IntensityStatisticsTest {

    /** Independent reference: nearest-rank percentile of the sorted foreground values. */
    private static double exactPercentile(float[] v, double p) {
        float min = Float.POSITIVE_INFINITY;
        for (float x : v) {
            min = Math.min(min, x);
        }
        final float floor = min;
        double[] fg = new double[v.length];
        int n = 0;
        for (float x : v) {
            if (x > floor) {
                fg[n++] = x;
            }
        }
        double[] s = Arrays.copyOf(fg, n);
        Arrays.sort(s);
        int rank = (int) Math.max(1, Math.ceil(p / 100 * n - 1e-9));
        return s[rank - 1];
    }

    @Test
    void percentilesMatchSortingWithinOneBin() {
        Random rnd = new Random(42);
        float[] v = new float[200_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 3 == 0 ? 0f : (float) Math.max(1, 500 + 150 * rnd.nextGaussian()); // a third is background
        }
        IntensityStatistics s = IntensityStatistics.of(v);
        assertEquals(v.length - (v.length + 2) / 3, s.foregroundCount());
        for (double p : new double[] { 0.5, 1, 2, 25, 50, 75, 99, 99.5, 99.9 }) {
            // Tolerance: one histogram bin, the documented accuracy.
            assertEquals(exactPercentile(v, p), s.percentile(p), s.binWidth(), "percentile " + p);
        }
    }

    @Test
    void backgroundDoesNotPullTheAutoWindowDown() {
        float[] v = new float[1000];
        for (int i = 0; i < 100; i++) {
            v[i] = 1000 + i; // 10 % tissue, 90 % zero background
        }
        WindowLevel wl = IntensityStatistics.of(v).window(WindowLevelPreset.AUTO);
        assertTrue(wl.lower() > 999, "lower " + wl.lower());
        assertTrue(wl.upper() < 1100, "upper " + wl.upper());
    }

    @Test
    void presetsFollowTheirPercentiles() {
        float[] v = new float[10_001];
        for (int i = 0; i < v.length; i++) {
            v[i] = i; // foreground 1..10000: the p-th percentile is 100 p
        }
        IntensityStatistics s = IntensityStatistics.of(v);
        for (WindowLevelPreset p : WindowLevelPreset.values()) {
            WindowLevel wl = s.window(p);
            assertEquals(100 * p.lowerPercentile(), wl.lower(), 1.0, p + " lower");
            assertEquals(100 * p.upperPercentile(), wl.upper(), 1.0, p + " upper");
        }
    }

    @Test
    void flatImageGivesAUsableWindow() {
        float[] v = new float[64];
        Arrays.fill(v, 7f);
        WindowLevel wl = IntensityStatistics.of(v).window(WindowLevelPreset.AUTO);
        assertTrue(wl.window() > 0);
        assertEquals(7, wl.level(), 1e-9);
    }

    @Test
    void rejectsPercentilesOutsideRange() {
        IntensityStatistics s = IntensityStatistics.of(new float[] { 1, 2, 3 });
        assertThrows(IllegalArgumentException.class, () -> s.percentile(101));
    }
}
