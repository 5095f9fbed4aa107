package org.radwb.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.ScoringMethod;

/**
 * End to end: answers of two raters through ChecklistAgreement give the R psych values of the fixtures
 * (fixtures/agreement/expected.csv, tolerance 1e-9 for kappas, 1e-6 for ICC bounds).
 */
class ChecklistAgreementTest {

    @Test
    void itemKappasAndTotalIccMatchR() throws Exception {
        Checklist c = TestChecklists.checklist("agree", ScoringMethod.POINTS);
        // an RQS-12-like ordinal item: levels -5, 2, 3, 4, 5 coded 0..4 in cohen_item12.csv
        var v = TestChecklists.item(c, "v", ItemKind.SINGLE_CHOICE, "none", -5, "same", 2, "other", 3, "two", 4,
                "three", 5);
        v.setOrdinal(true);
        String[] codes = { "none", "same", "other", "two", "three" };
        // a second item chosen so that each rater's checklist total equals icc_rqs_totals.csv (4..24 points)
        Object[] totalOptions = new Object[42];
        for (int p = 4; p <= 24; p++) {
            totalOptions[2 * (p - 4)] = "t" + p;
            totalOptions[2 * (p - 4) + 1] = p;
        }
        TestChecklists.item(c, "t", ItemKind.SINGLE_CHOICE, totalOptions);
        List<int[]> item12 = rows("cohen_item12");
        List<int[]> totals = rows("icc_rqs_totals");
        List<RatedAnswers> ratings = new ArrayList<>();
        for (int s = 0; s < 17; s++) {
            for (int r = 0; r < 2; r++) {
                int vPoints = new int[] { -5, 2, 3, 4, 5 }[item12.get(s)[r]];
                int t = totals.get(s)[r] - vPoints;
                ratings.add(new RatedAnswers("S" + s, r == 0 ? "A" : "B", AnswerSet.builder()
                        .answer("v", codes[item12.get(s)[r]]).answer("t", "t" + t).build()));
            }
        }
        AgreementReport report = ChecklistAgreement.compute(c, ratings);
        ItemAgreement va = report.items().get(0);
        assertEquals(17, va.subjects());
        assertEquals(82.3529411764706, va.percentAgreement(), 1e-9);
        assertEquals(0.648275862068965, va.kappa(), 1e-9);
        assertEquals(0.843558282208589, va.weightedKappa(), 1e-9);
        assertEquals(List.of("A", "B"), report.raters());
        // ICC(2,1) of the checklist totals: R psych on icc_rqs_totals.csv
        assertEquals(0.928436911487759, report.totals().value(), 1e-9);
        assertEquals(0.81654246642894, report.totals().lower(), 1e-6);
        assertEquals(0.973342789102571, report.totals().upper(), 1e-6);
    }

    @Test
    void threeRatersUseFleiss() throws Exception {
        Checklist c = TestChecklists.checklist("f", ScoringMethod.POINTS);
        TestChecklists.item(c, "q", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 1);
        String[][] answers = { { "yes", "yes", "no" }, { "no", "no", "no" }, { "yes", "yes", "yes" }, { "no", "yes", "no" } };
        List<RatedAnswers> ratings = new ArrayList<>();
        for (int s = 0; s < answers.length; s++) {
            for (int r = 0; r < 3; r++) {
                ratings.add(new RatedAnswers("S" + s, "R" + r, AnswerSet.builder().answer("q", answers[s][r]).build()));
            }
        }
        ItemAgreement q = ChecklistAgreement.compute(c, ratings).items().get(0);
        assertEquals("fleiss", q.method());
        assertEquals(50.0, q.percentAgreement(), 1e-12);
        // by hand: P_i = (1/3, 1, 1, 1/3), P-bar = 2/3; p_yes = 6/12, p_no = 6/12, Pe = 1/2; kappa = (2/3 - 1/2) / (1/2) = 1/3
        assertEquals(1.0 / 3, q.kappa(), 1e-12);
    }

    private static List<int[]> rows(String name) throws Exception {
        List<int[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getStream("/fixtures/agreement/" + name + ".csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split(",");
                out.add(new int[] { Integer.parseInt(f[0]), Integer.parseInt(f[1]) });
            }
        }
        return out;
    }

    private static java.io.InputStream getStream(String path) {
        return ChecklistAgreementTest.class.getResourceAsStream(path);
    }
}
