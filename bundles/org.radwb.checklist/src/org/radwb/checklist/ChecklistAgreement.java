package org.radwb.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radwb.checklist.agreement.CohenKappa;
import org.radwb.checklist.agreement.FleissKappa;
import org.radwb.checklist.agreement.IntraclassCorrelation;
import org.radwb.checklist.agreement.PercentAgreement;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoringMethod;

/**
 * Agreement of independent raters on a checklist: per item percent agreement and kappa (weighted for
 * ordinal items), Fleiss' kappa for three or more raters, ICC(2,1) of the totals.
 *
 * @since 0.1
 */
public final class ChecklistAgreement {

    /** Category of an item that a condition switched off for that rater. */
    private static final String OFF = "(switched off)";

    private ChecklistAgreement() {
    }

    /**
     * @param checklist definition
     * @param ratings   answers of each rater for each study; studies not rated by every rater are left out
     * @return the report
     * @throws InvalidAnswersException when an answer set breaks the checklist's rules (partial answers are allowed)
     */
    public static AgreementReport compute(Checklist checklist, List<RatedAnswers> ratings)
            throws InvalidAnswersException {
        Set<String> raters = new LinkedHashSet<>();
        Map<String, Map<String, AnswerSet>> byStudy = new LinkedHashMap<>();
        for (RatedAnswers r : ratings) {
            raters.add(r.rater());
            if (byStudy.computeIfAbsent(r.studyId(), s -> new LinkedHashMap<>()).put(r.rater(), r.answers()) != null) {
                throw new IllegalArgumentException("study " + r.studyId() + " has two answer sets of rater " + r.rater());
            }
        }
        if (raters.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two raters, found " + raters);
        }
        List<String> raterList = List.copyOf(raters);
        List<String> studies = byStudy.entrySet().stream().filter(e -> e.getValue().keySet().containsAll(raters))
                .map(Map.Entry::getKey).toList();
        Map<String, Map<String, ScoreResult>> scores = new LinkedHashMap<>();
        for (String s : studies) {
            Map<String, ScoreResult> m = new LinkedHashMap<>();
            for (String r : raterList) {
                m.put(r, ScoringEngine.score(checklist, byStudy.get(s).get(r), ScoringOptions.DRAFT));
            }
            scores.put(s, m);
        }
        List<ItemAgreement> items = new ArrayList<>();
        for (Item item : Checklists.items(checklist)) {
            items.add(item(item, raterList, studies, byStudy, scores));
        }
        IntraclassCorrelation icc = null;
        if (studies.size() >= 2) {
            double[][] totals = new double[studies.size()][raterList.size()];
            for (int s = 0; s < studies.size(); s++) {
                for (int r = 0; r < raterList.size(); r++) {
                    ScoreResult res = scores.get(studies.get(s)).get(raterList.get(r));
                    totals[s][r] = checklist.getScoring() == ScoringMethod.POINTS ? res.total() : res.percent();
                }
            }
            icc = IntraclassCorrelation.icc21(totals);
        }
        return new AgreementReport(checklist.getId(), raterList, studies, items, icc);
    }

    private static ItemAgreement item(Item item, List<String> raters, List<String> studies,
            Map<String, Map<String, AnswerSet>> byStudy, Map<String, Map<String, ScoreResult>> scores) {
        List<List<String>> rows = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (String s : studies) {
            List<String> row = new ArrayList<>();
            double[] p = new double[raters.size()];
            boolean complete = true;
            boolean ordinalUsable = true;
            for (int r = 0; r < raters.size(); r++) {
                ItemScore sc = scores.get(s).get(raters.get(r)).item(item.getId()).orElseThrow();
                List<String> opts = byStudy.get(s).get(raters.get(r)).options(item.getId());
                if (sc.applicable() && !sc.answered()) {
                    complete = false;
                    break;
                }
                row.add(!sc.applicable() && !sc.answered() ? OFF : canonical(opts));
                ordinalUsable &= sc.applicable();
                p[r] = rawPoints(item, opts);
            }
            if (complete) {
                rows.add(row);
                points.add(ordinalUsable ? p : null);
            }
        }
        if (rows.isEmpty()) {
            return new ItemAgreement(item.getId(), 0, Double.NaN, Double.NaN, Double.NaN, raters.size() == 2 ? "cohen" : "fleiss");
        }
        double percent = PercentAgreement.of(rows);
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(rows.stream().flatMap(List::stream).toList()));
        if (raters.size() == 2) {
            int[] a = rows.stream().mapToInt(r -> categories.indexOf(r.get(0))).toArray();
            int[] b = rows.stream().mapToInt(r -> categories.indexOf(r.get(1))).toArray();
            double kappa = CohenKappa.unweighted(a, b, categories.size());
            double weighted = Double.NaN;
            if (item.isOrdinal() && points.stream().allMatch(p -> p != null)) {
                List<Double> levels = Checklists.reachablePoints(item);
                int[] la = points.stream().mapToInt(p -> levels.indexOf(p[0])).toArray();
                int[] lb = points.stream().mapToInt(p -> levels.indexOf(p[1])).toArray();
                weighted = CohenKappa.weighted(la, lb, levels.size(), CohenKappa.QUADRATIC);
            }
            return new ItemAgreement(item.getId(), rows.size(), percent, kappa, weighted, "cohen");
        }
        int[][] counts = new int[rows.size()][categories.size()];
        for (int s = 0; s < rows.size(); s++) {
            for (String c : rows.get(s)) {
                counts[s][categories.indexOf(c)]++;
            }
        }
        return new ItemAgreement(item.getId(), rows.size(), percent, FleissKappa.of(counts), Double.NaN, "fleiss");
    }

    /** Order-insensitive key of a multi-select answer. */
    private static String canonical(List<String> options) {
        return String.join("|", options.stream().sorted().toList());
    }

    private static double rawPoints(Item item, List<String> opts) {
        double sum = 0;
        for (String o : opts) {
            sum += Checklists.option(item, o).map(Option::getPoints).orElse(0.0);
        }
        return sum;
    }
}
