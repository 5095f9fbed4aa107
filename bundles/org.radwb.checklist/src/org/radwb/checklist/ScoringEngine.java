package org.radwb.checklist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoreBand;
import org.radwb.checklist.model.ScoringMethod;

/**
 * Scores answers against a checklist definition, driven only by the data in the definition: option points,
 * exclusive and dependent options, item weights, gating conditions, n.a. options, the percentage
 * denominator, rounding and bands. A {@link ScoringRule} may adjust the result for what data cannot express.
 *
 * @since 0.1
 */
public final class ScoringEngine {

    /** Option id that answers a condition positively. */
    public static final String YES = "yes";
    /** Option id that answers a condition negatively. */
    public static final String NO = "no";

    private ScoringEngine() {
    }

    /**
     * Scores with the standard (data-only) rule.
     *
     * @param checklist definition
     * @param answers   answers
     * @param options   scoring options
     * @return the result
     * @throws InvalidAnswersException when the answers break the checklist's rules
     */
    public static ScoreResult score(Checklist checklist, AnswerSet answers, ScoringOptions options)
            throws InvalidAnswersException {
        return score(checklist, answers, options, ScoringRule.STANDARD);
    }

    /**
     * Scores and then applies a contributed rule.
     *
     * @param checklist definition
     * @param answers   answers
     * @param options   scoring options
     * @param rule      rule applied to the data-driven result
     * @return the result
     * @throws InvalidAnswersException when the answers break the checklist's rules
     */
    public static ScoreResult score(Checklist checklist, AnswerSet answers, ScoringOptions options, ScoringRule rule)
            throws InvalidAnswersException {
        List<AnswerProblem> problems = new ArrayList<>();
        ScoreResult standard = evaluate(checklist, answers, options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(checklist.getId(), problems);
        }
        return rule.score(checklist, answers, options, standard);
    }

    /**
     * @param checklist definition
     * @param answers   answers
     * @param options   scoring options ({@code requireComplete} decides whether missing answers are problems)
     * @return every rule the answers break, in item order; empty when they can be scored
     */
    public static List<AnswerProblem> validate(Checklist checklist, AnswerSet answers, ScoringOptions options) {
        List<AnswerProblem> problems = new ArrayList<>();
        evaluate(checklist, answers, options, problems);
        return problems;
    }

    /** State of a gating condition for one answer set. */
    public enum ConditionState {
        /** Asked and answered yes: its items apply. */
        YES,
        /** Answered no, or not asked because a condition it requires is no: its items are switched off. */
        NO,
        /** Not answered yet (draft): its items count only once answered. */
        UNDECIDED
    }

    /**
     * @param checklist definition
     * @param answers   answers
     * @return the state of every condition, by id
     */
    public static Map<String, ConditionState> conditionStates(Checklist checklist, AnswerSet answers) {
        Map<String, ConditionState> states = new HashMap<>();
        // conditions may require conditions declared later: resolve recursively (a cycle counts as NO)
        for (Condition c : checklist.getConditions()) {
            state(c, answers, states, new HashSet<>());
        }
        return states;
    }

    private static ConditionState state(Condition c, AnswerSet answers, Map<String, ConditionState> states,
            Set<Condition> visiting) {
        ConditionState known = states.get(c.getId());
        if (known != null) {
            return known;
        }
        if (!visiting.add(c)) {
            return ConditionState.NO;
        }
        ConditionState s = null;
        for (Condition r : c.getRequires()) {
            ConditionState rs = state(r, answers, states, visiting);
            if (rs == ConditionState.NO) {
                s = ConditionState.NO;
                break;
            }
            if (rs == ConditionState.UNDECIDED) {
                s = ConditionState.UNDECIDED;
            }
        }
        if (s == null) {
            List<String> a = answers.options(c.getId());
            s = a.equals(List.of(YES)) ? ConditionState.YES
                    : a.equals(List.of(NO)) ? ConditionState.NO : ConditionState.UNDECIDED;
        }
        states.put(c.getId(), s);
        return s;
    }

    /**
     * @param checklist definition
     * @param answers   answers
     * @return ids of conditions that hold (asked and answered yes)
     */
    public static Set<String> conditionsThatHold(Checklist checklist, AnswerSet answers) {
        Set<String> yes = new HashSet<>();
        conditionStates(checklist, answers).forEach((id, st) -> {
            if (st == ConditionState.YES) {
                yes.add(id);
            }
        });
        return yes;
    }

