package org.radwb.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WindowLevelTest {

    @Test
    void mapsTheWindowOntoGrey() {
        WindowLevel wl = new WindowLevel(200, 100); // 0..200
        assertEquals(0, wl.grey(-5));
        assertEquals(0, wl.grey(0));
        assertEquals(128, wl.grey(100)); // 0.5 * 255 = 127.5 rounds up
        assertEquals(255, wl.grey(200));
        assertEquals(255, wl.grey(1e6));
    }

    @Test
    void dragWidensWithXAndMovesLevelWithY() {
        WindowLevel wl = new WindowLevel(200, 100).dragged(10, -5, 2);
        assertEquals(220, wl.window(), 1e-12);
        assertEquals(110, wl.level(), 1e-12);
        // Dragging far left never makes the window zero or negative.
        assertEquals(2, new WindowLevel(200, 100).dragged(-1000, 0, 2).window(), 1e-12);
    }

    @Test
    void rejectsNonPositiveWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowLevel(0, 1));
        assertEquals(true, e.getMessage().contains("window > 0"));
    }
}
