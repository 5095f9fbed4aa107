package org.radwb.checklist;

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistFactory;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoringMethod;
import org.radwb.checklist.model.Section;

/** Small checklists built in code, one per scoring method, for engine tests. */
final class TestChecklists {

    private static final ChecklistFactory F = ChecklistFactory.eINSTANCE;

    private TestChecklists() {
    }

    static Checklist checklist(String id, ScoringMethod scoring) {
        Checklist c = F.createChecklist();
        c.setId(id);
        c.setVersion("1.0");
        c.setTitle("Test " + id);
        c.setScoring(scoring);
        c.getSections().add(section("s1"));
        return c;
    }

    static Section section(String id) {
        Section s = F.createSection();
        s.setId(id);
        s.setTitle("Section " + id);
        return s;
    }

    static Item item(Checklist c, String id, ItemKind kind, Object... optionIdAndPoints) {
        Item i = F.createItem();
        i.setId(id);
        i.setTitle("Item " + id);
        i.setKind(kind);
        for (int k = 0; k < optionIdAndPoints.length; k += 2) {
            Option o = F.createOption();
            o.setId((String) optionIdAndPoints[k]);
            o.setLabel("Option " + optionIdAndPoints[k]);
            o.setPoints(((Number) optionIdAndPoints[k + 1]).doubleValue());
            i.getOptions().add(o);
        }
        c.getSections().get(0).getItems().add(i);
        return i;
    }

    static Condition condition(Checklist c, String id) {
        Condition k = F.createCondition();
        k.setId(id);
        k.setQuestion("Question " + id + "?");
        c.getConditions().add(k);
        return k;
    }

    static Domain domain(Checklist c, String id) {
        Domain d = F.createDomain();
        d.setId(id);
        d.setTitle("Domain " + id);
        c.getDomains().add(d);
        return d;
    }
}
