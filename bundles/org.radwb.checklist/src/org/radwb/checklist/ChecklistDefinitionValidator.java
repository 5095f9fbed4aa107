package org.radwb.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoreBand;

/**
 * Checks that a checklist definition can be scored: unique ids, options present and well formed, exclusive
 * and dependent options used only where they mean something, positive weights, ordered bands.
 *
 * @since 0.1
 */
public final class ChecklistDefinitionValidator {

    private ChecklistDefinitionValidator() {
    }

    /**
     * @param c a checklist
     * @return its defects; empty when it is valid
     */
    public static List<DefinitionProblem> validate(Checklist c) {
        List<DefinitionProblem> p = new ArrayList<>();
        required(p, "checklist", "id", c.getId());
        required(p, "checklist " + c.getId(), "version", c.getVersion());
        required(p, "checklist " + c.getId(), "title", c.getTitle());
        Set<String> ids = new HashSet<>();
        for (Condition k : c.getConditions()) {
            required(p, "condition", "id", k.getId());
            unique(p, ids, "condition", k.getId());
            required(p, "condition " + k.getId(), "question", k.getQuestion());
        }
        for (Domain d : c.getDomains()) {
            required(p, "domain", "id", d.getId());
            unique(p, ids, "domain", d.getId());
            required(p, "domain " + d.getId(), "title", d.getTitle());
        }
        List<Item> items = Checklists.items(c);
        if (items.isEmpty()) {
            p.add(new DefinitionProblem("checklist " + c.getId(), "has no items; expected sections with items"));
        }
        for (Item i : items) {
            item(p, ids, i);
        }
        for (ScoreBand b : c.getBands()) {
            if (!(b.getLower() < b.getUpper())) {
                p.add(new DefinitionProblem("band " + b.getLabel(), "lower " + b.getLower() + " is not below upper "
                        + b.getUpper()));
            }
        }
        return p;
    }

    private static void item(List<DefinitionProblem> p, Set<String> ids, Item i) {
        String where = "item " + i.getId();
        required(p, "item", "id", i.getId());
        unique(p, ids, "item", i.getId());
        required(p, where, "title", i.getTitle());
        if (i.getOptions().isEmpty()) {
            p.add(new DefinitionProblem(where, "has no options; expected at least one"));
        }
        if (i.getKind() == ItemKind.WEIGHTED_YES_NO && !(i.getWeight() > 0 && Double.isFinite(i.getWeight()))) {
            p.add(new DefinitionProblem(where, "weight " + i.getWeight() + " is not a positive number"));
        }
        Set<String> optionIds = new HashSet<>();
        for (Option o : i.getOptions()) {
            String ow = where + " / option " + o.getId();
            required(p, where + " / option", "id", o.getId());
            required(p, ow, "label", o.getLabel());
            if (o.getId() != null && !optionIds.add(o.getId())) {
                p.add(new DefinitionProblem(ow, "duplicate option id within the item"));
            }
            if (o.getId() != null && o.getId().contains("|")) {
                p.add(new DefinitionProblem(ow, "option ids may not contain '|' (it joins multi-select answers)"));
            }
            if (!Double.isFinite(o.getPoints())) {
                p.add(new DefinitionProblem(ow, "points are not a finite number"));
            }
            if (o.isExclusive() && i.getKind() != ItemKind.MULTI_SELECT) {
                p.add(new DefinitionProblem(ow, "'exclusive' only makes sense on MULTI_SELECT items"));
            }
            for (Option r : o.getRequires()) {
                if (r.eContainer() != i || r == o) {
                    p.add(new DefinitionProblem(ow, "'requires' must name another option of the same item"));
                }
            }
        }
        if (i.getKind() == ItemKind.MULTI_SELECT) {
            try {
                Checklists.reachablePoints(i);
            } catch (IllegalArgumentException e) {
                p.add(new DefinitionProblem(where, e.getMessage()));
            }
        }
    }

    private static void required(List<DefinitionProblem> p, String where, String attribute, String value) {
        if (value == null || value.isBlank()) {
            p.add(new DefinitionProblem(where, "missing attribute '" + attribute + "'"));
        }
    }

    private static void unique(List<DefinitionProblem> p, Set<String> ids, String kind, String id) {
        if (id != null && !ids.add(id)) {
            p.add(new DefinitionProblem(kind + " " + id, "id is used twice; item, condition and domain ids must be unique"));
        }
    }
}
