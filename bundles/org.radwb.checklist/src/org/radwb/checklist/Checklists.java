package org.radwb.checklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.Section;

/**
 * Read-only queries on a checklist definition: items in order, lookups, gating conditions and the points an
 * item can reach.
 *
 * @since 0.1
 */
public final class Checklists {

    /** Multi-select items with more options than this are not enumerated (2^12 subsets is plenty). */
    private static final int MAX_ENUMERATED_OPTIONS = 12;

    private Checklists() {
    }

    /**
     * @param checklist a checklist
     * @return all items, depth-first in section order (the printed order)
     */
    public static List<Item> items(Checklist checklist) {
        List<Item> out = new ArrayList<>();
        for (Section s : checklist.getSections()) {
            collect(s, out);
        }
        return out;
    }

    private static void collect(Section section, List<Item> out) {
        out.addAll(section.getItems());
        for (Section sub : section.getSections()) {
            collect(sub, out);
        }
    }

    /**
     * @param checklist a checklist
     * @param itemId    an item id
     * @return the item
     */
    public static Optional<Item> item(Checklist checklist, String itemId) {
        return items(checklist).stream().filter(i -> itemId.equals(i.getId())).findFirst();
    }

    /**
     * @param checklist   a checklist
     * @param conditionId a condition id
     * @return the condition
     */
    public static Optional<Condition> condition(Checklist checklist, String conditionId) {
        return checklist.getConditions().stream().filter(c -> conditionId.equals(c.getId())).findFirst();
    }

    /**
     * @param item   an item
     * @param optionId an option id of that item
     * @return the option
     */
    public static Optional<Option> option(Item item, String optionId) {
        return item.getOptions().stream().filter(o -> optionId.equals(o.getId())).findFirst();
    }

    /**
     * @param item an item
     * @return the conditions of the item and of all its enclosing sections
     */
    public static Set<Condition> gatingConditions(Item item) {
        Set<Condition> out = new LinkedHashSet<>(item.getEnabledWhen());
        for (Object c = item.eContainer(); c instanceof Section s; c = s.eContainer()) {
            out.addAll(s.getEnabledWhen());
        }
        return out;
    }

    /**
     * The distinct point totals an item can reach with a valid answer, ascending, excluding n.a. For
     * weighted items these are option points before the weight. Used for ranges and ordinal agreement.
     *
     * @param item an item
     * @return reachable points, ascending; empty for an item without scoring options
     */
    public static List<Double> reachablePoints(Item item) {
        TreeSet<Double> sums = new TreeSet<>();
        List<Option> opts = item.getOptions().stream().filter(o -> !o.isNotApplicable()).toList();
        if (item.getKind() != ItemKind.MULTI_SELECT) {
            opts.forEach(o -> sums.add(o.getPoints()));
            return new ArrayList<>(sums);
        }
        if (opts.size() > MAX_ENUMERATED_OPTIONS) {
            throw new IllegalArgumentException("item " + item.getId() + " has " + opts.size()
                    + " options; multi-select items may have at most " + MAX_ENUMERATED_OPTIONS);
        }
        int n = opts.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (validCombination(opts, mask)) {
                double sum = 0;
                for (int b = 0; b < n; b++) {
                    if ((mask & (1 << b)) != 0) {
                        sum += opts.get(b).getPoints();
                    }
                }
                sums.add(sum);
            }
        }
        return new ArrayList<>(sums);
    }

    /** Plain loops: this runs for every item of every scored assessment. */
    private static boolean validCombination(List<Option> opts, int mask) {
        boolean several = Integer.bitCount(mask) > 1;
        for (int b = 0; b < opts.size(); b++) {
            if ((mask & (1 << b)) == 0) {
                continue;
            }
            Option o = opts.get(b);
            if (several && o.isExclusive()) {
                return false;
            }
            for (Option r : o.getRequires()) {
                int i = opts.indexOf(r);
                if (i < 0 || (mask & (1 << i)) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param checklist a checklist
     * @return the lowest and highest total reachable when every condition is yes (POINTS), or 0..100
     *         for percentage-scored checklists
     */
    public static double[] scoreRange(Checklist checklist) {
        return switch (checklist.getScoring()) {
            case POINTS -> {
                double lo = 0;
                double hi = 0;
                for (Item i : items(checklist)) {
                    List<Double> r = reachablePoints(i);
                    if (!r.isEmpty()) {
                        lo += r.get(0);
                        hi += r.get(r.size() - 1);
                    }
                }
                yield new double[] { lo, hi };
            }
            case WEIGHTED_PERCENT, UNSCORED -> new double[] { 0, 100 };
        };
    }
}
