package org.radwb.checklist.rqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.AgreementReport;
import org.radwb.checklist.ChecklistAgreement;
import org.radwb.checklist.ItemAgreement;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.io.AnswerCsv;
import org.radwb.checklist.io.AnswerTable;

/**
 * Two raters' RQS answers for 17 studies (fixtures/rqs-two-raters.csv) through the CSV reader and
 * ChecklistAgreement, against R psych run on the same file with points typed in independently
 * (fixtures/rqs_two_raters_agreement.R). Tolerance 1e-9 for kappas and ICC, 1e-6 for the ICC bounds.
 */
class RqsTwoRaterAgreementTest {

    @Test
    void agreementMatchesR() throws Exception {
        AnswerTable table;
        try (BufferedReader r = reader("/fixtures/rqs-two-raters.csv")) {
            table = AnswerCsv.read(r, "rqs-two-raters.csv", Rqs.load(), ScoringOptions.COMPLETE);
        }
        assertEquals(34, table.ratings().size());
        AgreementReport report = ChecklistAgreement.compute(Rqs.load(), table.ratings());
        Map<String, double[]> expected = expected();
        for (ItemAgreement a : report.items()) {
            double[] e = expected.get(a.itemId());
            assertEquals(17, a.subjects());
            assertEquals(e[0], a.percentAgreement(), 1e-9, "item " + a.itemId());
            assertSame(e[1], a.kappa(), "kappa, item " + a.itemId());
            assertSame(e[2], a.weightedKappa(), "weighted kappa, item " + a.itemId());
        }
        assertEquals(expected.get("icc21")[1], report.totals().value(), 1e-9);
        assertEquals(expected.get("icc21_lower")[1], report.totals().lower(), 1e-6);
        assertEquals(expected.get("icc21_upper")[1], report.totals().upper(), 1e-6);
    }

    private static void assertSame(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": R gives NA (one category only), got " + actual);
        } else {
            assertEquals(expected, actual, 1e-9, what);
        }
    }

    private static Map<String, double[]> expected() throws Exception {
        Map<String, double[]> m = new HashMap<>();
        try (BufferedReader r = reader("/fixtures/rqs-two-raters-expected.csv")) {
            r.readLine();
            for (String line; (line = r.readLine()) != null;) {
                List<String> f = List.of(line.replace("\"", "").split(","));
                m.put(f.get(0), new double[] { num(f.get(1)), num(f.get(2)), num(f.get(3)) });
            }
        }
        return m;
    }

    private static double num(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static BufferedReader reader(String path) {
        return new BufferedReader(new InputStreamReader(RqsTwoRaterAgreementTest.class.getResourceAsStream(path),
                StandardCharsets.UTF_8));
    }
}
