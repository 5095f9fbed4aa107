package org.radwb.checklist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.ScoringRule;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistFactory;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoringMethod;
import org.radwb.checklist.model.Section;

/** The CSV contract of the checklist commands: columns, row-named errors, nothing written on error. */
class AnswerCsvTest {

    private static final String HEADER = "study_id,rater,item_id,answer\n";

    @Test
    void scoresOneRowPerStudyAndRater() throws Exception {
        Checklist c = checklist();
        String csv = HEADER + "S1,A,m,p|q\nS1,A,s,b\nS1,B,m,none\nS1,B,s,a\nS2,A,s,a\nS2,A,m,q\n";
        AnswerTable t = AnswerCsv.read(new StringReader(csv), "a.csv", c, ScoringOptions.COMPLETE);
        List<List<String>> rows = ChecklistCsv.scoreRows(new ChecklistDescriptor(c, "test", null, ScoringRule.STANDARD),
                t, ScoringOptions.COMPLETE);
        // S1/A: p + q + b = 1 + 1 + 3 = 5 of max 5 (min -1): 100 %; S1/B: 0 - 1 = -1 -> -20 %; S2/A: q + a = 0
        assertEquals(List.of(List.of("S1", "A", "5", "-1", "5", "100"), List.of("S1", "B", "-1", "-1", "5", "-20"),
                List.of("S2", "A", "0", "-1", "5", "0")), rows);
        assertEquals(3, t.row("S1", "A", "s"));
    }

    @Test
    void everyProblemNamesItsRow() {
        Checklist c = checklist();
        String csv = HEADER
                + "S1,A,m,none|p\n"     // row 2: exclusive combined
                + "S1,A,s,zz\n"         // row 3: unknown option
                + "S1,A,x,a\n"          // row 4: unknown item
                + "S1,A,s,a\n"          // row 5: second answer to s
                + ",A,s,a\n"            // row 6: empty study
                + "S2,B,m,p\n";         // S2/B misses s: no row
        CsvInputException e = assertThrows(CsvInputException.class,
                () -> AnswerCsv.read(new StringReader(csv), "answers.csv", c, ScoringOptions.COMPLETE));
        String m = e.getMessage();
        assertTrue(m.startsWith("answers.csv: 6 problems, nothing written"), m);
        assertTrue(m.contains("row 2: study S1, rater A: item m: option 'none' is exclusive"), m);
        assertTrue(m.contains("row 3: study S1, rater A: item s: unknown option 'zz'; expected one of a, b"), m);
        assertTrue(m.contains("row 4: unknown item 'x' for checklist t 1.0"), m);
        assertTrue(m.contains("row 5: second answer of rater A to item s for study S1 (first in row 3)"), m);
        assertTrue(m.contains("row 6: empty study_id"), m);
        assertTrue(m.contains("study S2, rater B: missing required answer for item s"), m);
    }

    @Test
    void headerMustMatchTheContract() {
        CsvInputException e = assertThrows(CsvInputException.class, () -> AnswerCsv.read(
                new StringReader("study,rater,item,answer\nS1,A,s,a\n"), "h.csv", checklist(), ScoringOptions.COMPLETE));
        assertTrue(e.getMessage().contains("row 1: header is study,rater,item,answer; expected exactly "
                + "study_id,rater,item_id,answer"), e.getMessage());
    }

    @Test
    void conditionsAreAnsweredLikeItemsAndPartialAnswersAreAllowedWhenAsked() throws Exception {
        Checklist c = checklist();
        Condition k = ChecklistFactory.eINSTANCE.createCondition();
        k.setId("C1");
        k.setQuestion("Gate?");
        c.getConditions().add(k);
        Checklists_items(c).get(0).getEnabledWhen().add(k);
        String csv = HEADER + "S1,A,C1,no\nS1,A,s,a\n";
        assertEquals(1, AnswerCsv.read(new StringReader(csv), "c.csv", c, ScoringOptions.COMPLETE).ratings().size());
        assertEquals(1, AnswerCsv.read(new StringReader(HEADER + "S1,A,m,p\n"), "d.csv", c, ScoringOptions.DRAFT)
                .ratings().size());
    }

    @Test
    void templateListsOptionsAndWeights() {
        Checklist c = checklist();
        Item w = item(c, "w", ItemKind.WEIGHTED_YES_NO, "yes", 1, "no", 0);
        w.setWeight(0.0368);
        List<List<String>> rows = ChecklistCsv.templateRows(c);
        assertEquals(List.of("m", "Item m", "Domain D", "p", "Option p", "1"), rows.get(0));
        assertEquals(List.of("w", "Item w", "", "yes", "Option yes", "0.0368"), rows.get(rows.size() - 2));
        assertEquals("item_id,item_title,domain,option_id,option_label,points\nm,Item m,Domain D,p,Option p,1\n",
                ChecklistCsv.toCsv(ChecklistCsv.TEMPLATE_COLUMNS, rows.subList(0, 1)));
    }

    @Test
    void atomicWriteLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.csv");
        ChecklistCsv.writeAtomically(f, "a,b\n");
        assertEquals("a,b\n", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
        assertFalse(Files.exists(dir.resolve("missing.csv")));
    }

    @Test
    void numbersAreCompact() {
        assertEquals("52.7778", ChecklistCsv.number(1900.0 / 36));
        assertEquals("-8", ChecklistCsv.number(-8.0));
        assertEquals("0", ChecklistCsv.number(-0.0));
        assertEquals("NA", ChecklistCsv.number(Double.NaN));
    }

    @Test
    void formulaLikeCellsAreDefused() {
        assertEquals("'=HYPERLINK(1)", ChecklistCsv.safeCell("=HYPERLINK(1)"));
        assertEquals("'-x", ChecklistCsv.safeCell("-x"));
        assertEquals("-8", ChecklistCsv.safeCell("-8"));
        assertEquals("Yes", ChecklistCsv.safeCell("Yes"));
    }

    private static java.util.List<Item> Checklists_items(Checklist c) {
        return org.radwb.checklist.Checklists.items(c);
    }

    /** Item m: multi-select p (+1), q (+1), none (0, exclusive), domain D; item s: single choice a (-1), b (+3). */
    private static Checklist checklist() {
        ChecklistFactory f = ChecklistFactory.eINSTANCE;
        Checklist c = f.createChecklist();
        c.setId("t");
        c.setVersion("1.0");
        c.setTitle("T");
        c.setScoring(ScoringMethod.POINTS);
        Domain d = f.createDomain();
        d.setId("D");
        d.setTitle("Domain D");
        c.getDomains().add(d);
        Section s = f.createSection();
        s.setId("s1");
        s.setTitle("S");
        c.getSections().add(s);
        Item m = item(c, "m", ItemKind.MULTI_SELECT, "p", 1, "q", 1, "none", 0);
        m.setDomain(d);
        m.getOptions().get(2).setExclusive(true);
        item(c, "s", ItemKind.SINGLE_CHOICE, "a", -1, "b", 3);
        return c;
    }

    private static Item item(Checklist c, String id, ItemKind kind, Object... opts) {
        Item i = ChecklistFactory.eINSTANCE.createItem();
        i.setId(id);
        i.setTitle("Item " + id);
        i.setKind(kind);
        for (int k = 0; k < opts.length; k += 2) {
            Option o = ChecklistFactory.eINSTANCE.createOption();
            o.setId((String) opts[k]);
            o.setLabel("Option " + opts[k]);
            o.setPoints(((Number) opts[k + 1]).doubleValue());
            i.getOptions().add(o);
        }
        c.getSections().get(0).getItems().add(i);
        return i;
    }
}
