package org.radwb.checklist.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.InvalidAnswersException;
import org.radwb.checklist.ScoreResult;
import org.radwb.checklist.ScoringRule;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistFactory;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.checklist.model.ScoringMethod;
import org.radwb.checklist.model.Section;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;

/** Blinded independent appraisal, submit, consensus with recorded resolutions, and save / resume. */
class DualRaterAppraisalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void ratersAreBlindedUntilTheyThemselvesSubmit() throws Exception {
        Study study = study();
        DualRaterAppraisal ap = new DualRaterAppraisal(study, descriptor(), CLOCK);
        Assessment a = ap.open("alice");
        Assessment b = ap.open("bob");
        ap.answer(a, "1", List.of("yes"), new Evidence("p. 4", "we used ...", null));
        ap.answer(b, "1", List.of("no"), Evidence.NONE);
        assertEquals(1, ap.answersVisibleTo("alice", a).size());
        assertTrue(ap.answersVisibleTo("bob", a).isEmpty());
        assertTrue(ap.answersVisibleTo("carol", a).isEmpty()); // adjudicator: not before everyone submitted
        ap.answer(a, "2", List.of("p", "q"), Evidence.NONE);
        ap.submit(a);
        assertEquals(1, ap.answersVisibleTo("alice", b).size()); // alice submitted: sees bob's one answer
        assertTrue(ap.answersVisibleTo("bob", a).isEmpty()); // bob has not submitted yet
        assertThrows(AppraisalException.class, ap::disagreements); // blinded until both submitted
        ap.answer(b, "2", List.of("p"), Evidence.NONE);
        ap.submit(b);
        assertEquals(2, ap.answersVisibleTo("bob", a).size());
        assertEquals(2, ap.answersVisibleTo("carol", a).size());
    }

    @Test
    void answersAreCheckedAndSubmittedAssessmentsAreFrozen() throws Exception {
        DualRaterAppraisal ap = new DualRaterAppraisal(study(), descriptor(), CLOCK);
        Assessment a = ap.open("alice");
        AppraisalException e = assertThrows(AppraisalException.class,
                () -> ap.answer(a, "2", List.of("none", "p"), Evidence.NONE));
        assertTrue(e.getMessage().contains("option 'none' is exclusive"), e.getMessage());
        e = assertThrows(AppraisalException.class, () -> ap.answer(a, "9", List.of("yes"), Evidence.NONE));
        assertTrue(e.getMessage().contains("unknown item '9'"), e.getMessage());
        ap.answer(a, "1", List.of("yes"), Evidence.NONE);
        InvalidAnswersException missing = assertThrows(InvalidAnswersException.class, () -> ap.submit(a));
        assertTrue(missing.getMessage().contains("missing required answer for item 2"), missing.getMessage());
        assertEquals(AssessmentStatus.DRAFT, a.getStatus());
        ap.answer(a, "2", List.of("q"), Evidence.NONE);
        ScoreResult s = ap.submit(a);
        assertEquals(3, s.total(), 0.0);
        e = assertThrows(AppraisalException.class, () -> ap.answer(a, "1", List.of("no"), Evidence.NONE));
        assertTrue(e.getMessage().contains("is submitted; reopen it"), e.getMessage());
        ap.reopen(a);
        ap.answer(a, "1", List.of("no"), Evidence.NONE);
        assertEquals("2026-12-04T10:00:00Z", a.getModifiedAt());
    }

    @Test
    void consensusCopiesAgreementsAndRecordsEachResolution() throws Exception {
        Study study = study();
        DualRaterAppraisal ap = new DualRaterAppraisal(study, descriptor(), CLOCK);
        Assessment a = ap.open("alice");
        Assessment b = ap.open("bob");
        ap.answer(a, "1", List.of("yes"), new Evidence("p. 3", null, null));
        ap.answer(a, "2", List.of("q", "p"), Evidence.NONE);
        ap.answer(b, "1", List.of("yes"), Evidence.NONE);
        ap.answer(b, "2", List.of("p"), Evidence.NONE);
        ap.submit(a);
        ap.submit(b);
        List<Disagreement> d = ap.disagreements();
        assertEquals(1, d.size());
        assertEquals(new Disagreement("2", Map.of("alice", List.of("p", "q"), "bob", List.of("p"))), d.get(0));
        Assessment c = ap.startConsensus("carol");
        assertEquals(AssessmentKind.CONSENSUS, c.getKind());
        assertEquals(1, c.getAnswers().size());
        Answer agreed = c.getAnswers().get(0);
        assertEquals("1", agreed.getItemId());
        assertEquals(DualRaterAppraisal.AGREED, agreed.getResolution());
        assertEquals("p. 3", agreed.getPage());
        assertThrows(AppraisalException.class, ap::submitConsensus); // item 2 unresolved
        assertThrows(AppraisalException.class, () -> ap.resolve("2", List.of("p"), " ", "carol"));
        assertThrows(AppraisalException.class, () -> ap.reopen(a)); // consensus started
        ap.resolve("2", List.of("p", "q"), "the methods section also cites a public protocol", "carol");
        assertTrue(ap.unresolved().isEmpty());
        ScoreResult s = ap.submitConsensus();
        assertEquals(4, s.total(), 0.0);
        Answer resolved = c.getAnswers().get(1);
        assertEquals("carol", resolved.getResolvedBy());
        assertEquals(AssessmentStatus.SUBMITTED, c.getStatus());
        assertEquals(c, ap.startConsensus("dave")); // resumes, never duplicates
        assertEquals(3, study.getAssessments().size());
    }

    @Test
    void partialAssessmentSavesAndResumes(@TempDir Path dir) throws Exception {
        Review review = ReviewFactory.eINSTANCE.createReview();
        Study study = study();
        review.getStudies().add(study);
        DualRaterAppraisal ap = new DualRaterAppraisal(study, descriptor(), CLOCK);
        ap.answer(ap.open("alice"), "1", List.of("yes"), new Evidence("p. 2", "quote", "comment"));
        ReviewStore.save(review, dir);

        Study reloaded = ReviewStore.load(dir).getStudies().get(0);
        DualRaterAppraisal again = new DualRaterAppraisal(reloaded, descriptor(), CLOCK);
        Assessment resumed = again.open("alice");
        assertEquals(AssessmentStatus.DRAFT, resumed.getStatus());
        assertEquals(1, reloaded.getAssessments().size());
        Answer a = resumed.getAnswers().get(0);
        assertEquals(List.of("yes"), a.getOptionIds());
        assertEquals("p. 2", a.getPage());
        assertEquals("quote", a.getQuote());
        again.answer(resumed, "2", List.of("none"), Evidence.NONE);
        assertEquals(1, again.submit(resumed).total(), 0.0);
    }

    private static Study study() {
        Study s = ReviewFactory.eINSTANCE.createStudy();
        s.setId("S1");
        return s;
    }

    /** Item 1: yes (+1) / no; item 2: multi-select p (+1), q (+2), none (exclusive). */
    private static ChecklistDescriptor descriptor() {
        ChecklistFactory f = ChecklistFactory.eINSTANCE;
        Checklist c = f.createChecklist();
        c.setId("demo");
        c.setVersion("1.0");
        c.setTitle("Demo");
        c.setScoring(ScoringMethod.POINTS);
        Section s = f.createSection();
        s.setId("s");
        s.setTitle("S");
        c.getSections().add(s);
        s.getItems().add(item(f, "1", ItemKind.SINGLE_CHOICE, "yes", 1, "no", 0));
        Item two = item(f, "2", ItemKind.MULTI_SELECT, "p", 1, "q", 2, "none", 0);
        two.getOptions().get(2).setExclusive(true);
        s.getItems().add(two);
        return new ChecklistDescriptor(c, "test", null, ScoringRule.STANDARD);
    }

    private static Item item(ChecklistFactory f, String id, ItemKind kind, Object... opts) {
        Item i = f.createItem();
        i.setId(id);
        i.setTitle("Item " + id);
        i.setKind(kind);
        for (int k = 0; k < opts.length; k += 2) {
            Option o = f.createOption();
            o.setId((String) opts[k]);
            o.setLabel((String) opts[k]);
            o.setPoints(((Number) opts[k + 1]).doubleValue());
            i.getOptions().add(o);
        }
        return i;
    }
}
