package org.radwb.extraction.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IBSI-1 digital phantom, texture rows of the reference table (IBSI manual, CC BY 4.0). The manual prints the
 * reference values to 3 significant digits without tolerance ("—"), so a value passes when it rounds to the printed
 * value: |ours - ref| <= half a unit in the 3rd significant digit (exactly 0 for a reference of 0).
 */
class IbsiDigitalPhantomTextureTest {

    private static Map<String, Map<String, Double>> ours;
    private static List<String[]> reference;

    @BeforeAll
    static void compute() throws IOException {
        ours = IbsiTexture.compute(TextureFixtures.digitalPhantom(), TextureSettings.ibsiDefaults());
        List<String[]> rows = TextureFixtures.readCsv("/texture/ibsi/ibsi1_digital_phantom_texture_reference.csv");
        reference = rows.subList(1, rows.size());
    }

    /** Allowed difference: the stated tolerance, or half a unit in the last printed (3rd significant) digit. */
    static double allowed(String printed, double tolerance) {
        if (tolerance > 0) {
            return tolerance;
        }
        double ref = Double.parseDouble(printed);
        if (ref == 0) {
            return 1e-12;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(ref))) - 2);
        return 0.5 * unit * (1 + 1e-9);
    }

    @ParameterizedTest
    @EnumSource(TextureFamily.class)
    void everyReferenceRowOfTheFamilyIsWithinTolerance(TextureFamily family) {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        for (String[] r : reference) {
            if (!r[2].equals(family.ibsiCode())) {
                continue;
            }
            rows++;
            String tag = r[6];
            String code = r[8];
            double ref = Double.parseDouble(r[9]);
            double tol = allowed(r[9], r[10].isEmpty() ? 0 : Double.parseDouble(r[10]));
            Double value = ours.getOrDefault(code, Map.of()).get(tag);
            if (value == null || !(Math.abs(value - ref) <= tol)) {
                failures.add(tag + " [" + code + "] ref " + r[9] + " ours " + value);
            }
        }
        assertTrue(rows > 0, "no reference rows for " + family);
        assertEquals(List.of(), failures, family + ": " + failures.size() + " of " + rows + " rows outside tolerance");
        System.out.println("IBSI digital phantom " + family + ": " + rows + "/" + rows + " rows within tolerance");
    }
}
