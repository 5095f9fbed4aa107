package org.radwb.modeling.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/** ICC against psych 2.2.9, mRMR against the FCQ ranking written out in R, correlation pruning by hand. */
class SelectionTest {

    @Test
    void iccMatchesPsych() {
        List<Map<String, String>> ratings = Fixtures.rows("icc_ratings.csv");
        List<Map<String, String>> ref = Fixtures.rows("icc_reference.csv");
        int m = 60;
        for (Map<String, String> r : ref) {
            String g = r.get("feature");
            double[][] table = new double[m][3];
            for (Map<String, String> row : ratings) {
                int lesion = Integer.parseInt(row.get("lesion")) - 1;
                int rater = Integer.parseInt(row.get("rater")) - 1;
                table[lesion][rater] = Double.parseDouble(row.get(g));
            }
            assertEquals(Double.parseDouble(r.get("icc31")), IntraclassCorrelation.icc31(table), 1e-12, g);
            assertEquals(Double.parseDouble(r.get("icc21")), IntraclassCorrelation.icc21(table), 1e-12, g);
        }
    }

    @Test
    void mrmrRankingMatchesReference() {
        List<Map<String, String>> rows = Fixtures.lesions();
        double[][] x = Fixtures.features(rows);
        double[] y = Fixtures.column(rows, "outcome");
        List<Map<String, String>> ref = Fixtures.rows("mrmr_reference.csv");
        int[] own = Mrmr.select(x, y, 6);
        for (int k = 0; k < ref.size(); k++) {
            String expected = ref.get(k).get("feature");
            assertEquals(expected, String.format("f%02d", own[k] + 1), "rank " + (k + 1));
            assertEquals(Double.parseDouble(ref.get(k).get("f_statistic")), Correlations.fStatistic(x, y, own[k]), 1e-9);
        }
    }

    @Test
    void pruningKeepsTheMoreRelevantOfACorrelatedPair() {
        // columns 0 and 1 are nearly identical; column 2 is independent
        double[][] x = {{1, 1.1, 5}, {2, 2.0, 3}, {3, 3.2, 4}, {4, 3.9, 1}, {5, 5.1, 2}};
        assertArrayEquals(new int[] {1, 2}, CorrelationPruning.prune(x, new double[] {1, 2, 0.5}, 0.9));
        assertArrayEquals(new int[] {0, 2}, CorrelationPruning.prune(x, new double[] {2, 1, 0.5}, 0.9));
        assertArrayEquals(new int[] {0, 1, 2}, CorrelationPruning.prune(x, new double[] {2, 1, 0.5}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> CorrelationPruning.prune(x, new double[] {1, 1, 1}, 0));
    }

    @Test
    void iccTableFromALongTableMatchesPsychAndRefusesIncompleteDesigns() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("icc", ".csv");
        try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/modeling/icc_ratings.csv")) {
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        org.radwb.modeling.data.CsvTable t = org.radwb.modeling.data.CsvTable.read(tmp);
        Map<String, Double> icc3 = IccTable.compute(t, "lesion", "rater", List.of(), IccTable.Kind.ICC31);
        Map<String, Double> icc2 = IccTable.compute(t, "lesion", "rater", List.of(), IccTable.Kind.ICC21);
        for (Map<String, String> r : Fixtures.rows("icc_reference.csv")) {
            assertEquals(Double.parseDouble(r.get("icc31")), icc3.get(r.get("feature")), 1e-12);
            assertEquals(Double.parseDouble(r.get("icc21")), icc2.get(r.get("feature")), 1e-12);
        }
        java.nio.file.Files.writeString(tmp, "lesion,rater,g1\n1,a,1.0\n1,b,1.2\n2,a,3.0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IccTable.compute(org.radwb.modeling.data.CsvTable.read(tmp), "lesion", "rater", List.of(), IccTable.Kind.ICC31));
        assertEquals(tmp + ": lesion '2' has no row for rater 'b'; the ICC needs every lesion measured by every rater", e.getMessage());
        java.nio.file.Files.delete(tmp);
    }
}
