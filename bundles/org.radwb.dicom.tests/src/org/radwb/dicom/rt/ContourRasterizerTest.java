package org.radwb.dicom.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.Fixtures;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.Mask;

/**
 * Compares our even-odd contour fill with an independent rasterisation by matplotlib.path
 * (fixtures/raster/make_reference.py, output committed in polygons.txt and masks.txt). Tolerance: exact, voxel
 * for voxel. Polygons are placed in world space through an anisotropic, offset, rotated grid and rasterised
 * back, so the world-to-index path is exercised too.
 */
class ContourRasterizerTest {

    private static final double C = Math.cos(0.3);
    private static final double S = Math.sin(0.3);
    private static final Geometry GRID = new Geometry(new int[] { 40, 32, 3 }, new double[] { 0.8, 1.3, 2.5 },
            new double[] { -17.5, 22.25, 40 }, new double[] { C, -S, 0, S, C, 0, 0, 0, 1 });

    private static Map<String, List<double[]>> polygons() {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String line : new String(Fixtures.bytes("raster/polygons.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] t = line.trim().split(" ");
            double[] xy = new double[t.length - 1];
            for (int i = 1; i < t.length; i++) {
                xy[i - 1] = Double.parseDouble(t[i]);
            }
            out.computeIfAbsent(t[0], k -> new ArrayList<>()).add(xy);
        }
        return out;
    }

    private static Map<String, String[]> masks() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : new String(Fixtures.bytes("raster/masks.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] t = line.trim().split(" ");
            out.computeIfAbsent(t[0], k -> new String[32])[Integer.parseInt(t[1])] = t[2];
        }
        return out;
    }

    private static Contour toWorld(double[] xy, double k) {
        int n = xy.length / 2;
        double[] pts = new double[3 * n];
        for (int p = 0; p < n; p++) {
            double[] w = GRID.indexToWorld(xy[2 * p], xy[2 * p + 1], k);
            System.arraycopy(w, 0, pts, 3 * p, 3);
        }
        return new Contour("CLOSED_PLANAR", pts, null);
    }

    @Test
    void everyCaseMatchesMatplotlibVoxelForVoxel() throws Exception {
        Map<String, String[]> expected = masks();
        Map<String, List<double[]>> polys = polygons();
        assertEquals(7, polys.size());
        for (Map.Entry<String, List<double[]>> e : polys.entrySet()) {
            List<Contour> contours = new ArrayList<>();
            for (double[] xy : e.getValue()) {
                contours.add(toWorld(xy, 1));
            }
            Roi roi = new Roi(1, e.getKey(), "GTV", null, null, contours);
            ContourRasterizer.Result result = ContourRasterizer.rasterize(roi, GRID, "test");
            Mask m = result.mask();
            assertEquals(m.count(), result.voxels(), "count kept while filling");
            org.junit.jupiter.api.Assertions.assertArrayEquals(m.boundingBox(), result.boundingBox(), "box kept while filling");
            String[] rows = expected.get(e.getKey());
            int differing = 0;
            for (int j = 0; j < 32; j++) {
                for (int i = 0; i < 40; i++) {
                    boolean ref = rows[j].charAt(i) == '1';
                    if (ref != m.get(i, j, 1)) {
                        differing++;
                    }
                    assertTrue(!m.get(i, j, 0) && !m.get(i, j, 2), "only slice 1 is filled");
                }
            }
            assertEquals(0, differing, e.getKey() + ": voxels differing from matplotlib");
        }
    }

    @Test
    void contourPartlyOutsideIsClippedWithAWarning() throws Exception {
        Roi roi = new Roi(1, "edge", null, null, null, List.of(toWorld(polygons().get("partly_outside").get(0), 2)));
        ContourRasterizer.Result r = ContourRasterizer.rasterize(roi, GRID, "RS.dcm");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("beyond the image edge")), r.warnings().toString());
        assertTrue(r.mask().count() > 0);
    }

    @Test
    void contoursEntirelyOutsideTheImageGiveAClearError() {
        double[] far = { 100.1, 100.2, 110.3, 100.4, 105.5, 110.6 };
        Roi roi = new Roi(3, "lost", null, null, null, List.of(toWorld(far, 1)));
        DicomException e = assertThrows(DicomException.class, () -> ContourRasterizer.rasterize(roi, GRID, "RS.dcm"));
        assertTrue(e.getMessage().contains("'lost'") && e.getMessage().contains("outside the image"), e.getMessage());
        Roi above = new Roi(4, "above", null, null, null, List.of(toWorld(polygons().get("disc").get(0), 7)));
        assertThrows(DicomException.class, () -> ContourRasterizer.rasterize(above, GRID, "RS.dcm"));
    }

    @Test
    void pointAndOpenContoursAloneAreRefused() {
        Roi roi = new Roi(5, "marker", "MARKER", null, null, List.of(new Contour("POINT", new double[] { 0, 0, 40 }, null)));
        DicomException e = assertThrows(DicomException.class, () -> ContourRasterizer.rasterize(roi, GRID, "RS.dcm"));
        assertTrue(e.getMessage().contains("no CLOSED_PLANAR"), e.getMessage());
    }
}