    private static ScoreResult evaluate(Checklist checklist, AnswerSet answers, ScoringOptions options,
            List<AnswerProblem> problems) {
        List<Item> items = Checklists.items(checklist);
        Set<String> itemIds = items.stream().map(Item::getId).collect(Collectors.toSet());
        Set<String> conditionIds = checklist.getConditions().stream().map(Condition::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : answers.answeredIds()) {
            if (!itemIds.contains(id) && !conditionIds.contains(id)) {
                problems.add(new AnswerProblem(id, null, "unknown item '" + id + "' (checklist " + checklist.getId()
                        + " has items " + describe(items.stream().map(Item::getId).toList())
                        + (conditionIds.isEmpty() ? "" : " and conditions " + String.join(", ", conditionIds)) + ")"));
            }
        }
        Map<String, ConditionState> states = conditionStates(checklist, answers);
        checkConditions(checklist, answers, options, states, problems);

        boolean complete = true;
        List<ItemScore> scores = new ArrayList<>();
        Map<Domain, double[]> domainSums = new HashMap<>();
        double total = 0;
        double min = 0;
        double max = 0;
        for (Item item : items) {
            ItemScore s = scoreItem(item, answers, options, states, problems);
            if (s.applicable() && !s.answered() && item.isRequired()) {
                complete = false;
            }
            scores.add(s);
            total += s.points();
            min += s.min();
            max += s.max();
            if (item.getDomain() != null) {
                double[] d = domainSums.computeIfAbsent(item.getDomain(), k -> new double[3]);
                d[0] += s.points();
                d[1] += s.min();
                d[2] += s.max();
            }
        }
        List<DomainScore> domains = new ArrayList<>();
        for (Domain d : checklist.getDomains()) {
            double[] v = domainSums.getOrDefault(d, new double[3]);
            domains.add(new DomainScore(d.getId(), d.getTitle(), v[0], v[1], v[2]));
        }
        double percent = percent(checklist, options, total, max);
        return new ScoreResult(checklist.getId(), checklist.getVersion(), total, min, max, percent,
                band(checklist, percent), complete, List.copyOf(scores), List.copyOf(domains));
    }

    private static void checkConditions(Checklist checklist, AnswerSet answers, ScoringOptions options,
            Map<String, ConditionState> states, List<AnswerProblem> problems) {
        for (Condition c : checklist.getConditions()) {
            List<String> a = answers.options(c.getId());
            boolean asked = c.getRequires().stream().allMatch(r -> states.get(r.getId()) == ConditionState.YES);
            if (!a.isEmpty() && !(a.size() == 1 && (a.get(0).equals(YES) || a.get(0).equals(NO)))) {
                problems.add(new AnswerProblem(c.getId(), String.join("|", a), "condition " + c.getId() + ": answer '"
                        + String.join("|", a) + "' is not allowed; expected 'yes' or 'no'"));
            } else if (a.isEmpty() && asked && options.requireComplete()) {
                problems.add(new AnswerProblem(c.getId(), null, "missing required answer for condition " + c.getId()
                        + " (" + c.getQuestion() + "); expected 'yes' or 'no'"));
            }
        }
    }

