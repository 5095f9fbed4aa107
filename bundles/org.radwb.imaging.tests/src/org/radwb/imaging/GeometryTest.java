package org.radwb.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeometryTest {

    /** A grid rotated 90 degrees about z: axis i points to +y (posterior), axis j to -x (right). */
    private static Geometry rotated() {
        return new Geometry(new int[] { 4, 5, 6 }, new double[] { 0.5, 2, 3 }, new double[] { 10, -20, 30 },
                new double[] { 0, -1, 0, 1, 0, 0, 0, 0, 1 });
    }

    @Test
    void indexToWorldFollowsDirectionColumns() {
        // hand computed: origin + 1*0.5*(0,1,0) + 2*2*(-1,0,0) + 3*3*(0,0,1)
        assertArrayEquals(new double[] { 10 - 4, -20 + 0.5, 30 + 9 }, rotated().indexToWorld(1, 2, 3), 1e-12);
    }

    @Test
    void worldToIndexInvertsIndexToWorld() {
        Geometry g = rotated();
        double[] w = g.indexToWorld(1.25, 3.5, -2);
        assertArrayEquals(new double[] { 1.25, 3.5, -2 }, g.worldToIndex(w[0], w[1], w[2]), 1e-12);
    }

    @Test
    void sameGridUsesTolerance() {
        Geometry a = Geometry.of(3, 3, 3, 1, 1, 1);
        Geometry b = new Geometry(new int[] { 3, 3, 3 }, new double[] { 1, 1, 1.0000001 }, new double[3],
                new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
        assertTrue(a.sameGrid(b, 1e-5));
        assertFalse(a.sameGrid(b, 1e-9));
        assertFalse(a.sameGrid(Geometry.of(3, 3, 4, 1, 1, 1), 1));
    }

    @Test
    void invalidGeometryIsRejectedWithReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Geometry(new int[] { 2, 2, 2 }, new double[] { 1, 0, 1 }, new double[3],
                        new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }));
        assertTrue(e.getMessage().contains("spacing 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Geometry(new int[] { 2, 2, 2 }, new double[] { 1, 1, 1 },
                new double[3], new double[] { 1, 0, 0, 1, 0, 0, 0, 0, 1 }));
    }

    @Test
    void toStringNamesAllParts() {
        String s = rotated().toString();
        assertTrue(s.contains("4x5x6") && s.contains("spacing (0.500000, 2.00000, 3.00000)") && s.contains("origin"), s);
    }
}
