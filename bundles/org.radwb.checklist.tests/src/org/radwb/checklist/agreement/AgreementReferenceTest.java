package org.radwb.checklist.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Compares the agreement statistics with R psych 2.2.9 (fixtures/agreement/agreement_reference.R and its
 * output expected.csv). Tolerance 1e-9 for closed-form statistics; 1e-6 for p-values and confidence bounds,
 * which go through F-distribution quantiles computed by different numerical libraries.
 */
class AgreementReferenceTest {

    private static final String DIR = "/fixtures/agreement/";
    private static final double EXACT = 1e-9;
    private static final double NUMERIC = 1e-6;

    @Test
    void cohenKappaMatchesPsych() throws IOException {
        Map<String, Double> expected = expected();
        for (String[] ds : new String[][] { { "cohen_ordinal4", "4" }, { "cohen_binary17", "2" }, { "cohen_item12", "5" } }) {
            int[][] ab = columnsAsInts(read(ds[0]));
            int k = Integer.parseInt(ds[1]);
            String n = ds[0] + "/";
            assertEquals(expected.get(n + "kappa"), CohenKappa.unweighted(ab[0], ab[1], k), EXACT, n);
            assertEquals(expected.get(n + "weighted_kappa_quadratic"),
                    CohenKappa.weighted(ab[0], ab[1], k, CohenKappa.QUADRATIC), EXACT, n);
            assertEquals(expected.get(n + "weighted_kappa_linear"),
                    CohenKappa.weighted(ab[0], ab[1], k, CohenKappa.LINEAR), EXACT, n);
            List<List<Integer>> pairs = new ArrayList<>();
            for (int s = 0; s < ab[0].length; s++) {
                pairs.add(List.of(ab[0][s], ab[1][s]));
            }
            assertEquals(expected.get(n + "percent_agreement"), PercentAgreement.of(pairs), EXACT, n);
        }
    }

    @Test
    void icc21MatchesPsych() throws IOException {
        Map<String, Double> expected = expected();
        for (String ds : List.of("icc_shrout_fleiss", "icc_rqs_totals")) {
            IntraclassCorrelation icc = IntraclassCorrelation.icc21(matrix(read(ds)));
            String n = ds + "/";
            assertEquals(expected.get(n + "icc21"), icc.value(), EXACT, n);
            assertEquals(expected.get(n + "icc21_F"), icc.f(), EXACT * 100, n);
            assertEquals(expected.get(n + "icc21_p"), icc.p(), NUMERIC, n);
            assertEquals(expected.get(n + "icc21_lower"), icc.lower(), NUMERIC, n);
            assertEquals(expected.get(n + "icc21_upper"), icc.upper(), NUMERIC, n);
        }
    }

    @Test
    void shroutFleissTextbookValue() throws IOException {
        // Shrout & Fleiss (1979) Table 2 data; the paper reports ICC(2,1) = .29
        assertEquals(0.29, IntraclassCorrelation.icc21(matrix(read("icc_shrout_fleiss"))).value(), 0.005);
    }

    @Test
    void fleissKappaMatchesFormulaInRAndPublishedExample() throws IOException {
        int[][] counts = intMatrix(read("fleiss_wikipedia"));
        double kappa = FleissKappa.of(counts);
        assertEquals(expected().get("fleiss_wikipedia/fleiss_kappa"), kappa, EXACT);
        assertEquals(0.210, kappa, 0.0005); // printed with 3 decimals in the worked example
    }

    @Test
    void fleissWithTwoRatersEqualsScottsPi() {
        // with two raters Fleiss' kappa reduces to Scott's pi: (po - pe) / (1 - pe) with pooled marginals
        int[][] counts = { { 2, 0 }, { 1, 1 }, { 0, 2 }, { 2, 0 } };
        double po = 3.0 / 4;
        double p1 = 5.0 / 8;
        double pe = p1 * p1 + (1 - p1) * (1 - p1);
        assertEquals((po - pe) / (1 - pe), FleissKappa.of(counts), EXACT);
    }

    @Test
    void degenerateAndBadInputs() {
        assertTrue(Double.isNaN(CohenKappa.unweighted(new int[] { 1, 1 }, new int[] { 1, 1 }, 2)));
        assertEquals(1.0, CohenKappa.unweighted(new int[] { 0, 1 }, new int[] { 0, 1 }, 2), EXACT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CohenKappa.unweighted(new int[] { 0, 3 }, new int[] { 0, 1 }, 2));
        assertTrue(e.getMessage().contains("subject 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FleissKappa.of(new int[][] { { 2, 0 }, { 1, 2 } }));
        assertTrue(e.getMessage().contains("subject 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IntraclassCorrelation.icc21(new double[][] { { 1, 2 } }));
    }

    private static Map<String, Double> expected() throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (String[] row : read("expected")) {
            m.put(unquote(row[0]) + "/" + unquote(row[1]), Double.parseDouble(row[2]));
        }
        return m;
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }

    /** Rows of a fixture CSV without its header. */
    private static List<String[]> read(String name) throws IOException {
        try (InputStream in = AgreementReferenceTest.class.getResourceAsStream(DIR + name + ".csv")) {
            if (in == null) {
                throw new IOException("missing fixture " + DIR + name + ".csv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        }
    }

    private static int[][] columnsAsInts(List<String[]> rows) {
        int[][] c = new int[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < c.length; j++) {
                c[j][i] = Integer.parseInt(rows.get(i)[j].trim());
            }
        }
        return c;
    }

    private static double[][] matrix(List<String[]> rows) {
        return rows.stream().map(r -> java.util.Arrays.stream(r).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    private static int[][] intMatrix(List<String[]> rows) {
        return rows.stream().map(r -> java.util.Arrays.stream(r).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new);
    }
}
