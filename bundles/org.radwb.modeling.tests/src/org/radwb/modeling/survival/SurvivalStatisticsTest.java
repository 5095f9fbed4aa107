package org.radwb.modeling.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;

/** Compares the C-index with survival 3.5 / Hmisc, Kaplan-Meier with survfit, log-rank with survdiff. */
class SurvivalStatisticsTest {

    private final List<Map<String, String>> rows = Fixtures.lesions();
    private final double[] time = Fixtures.column(rows, "time");
    private final boolean[] event = Fixtures.flags(rows, "event");

    @Test
    void harrellCMatchesSurvivalConcordance() {
        Map<String, Double> ref = Fixtures.values("survival_reference.csv");
        ConcordanceIndex c = ConcordanceIndex.of(time, event, Fixtures.column(rows, "score_a"));
        assertEquals(ref.get("cindex"), c.cIndex(), 1e-12);
        assertEquals(ref.get("cindex_hmisc"), c.cIndex(), 1e-12);
        assertEquals(ref.get("cindex_se"), c.standardError(), 1e-9);
        assertEquals(ref.get("dxy_sd_hmisc") / 2, c.standardError(), 1e-9);
    }

    @Test
    void kaplanMeierMatchesSurvfit() {
        List<Map<String, String>> ref = Fixtures.rows("km_reference.csv");
        List<KaplanMeier.Step> steps = KaplanMeier.fit(time, event, 0.95).steps();
        assertEquals(ref.size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Map<String, String> r = ref.get(i);
            KaplanMeier.Step s = steps.get(i);
            assertEquals(Double.parseDouble(r.get("time")), s.time(), 1e-12);
            assertEquals(Integer.parseInt(r.get("n_risk")), s.atRisk());
            assertEquals(Integer.parseInt(r.get("n_event")), s.events());
            assertEquals(Double.parseDouble(r.get("survival")), s.survival(), 1e-12);
            assertEquals(Double.parseDouble(r.get("std_err_log")), s.standardErrorLog(), 1e-12);
            if (!"NA".equals(r.get("lower"))) {
                assertEquals(Double.parseDouble(r.get("lower")), s.lower(), 1e-12);
                assertEquals(Double.parseDouble(r.get("upper")), s.upper(), 1e-12);
            }
        }
    }

    @Test
    void logRankMatchesSurvdiff() {
        Map<String, Double> ref = Fixtures.values("survival_reference.csv");
        int[] group = Fixtures.column(rows, "risk_group").length == 0 ? null
                : java.util.Arrays.stream(Fixtures.column(rows, "risk_group")).mapToInt(d -> (int) d).toArray();
        LogRankTest t = LogRankTest.of(time, event, group);
        assertEquals(ref.get("logrank_chisq"), t.chiSquare(), 1e-9);
        assertEquals(ref.get("logrank_p"), t.pValue(), 1e-12);
        assertEquals(1, t.degreesOfFreedom());
    }
}
