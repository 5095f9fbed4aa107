package org.radwb.checklist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radwb.checklist.appraisal.SheetRow;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.ui.parts.Parts;
import org.radwb.ui.session.ReviewSession;

/** The appraisal part with real SWT widgets (run under Xvfb: xvfb-run -a ./mvnw verify). */
class AppraisalPartTest {

    private Shell shell;
    private ReviewSession session;
    private Study study;
    private AppraisalPart part;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        session = new ReviewSession();
        Review review = ReviewFactory.eINSTANCE.createReview();
        study = ReviewFactory.eINSTANCE.createStudy();
        study.setId("S1");
        review.getStudies().add(study);
        MPart mpart = MBasicFactory.INSTANCE.createPart();
        mpart.getTransientData().put(Parts.INPUT, study);
        part = new AppraisalPart(session);
        part.create(shell, mpart);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void answeringIsUndoableAndValidated() {
        part.select("rqs", "alice", false);
        Table t = part.table().viewer().getTable();
        assertEquals(16, t.getItemCount(), "RQS has 16 items and no conditions");
        assertEquals("  Status: not started", part.statusText());

        part.editAnswer(row(0), "documented|public");
        assertEquals("documented|public", t.getItem(0).getText(2));
        assertEquals(1, study.getAssessments().size());
        assertTrue(part.statusText().startsWith("  Status: draft, 1 answered, total 2"), part.statusText());

        part.editAnswer(row(15), "none|code");
        assertTrue(part.messageText().contains("option 'none' is exclusive"), part.messageText());
        assertTrue(session.commandStack().canUndo());
        assertEquals(1, study.getAssessments().get(0).getAnswers().size(), "the refused answer changed nothing");

        session.commandStack().undo();
        assertEquals(0, study.getAssessments().size(), "undo removes the assessment the first answer created");
        session.commandStack().redo();
        assertEquals(1, study.getAssessments().size());
    }

    @Test
    void otherRatersStayHiddenUntilSubmission() {
        part.select("rqs", "alice", false);
        for (int i = 0; i < 16; i++) {
            List<String> ids = row(i).optionIds();
            part.editAnswer(row(i), ids.contains("none") ? "none" : ids.get(0));
        }
        part.select("rqs", "bob", false);
        part.editAnswer(row(1), "yes");
        Table t = part.table().viewer().getTable();
        assertEquals("hidden until you submit", t.getItem(1).getText(3));
        part.select("rqs", "alice", false);
        assertEquals("hidden until you submit", t.getItem(1).getText(3));
        part.submit();
        assertEquals(AssessmentStatus.SUBMITTED, study.getAssessments().get(0).getStatus());
        assertEquals("bob: yes", t.getItem(1).getText(3), "alice submitted: bob's answer is visible to her");
    }

    @Test
    void consensusHighlightsDisputesAndRecordsResolutions() {
        for (String rater : List.of("alice", "bob")) {
            part.select("rqs", rater, false);
            for (int i = 0; i < 16; i++) {
                List<String> ids = row(i).optionIds();
                String answer = ids.contains("none") ? "none" : ids.get(0);
                if (i == 1 && rater.equals("bob")) {
                    answer = "yes"; // item 2: alice "no", bob "yes"
                }
                part.editAnswer(row(i), answer);
            }
            part.submit();
        }
        part.select("rqs", "carol", true);
        part.startConsensus();
        Table t = part.table().viewer().getTable();
        assertTrue(row(1).disputed());
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 236, 179), t.getItem(1).getBackground(0).getRGB());
        assertEquals("agreed by all raters", t.getItem(0).getText(4));
        part.submitConsensus();
        assertTrue(part.messageText().contains("unresolved disagreements on items 2"), part.messageText());
        part.setResolutionPrompt(r -> "methods cite two readers");
        part.editAnswer(row(1), "yes");
        assertEquals("methods cite two readers (carol)", t.getItem(1).getText(4));
        part.submitConsensus();
        assertEquals("", part.messageText());
        assertTrue(part.statusText().startsWith("  Status: submitted"), part.statusText());
    }

    private SheetRow row(int i) {
        return (SheetRow) part.table().viewer().getElementAt(i);
    }
}
