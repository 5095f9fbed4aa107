package org.radwb.checklist.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ScoringRule;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistFactory;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoringMethod;
import org.radwb.checklist.model.Section;
import org.radwb.model.Assessment;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;

/** What the appraisal editor shows: own answers, blinded or visible other raters, disputed rows. */
class AppraisalSheetTest {

    @Test
    void blindedThenVisibleWithDisputesMarked() throws Exception {
        Study study = ReviewFactory.eINSTANCE.createStudy();
        study.setId("S1");
        DualRaterAppraisal ap = new DualRaterAppraisal(study, descriptor());
        Assessment a = ap.open("alice");
        Assessment b = ap.open("bob");
        ap.answer(a, "C1", List.of("yes"), Evidence.NONE);
        ap.answer(a, "1", List.of("yes"), new Evidence("p. 5", null, "clear"));
        ap.answer(b, "C1", List.of("yes"), Evidence.NONE);
        ap.answer(b, "1", List.of("no"), Evidence.NONE);

        List<SheetRow> rows = AppraisalSheet.rows(ap, a, "alice");
        assertEquals(List.of("C1", "1"), rows.stream().map(SheetRow::id).toList());
        SheetRow item = rows.get(1);
        assertEquals("yes", item.answerText());
        assertEquals("p. 5", item.page());
        assertTrue(item.blinded());
        assertTrue(item.others().isEmpty());
        assertFalse(item.disputed());
        assertEquals("condition", rows.get(0).domain());

        ap.submit(a);
        ap.submit(b);
        rows = AppraisalSheet.rows(ap, a, "alice");
        assertEquals(Map.of("bob", List.of("no")), rows.get(1).others());
        assertFalse(rows.get(1).blinded());
        assertTrue(rows.get(1).disputed());
        assertFalse(rows.get(0).disputed());
    }

    @Test
    void answerTextParsing() {
        assertEquals(List.of("statistic", "resampling"), AppraisalSheet.parseAnswer(" statistic | resampling "));
        assertEquals(List.of(), AppraisalSheet.parseAnswer("  "));
    }

    private static ChecklistDescriptor descriptor() {
        ChecklistFactory f = ChecklistFactory.eINSTANCE;
        Checklist c = f.createChecklist();
        c.setId("gated");
        c.setVersion("1.0");
        c.setTitle("Gated");
        c.setScoring(ScoringMethod.POINTS);
        Condition k = f.createCondition();
        k.setId("C1");
        k.setQuestion("Segmentation?");
        c.getConditions().add(k);
        Section s = f.createSection();
        s.setId("s");
        s.setTitle("S");
        c.getSections().add(s);
        Item i = f.createItem();
        i.setId("1");
        i.setTitle("Described");
        i.setKind(ItemKind.SINGLE_CHOICE);
        i.getEnabledWhen().add(k);
        for (String o : List.of("no", "yes")) {
            Option op = f.createOption();
            op.setId(o);
            op.setLabel(o);
            op.setPoints(o.equals("yes") ? 1 : 0);
            i.getOptions().add(op);
        }
        s.getItems().add(i);
        return new ChecklistDescriptor(c, "test", null, ScoringRule.STANDARD);
    }
}
