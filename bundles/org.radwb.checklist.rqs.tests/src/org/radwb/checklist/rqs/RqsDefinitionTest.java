package org.radwb.checklist.rqs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.AnswerSet;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringEngine;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Item;

/** RQS 1.0 exactly as Lambin et al. 2017 and CHECKLISTS.md section 1.1 define it. */
class RqsDefinitionTest {

    @Test
    void sixteenItemsWithThePublishedPointRanges() throws Exception {
        Checklist rqs = Rqs.load();
        assertEquals("rqs", rqs.getId());
        assertEquals("1.0", rqs.getVersion());
        List<Item> items = Checklists.items(rqs);
        assertEquals(16, items.size());
        // item -> {min, max} from Lambin 2017 / PMC10249293 Table 3
        double[][] expected = { { 0, 2 }, { 0, 1 }, { 0, 1 }, { 0, 1 }, { -3, 3 }, { 0, 1 }, { 0, 1 }, { 0, 1 },
                { 0, 2 }, { 0, 2 }, { 0, 7 }, { -5, 5 }, { 0, 2 }, { 0, 2 }, { 0, 1 }, { 0, 4 } };
        for (int i = 0; i < 16; i++) {
            Item item = items.get(i);
            assertEquals(String.valueOf(i + 1), item.getId());
            List<Double> r = Checklists.reachablePoints(item);
            assertArrayEquals(expected[i], new double[] { r.get(0), r.get(r.size() - 1) }, 0.0, "item " + item.getId());
        }
        assertArrayEquals(new double[] { -8, 36 }, Checklists.scoreRange(rqs), 0.0);
    }

    @Test
    void signedItemsHaveNoZeroOption() throws Exception {
        Checklist rqs = Rqs.load();
        assertEquals(List.of(-3.0, 3.0), Checklists.reachablePoints(Checklists.item(rqs, "5").orElseThrow()));
        assertEquals(List.of(-5.0, 2.0, 3.0, 4.0, 5.0), Checklists.reachablePoints(Checklists.item(rqs, "12").orElseThrow()));
    }

    @Test
    void domainsAsTheSeedPaperGroupsThem() throws Exception {
        Checklist rqs = Rqs.load();
        Map<String, List<String>> byDomain = Checklists.items(rqs).stream().collect(Collectors.groupingBy(
                i -> i.getDomain().getId(), TreeMap::new, Collectors.mapping(Item::getId, Collectors.toList())));
        assertEquals(Map.of("D1", List.of("1", "2", "3", "4"), "D2", List.of("5", "12"), "D3",
                List.of("6", "7", "13", "14"), "D4", List.of("8", "9", "10"), "D5", List.of("11", "15"), "D6",
                List.of("16")), byDomain);
    }

    @Test
    void maximumIs36PointsAnd100Percent() throws Exception {
        ScoreResult r = ScoringEngine.score(Rqs.load(), best(), ScoringOptions.COMPLETE);
        assertEquals(36, r.total(), 0.0);
        assertEquals(100, r.percent(), 1e-12);
        assertEquals(-8, r.min(), 0.0);
        assertEquals(36, r.max(), 0.0);
    }

    @Test
    void minimumIsMinus8AndTheFloorIsConfigurable() throws Exception {
        Checklist rqs = Rqs.load();
        AnswerSet worst = worst();
        ScoreResult floored = ScoringEngine.score(rqs, worst, ScoringOptions.COMPLETE);
        assertEquals(-8, floored.total(), 0.0);
        assertEquals(0, floored.percent(), 0.0);
        ScoreResult raw = ScoringEngine.score(rqs, worst, ScoringOptions.COMPLETE.withFloorAtZero(false));
        assertEquals(-800.0 / 36, raw.percent(), 1e-12);
    }

    @Test
    void seedPaperMaximumOf19PointsIs52point8Percent() throws Exception {
        // the seed reports 19 points as 52.7 % (truncated); 19/36 = 52.78 %
        AnswerSet a = AnswerSet.builder().answer("1", "documented").answer("2", "yes").answer("3", "no")
                .answer("4", "yes").answer("5", "yes").answer("6", "yes").answer("7", "yes").answer("8", "yes")
                .answer("9", "statistic", "resampling").answer("10", "statistic").answer("11", "no")
                .answer("12", "other-institute").answer("13", "no").answer("14", "yes").answer("15", "no")
                .answer("16", "code", "features").build();
        ScoreResult r = ScoringEngine.score(Rqs.load(), a, ScoringOptions.COMPLETE);
        assertEquals(19, r.total(), 0.0);
        assertEquals(52.78, r.percent(), 0.005);
        assertEquals(3, r.domain("D1").orElseThrow().total(), 0.0); // items 1 (documented), 2 and 4
    }

    @Test
    void answerRulesNameTheItemAndOption() throws Exception {
        Checklist rqs = Rqs.load();
        InvalidAnswersException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(rqs, best().with("16", "none", "code"), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("item 16: option 'none' is exclusive"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(rqs, best().with("9", "resampling"), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("item 9: option 'resampling' requires option 'statistic'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(rqs, best().with("12", "internal"), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("item 12: unknown option 'internal'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(InvalidAnswersException.class,
                () -> ScoringEngine.score(rqs, best().with("5"), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("missing required answer for item 5"), e.getMessage());
        // a draft may leave items open
        assertEquals(33, ScoringEngine.score(rqs, best().with("5"), ScoringOptions.DRAFT).total(), 0.0);
    }

    static AnswerSet best() {
        return AnswerSet.builder().answer("1", "documented", "public").answer("2", "yes").answer("3", "yes")
                .answer("4", "yes").answer("5", "yes").answer("6", "yes").answer("7", "yes").answer("8", "yes")
                .answer("9", "statistic", "resampling").answer("10", "statistic", "resampling").answer("11", "yes")
                .answer("12", "three-or-more").answer("13", "yes").answer("14", "yes").answer("15", "yes")
                .answer("16", "scans", "segmentations", "code", "features").build();
    }

    static AnswerSet worst() {
        return AnswerSet.builder().answer("1", "none").answer("2", "no").answer("3", "no").answer("4", "no")
                .answer("5", "no").answer("6", "no").answer("7", "no").answer("8", "no").answer("9", "none")
                .answer("10", "none").answer("11", "no").answer("12", "none").answer("13", "no").answer("14", "no")
                .answer("15", "no").answer("16", "none").build();
    }
}
