package org.radwb.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelMapTest {

    private static LabelMap twoLesions() {
        LabelMap m = new LabelMap(Geometry.of(6, 5, 4, 1, 1, 1), new int[120]);
        // lesion A: a 2x2x2 cube of label 1 plus (3,3,2), an edge neighbour of (2,2,2); lesion B: two voxels apart
        for (int k = 1; k <= 2; k++) {
            for (int j = 1; j <= 2; j++) {
                for (int i = 1; i <= 2; i++) {
                    m.set(i, j, k, 1);
                }
            }
        }
        m.set(5, 4, 0, 1);
        m.set(5, 3, 0, 1);
        m.set(3, 3, 3, 2); // a second label
        m.set(3, 3, 2, 1); // shares an edge with (2,2,2): joined with 18/26-connectivity, alone with 6
        return m;
    }

    @Test
    void listsLabelsAndSelectsOne() {
        LabelMap m = twoLesions();
        assertEquals(List.of(1, 2), m.labelList());
        assertEquals(11, m.select(1).count());
        assertEquals(1, m.select(2).count());
        assertEquals(12, m.nonZero().count());
    }

    @Test
    void absentLabelGivesClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> twoLesions().select(7));
        assertTrue(e.getMessage().contains("label 7 is absent") && e.getMessage().contains("[1, 2]"), e.getMessage());
    }

    @Test
    void connectivityDecidesComponents() {
        Mask m = twoLesions().select(1);
        // 26 and 18: cube + (3,3,2) (edge neighbour of (2,2,2)) = 9 voxels, and the pair = 2
        assertEquals(List.of(9, 2), m.components(26).stream().map(Mask::count).toList());
        assertEquals(List.of(9, 2), m.components(18).stream().map(Mask::count).toList());
        // 6: (3,3,2) is its own component
        assertEquals(List.of(8, 2, 1), m.components(6).stream().map(Mask::count).toList());
        assertEquals(2, twoLesions().lesions(1).size());
    }

    @Test
    void boundingBoxAndBorder() {
        Mask m = twoLesions().select(1);
        assertArrayEquals(new int[] { 1, 1, 0, 5, 4, 2 }, m.boundingBox());
        assertTrue(m.touchesBorder());
        assertFalse(twoLesions().lesions(1).get(0).touchesBorder());
    }
}
