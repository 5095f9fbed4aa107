package org.radwb.extraction.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bin assignments computed by hand from the IBSI formulas and from numpy.digitize's definition. */
class DiscretiserTest {

    private static final double[] X = { -3, 0, 2.5, 7, 12, 24.999, 25, 49 };

    @Test
    void ibsiFixedBinNumber() {
        // ng (x - min) / (max - min) with min -3, max 49, ng 4: 0, 0.23, 0.42, 0.77, 1.15, 2.15, 2.15, 4 -> floor + 1, max in bin 4
        Discretiser.Result r = Discretiser.ibsiFixedBinNumber(X, 4);
        assertArrayEquals(new int[] { 1, 1, 1, 1, 2, 3, 3, 4 }, r.levels());
        assertEquals(4, r.ng());
    }

    @Test
    void ibsiFixedBinSizeFromRangeBoundOrMinimum() {
        // lower bound -10, width 10: floor((x + 10) / 10) + 1
        assertArrayEquals(new int[] { 1, 2, 2, 2, 3, 4, 4, 6 }, Discretiser.ibsiFixedBinSize(X, 10, -10).levels());
        // no bound: from the minimum -3
        assertArrayEquals(new int[] { 1, 1, 1, 2, 2, 3, 3, 6 }, Discretiser.ibsiFixedBinSize(X, 10, Double.NaN).levels());
    }

    @Test
    void pyradiomicsBinWidthAlignsEdgesToMultiplesOfTheWidth() {
        // min -3: lowBound = -3 - (-3 mod 10) = -10; edges -10, 0, 10, 20, 30, 40, 50, 60; digitize counts edges <= x
        Discretiser.Result r = Discretiser.pyradiomicsBinWidth(X, 10);
        assertArrayEquals(new int[] { 1, 2, 2, 2, 3, 4, 4, 6 }, r.levels());
        // flat region: one level
        assertArrayEquals(new int[] { 1, 1 }, Discretiser.pyradiomicsBinWidth(new double[] { 50, 50 }, 25).levels());
    }

    @Test
    void pyradiomicsBinCountUsesHistogramEdges() {
        // edges linspace(-3, 49, 5) = -3, 10, 23, 36, 49 (+1 on the last): 12 -> 2, 24.999 -> 3, 49 -> 4
        assertArrayEquals(new int[] { 1, 1, 1, 1, 2, 3, 3, 4 }, Discretiser.pyradiomicsBinCount(X, 4).levels());
    }

    @Test
    void pythonModulo() {
        assertEquals(7.0, Discretiser.floorMod(-3, 10));
        assertEquals(3.0, Discretiser.floorMod(3, 10));
    }
}
