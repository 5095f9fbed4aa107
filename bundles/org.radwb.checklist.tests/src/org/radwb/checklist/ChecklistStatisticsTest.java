package org.radwb.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.ScoringMethod;

/** Review-level summaries, with expected values worked out by hand in the comments. */
class ChecklistStatisticsTest {

    @Test
    void summaryOfValues() {
        Summary s = Summary.of(4, 1, 3, 2, Double.NaN);
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 0.0);
        assertEquals(2.5, s.median(), 0.0); // even n: mean of 2 and 3
        assertEquals(1, s.min(), 0.0);
        assertEquals(4, s.max(), 0.0);
        assertEquals(3, Summary.of(5, 1, 3).median(), 0.0);
        assertTrue(Double.isNaN(Summary.of().mean()));
    }

    @Test
    void totalsAdherenceAndDomainsAcrossStudies() throws Exception {
        Checklist c = TestChecklists.checklist("s", ScoringMethod.POINTS);
        Domain d = TestChecklists.domain(c, "D");
        TestChecklists.item(c, "1", ItemKind.SINGLE_CHOICE, "none", -2, "some", 1, "full", 3).setDomain(d);
        TestChecklists.item(c, "2", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 1);
        String[][] answers = { { "full", "yes" }, { "none", "no" }, { "some", "no" } };
        List<ScoreResult> results = new ArrayList<>();
        for (String[] a : answers) {
            results.add(ScoringEngine.score(c, AnswerSet.builder().answer("1", a[0]).answer("2", a[1]).build(),
                    ScoringOptions.COMPLETE));
        }
        // totals 4, -2, 1 of max 4: mean 1, median 1; percents 100, -50 (no floor by default here), 25
        assertEquals(1.0, ChecklistStatistics.totals(results).mean(), 1e-12);
        assertEquals(1.0, ChecklistStatistics.totals(results).median(), 1e-12);
        assertEquals(25.0, ChecklistStatistics.percents(results).median(), 1e-12);
        List<ItemAdherence> adherence = ChecklistStatistics.itemAdherence(c, results);
        assertEquals(2, adherence.get(0).adhered()); // "full" and "some" earn points, "none" does not
        assertEquals(200.0 / 3, adherence.get(0).ratePercent(), 1e-12);
        assertEquals(100.0 / 3, adherence.get(1).ratePercent(), 1e-12);
        DomainSummary ds = ChecklistStatistics.domainSummaries(c, results).get(0);
        assertEquals(-2, ds.min(), 0.0);
        assertEquals(3, ds.max(), 0.0);
        assertEquals(2.0 / 3, ds.totals().mean(), 1e-12); // (3 - 2 + 1) / 3
        assertEquals((100.0 - 200.0 / 3 + 100.0 / 3) / 3, ds.percentOfMax().mean(), 1e-12);
    }

    @Test
    void agreementTableRows() throws Exception {
        Checklist c = TestChecklists.checklist("a", ScoringMethod.POINTS);
        TestChecklists.item(c, "1", ItemKind.SINGLE_CHOICE, "no", 0, "yes", 1);
        List<RatedAnswers> r = new ArrayList<>();
        String[][] ab = { { "yes", "yes" }, { "no", "yes" }, { "no", "no" }, { "yes", "yes" } };
        for (int s = 0; s < ab.length; s++) {
            r.add(new RatedAnswers("S" + s, "A", AnswerSet.builder().answer("1", ab[s][0]).build()));
            r.add(new RatedAnswers("S" + s, "B", AnswerSet.builder().answer("1", ab[s][1]).build()));
        }
        // po = 3/4; A yes 2/4, B yes 3/4; pe = 1/2*3/4 + 1/2*1/4 = 1/2; kappa = (3/4 - 1/2) / (1/2) = 1/2
        AgreementReport report = ChecklistAgreement.compute(c, r);
        assertEquals(List.of(List.of("1", "4", "75", "0.5", "NA", "cohen")), ChecklistCsv.agreementRows(report));
    }
}