    private static ItemScore scoreItem(Item item, AnswerSet answers, ScoringOptions options,
            Map<String, ConditionState> states, List<AnswerProblem> problems) {
        String id = item.getId();
        List<String> chosenIds = answers.options(id);
        List<Condition> off = Checklists.gatingConditions(item).stream()
                .filter(c -> states.get(c.getId()) == ConditionState.NO).toList();
        boolean undecided = Checklists.gatingConditions(item).stream()
                .anyMatch(c -> states.get(c.getId()) == ConditionState.UNDECIDED);
        if (off.isEmpty() && undecided && chosenIds.isEmpty()) {
            // gate not answered yet: the item neither counts nor is missing (the gate itself is reported)
            return new ItemScore(id, false, false, chosenIds, 0, 0, 0);
        }
        if (!off.isEmpty()) {
            if (!chosenIds.isEmpty()) {
                // name the condition actually answered "no" (C1), not one merely not asked because of it (C2)
                Condition cause = off.stream().filter(c -> answers.options(c.getId()).equals(List.of(NO))).findFirst()
                        .orElse(off.get(0));
                boolean answeredNo = answers.options(cause.getId()).equals(List.of(NO));
                problems.add(new AnswerProblem(id, null, "item " + id + " is switched off because condition "
                        + cause.getId() + (answeredNo ? " is answered 'no'" : " is not asked")
                        + "; remove its answer or answer " + cause.getId() + " 'yes'"));
            }
            return new ItemScore(id, false, !chosenIds.isEmpty(), chosenIds, 0, 0, 0);
        }
        if (chosenIds.isEmpty()) {
            if (item.isRequired() && options.requireComplete()) {
                problems.add(new AnswerProblem(id, null, "missing required answer for item " + id + " ("
                        + item.getTitle() + "); expected one of " + describe(optionIds(item))));
            }
            return range(item, false, chosenIds, 0);
        }
        List<Option> chosen = new ArrayList<>();
        int before = problems.size();
        for (String oid : chosenIds) {
            Checklists.option(item, oid).ifPresentOrElse(chosen::add, () -> problems.add(new AnswerProblem(id, oid,
                    "item " + id + ": unknown option '" + oid + "'; expected one of " + describe(optionIds(item)))));
        }
        if (new HashSet<>(chosenIds).size() != chosenIds.size()) {
            problems.add(new AnswerProblem(id, null, "item " + id + ": an option is given twice in '"
                    + String.join("|", chosenIds) + "'"));
        }
        if (item.getKind() != ItemKind.MULTI_SELECT && chosenIds.size() > 1) {
            problems.add(new AnswerProblem(id, null, "item " + id + " takes exactly one option but got '"
                    + String.join("|", chosenIds) + "'"));
        }
        if (chosen.size() > 1) {
            for (Option o : chosen) {
                if (o.isExclusive()) {
                    problems.add(new AnswerProblem(id, o.getId(), "item " + id + ": option '" + o.getId()
                            + "' is exclusive and cannot be combined with other options"));
                }
            }
        }
        for (Option o : chosen) {
            for (Option r : o.getRequires()) {
                if (!chosen.contains(r)) {
                    problems.add(new AnswerProblem(id, o.getId(), "item " + id + ": option '" + o.getId()
                            + "' requires option '" + r.getId() + "' as well"));
                }
            }
        }
        if (problems.size() > before) {
            return range(item, true, chosenIds, 0);
        }
        if (chosen.stream().anyMatch(Option::isNotApplicable)) {
            return new ItemScore(id, false, true, chosenIds, 0, 0, 0);
        }
        double points = chosen.stream().mapToDouble(Option::getPoints).sum() * factor(item);
        return range(item, true, chosenIds, points);
    }

    private static ItemScore range(Item item, boolean answered, List<String> chosenIds, double points) {
        List<Double> r = Checklists.reachablePoints(item);
        double f = factor(item);
        double lo = r.isEmpty() ? 0 : r.get(0) * f;
        double hi = r.isEmpty() ? 0 : r.get(r.size() - 1) * f;
        return new ItemScore(item.getId(), true, answered, chosenIds, points, lo, hi);
    }

    /** Weighted yes/no items scale option points by the item weight; other kinds count points as they are. */
    private static double factor(Item item) {
        return item.getKind() == ItemKind.WEIGHTED_YES_NO ? item.getWeight() : 1.0;
    }

    private static double percent(Checklist checklist, ScoringOptions options, double total, double max) {
        double p;
        if (checklist.getScoring() == ScoringMethod.POINTS) {
            double denominator = checklist.getPercentDenominator() > 0 ? checklist.getPercentDenominator() : max;
            p = denominator == 0 ? Double.NaN : 100.0 * total / denominator;
            boolean floor = options.floorAtZero() != null ? options.floorAtZero() : checklist.isFloorPercentAtZero();
            if (floor && p < 0) {
                p = 0;
            }
        } else {
            p = max == 0 ? Double.NaN : 100.0 * total / max;
        }
        if (checklist.getPercentDecimals() >= 0 && Double.isFinite(p)) {
            p = BigDecimal.valueOf(p).setScale(checklist.getPercentDecimals(), RoundingMode.HALF_UP).doubleValue();
        }
        return p;
    }

    /**
     * @param checklist definition with bands
     * @param percent   a percentage
     * @return the label of the band containing it, or null
     */
    public static String band(Checklist checklist, double percent) {
        for (ScoreBand b : checklist.getBands()) {
            boolean belowUpper = b.isUpperInclusive() ? percent <= b.getUpper() : percent < b.getUpper();
            if (percent >= b.getLower() && belowUpper) {
                return b.getLabel();
            }
        }
        return null;
    }

    private static List<String> optionIds(Item item) {
        return item.getOptions().stream().map(Option::getId).toList();
    }

    private static String describe(List<String> ids) {
        return ids.size() <= 12 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 5)) + ", ..., " + ids.get(ids.size() - 1);
    }
}
