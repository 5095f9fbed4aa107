package org.radwb.modeling.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.Fixtures;
import org.radwb.modeling.glmnet.ElasticNetCox;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.glmnet.ElasticNetPath;

/**
 * Follow-up in whole months gives tied event times, events tied with censorings and tied scores: C-index, KM,
 * log-rank and the Breslow Cox fits must still agree with survival 3.5-3 and glmnet 4.1-6.
 */
class TiedTimesTest {

    private final List<Map<String, String>> ties = Fixtures.rows("ties_data.csv");
    private final double[] time = Fixtures.column(ties, "time");
    private final boolean[] event = Fixtures.flags(ties, "event");

    @Test
    void concordanceKaplanMeierAndLogRankWithTies() {
        Map<String, Double> ref = Fixtures.values("ties_reference.csv");
        ConcordanceIndex c = ConcordanceIndex.of(time, event, Fixtures.column(ties, "score"));
        assertEquals(ref.get("cindex"), c.cIndex(), 1e-12);
        assertEquals(ref.get("cindex_se"), c.standardError(), 1e-9);
        int[] group = Arrays.stream(Fixtures.column(ties, "risk_group")).mapToInt(d -> (int) d).toArray();
        assertEquals(ref.get("logrank_chisq"), LogRankTest.of(time, event, group).chiSquare(), 1e-9);
        List<Map<String, String>> km = Fixtures.rows("ties_km_reference.csv");
        List<KaplanMeier.Step> steps = KaplanMeier.fit(time, event, 0.95).steps();
        assertEquals(km.size(), steps.size());
        for (int i = 0; i < km.size(); i++) {
            assertEquals(Integer.parseInt(km.get(i).get("n_risk")), steps.get(i).atRisk());
            assertEquals(Integer.parseInt(km.get(i).get("n_event")), steps.get(i).events());
            assertEquals(Double.parseDouble(km.get(i).get("survival")), steps.get(i).survival(), 1e-12);
            assertEquals(Double.parseDouble(km.get(i).get("std_err_log")), steps.get(i).standardErrorLog(), 1e-12);
        }
    }

    @Test
    void breslowCoxWithTiedEventTimesMatchesCoxphAndGlmnet() {
        double[][] x = Fixtures.features(Fixtures.lesions());
        ElasticNetOptions tight = ElasticNetOptions.defaults().withThreshold(1e-16);
        Map<String, Double> coxph = Fixtures.values("ties_coxph_breslow.csv");
        ElasticNetPath mle = ElasticNetCox.fit(x, time, event, tight.withLambda(new double[] {0}));
        for (int j = 0; j < 12; j++) {
            assertEquals(coxph.get(String.format("f%02d", j + 1)), mle.beta()[0][j], 1e-6);
        }
        List<Map<String, String>> ref = Fixtures.rows("ties_glmnet_cox.csv");
        ElasticNetPath path = ElasticNetCox.fit(x, time, event, tight.withLambda(Fixtures.column(ref, "lambda")));
        for (int k = 0; k < ref.size(); k++) {
            for (int j = 0; j < 12; j++) {
                String name = String.format("f%02d", j + 1);
                assertEquals(Double.parseDouble(ref.get(k).get(name)), path.beta()[k][j], 1e-6, name + " at k=" + k);
            }
        }
    }
}
