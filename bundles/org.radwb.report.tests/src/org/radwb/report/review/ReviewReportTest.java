package org.radwb.report.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.MetricKind;
import org.radwb.model.Review;
import org.radwb.model.ScreeningStage;
import org.radwb.model.SegmentationMethod;
import org.radwb.model.Study;
import org.radwb.model.TreatmentModality;
import org.radwb.report.XmlRead;
import org.radwb.report.html.HtmlReportWriter;
import org.radwb.report.table.ReportTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The review report built from review models made in code: every number lands in its table cell or box. */
class ReviewReportTest {

    private static Document html(ReviewReport r) throws Exception {
        return XmlRead.parse(HtmlReportWriter.toHtml(r.document()));
    }

    /** Rows of an HTML table as lists of cell texts. */
    private static List<List<String>> rows(Document doc, String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : XmlRead.byName(XmlRead.byId(doc, "table-" + tableId), "tr")) {
            List<Element> tds = XmlRead.byName(tr, "td");
            if (!tds.isEmpty()) {
                rows.add(tds.stream().map(Element::getTextContent).toList());
            }
        }
        return rows;
    }

    private static ReportTable table(ReviewReport r, String id) {
        return r.document().tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reportReproducesSeedTable4AdherenceFromSeventeenConsensusAssessments() throws Exception {
        ReviewReport report = ReviewReport.build(TestReviews.table4Review(), TestReviews.rqsRegistry());
        assertEquals(List.of(), report.problems());
        Document doc = html(report);
        Map<String, List<String>> byItem = new HashMap<>();
        for (List<String> row : rows(doc, "rqs-adherence")) {
            byItem.put(row.get(1), row);
        }
        assertEquals(16, byItem.size());
        for (int k = 0; k < TestReviews.TABLE4_ORDER.length; k++) {
            String item = TestReviews.TABLE4_ORDER[k];
            List<String> row = byItem.get(item);
            // the HTML prints one decimal, as Table 4 does: exact string comparison
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", TestReviews.TABLE4_RATES[k]), row.get(5),
                    "item " + item);
            assertEquals(Integer.toString(TestReviews.TABLE4_COUNTS[k]), row.get(3), "item " + item);
            assertEquals("17", row.get(4), "item " + item);
        }
        assertEquals("Model performance index", byItem.get("8").get(0), "item 8 sits in domain 4");
        assertEquals("Feature selection and validation", byItem.get("12").get(0), "item 12 sits in domain 2");

        // the adherence chart draws the same numbers: bar N is item N in checklist order
        for (int k = 0; k < TestReviews.TABLE4_ORDER.length; k++) {
            String item = TestReviews.TABLE4_ORDER[k];
            Element bar = null;
            for (int n = 1; n <= 16; n++) {
                Element g = XmlRead.byId(doc, "rqs-adherence-bar-" + n);
                if (g.getAttribute("data-label").startsWith(item + ". ")) {
                    bar = g;
                }
            }
            assertEquals(100.0 * TestReviews.TABLE4_COUNTS[k] / 17, Double.parseDouble(bar.getAttribute("data-value")),
                    1e-9, "bar of item " + item);
        }
        assertEquals(17, rows(doc, "rqs-scores").size());
        assertEquals(6, rows(doc, "rqs-domains").size());
    }

    @Test
    void scoresTableShowsEngineTotalsAndKeyFigures() throws Exception {
        ReviewReport report = ReviewReport.build(TestReviews.table4Review(), TestReviews.rqsRegistry());
        ReportTable scores = table(report, "rqs-scores");
        // study S1 adheres to every item with a count >= 1: 1(1) 2(1) 4(1) 5(+3) 12(+2) 6(1) 7(1) 14(2) 9(2) 10(2)
        // 16(1) = 17 points, 47.2 % of 36 (hand-computed from CHECKLISTS.md 1.1)
        assertEquals(List.of("A. Author1 et al. 2019".replace("A. ", ""), "consensus", "17", "-8 to 36", "47.2"),
                scores.rows().get(0));
        // study S17 adheres only to items with count 17: 1, 2, 5, 9, 10 = 1+1+3+2+2, and 12 = -5 -> 4 points
        assertEquals("4", scores.cell(16, 2));
        assertEquals("11.1", scores.cell(16, 4));
    }

    @Test
    void prismaBoxesComeFromTheModelCounts() throws Exception {
        ReviewReport report = ReviewReport.build(TestReviews.seedFlowReview(), new ChecklistRegistry());
        Document doc = html(report);
        String[][] expected = {{"prisma-identified", "200"}, {"prisma-source-1", "174"}, {"prisma-source-2", "24"},
            {"prisma-source-3", "2"}, {"prisma-duplicates", "16"}, {"prisma-stage-1", "184"},
            {"prisma-stage-1-excluded", "130"}, {"prisma-stage-2", "54"}, {"prisma-stage-2-excluded", "29"},
            {"prisma-stage-3", "25"}, {"prisma-stage-3-excluded", "8"}, {"prisma-stage-3-reason-1", "8"},
            {"prisma-included", "17"}};
        for (String[] e : expected) {
            Element g = XmlRead.byId(doc, e[0]);
            assertEquals(e[1], g.getAttribute("data-count"), e[0]);
            assertTrue(XmlRead.svgText(g).contains("(n = " + e[1] + ")"), e[0] + ": " + XmlRead.svgText(g));
        }
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-2")).startsWith("Records screened on abstract"));
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-3-reason-1")).contains("Classification"));
    }

    @Test
    void inconsistentPrismaCountsAreReportedNotDrawn() throws Exception {
        Review r = TestReviews.seedFlowReview();
        r.getPrisma().setStudiesIncluded(18);
        ReviewReport report = ReviewReport.build(r, new ChecklistRegistry());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).contains("leaves 17 but 18 studies are included"),
                report.problems().get(0));
        assertTrue(report.document().figures().stream().noneMatch(f -> f.id().equals("prisma-flow")));
        assertTrue(HtmlReportWriter.toHtml(report.document()).contains("Data problems"));
    }

    @Test
    void studyTablesFollowTheSeedShapeAndMarkMissingValues() throws Exception {
        Review r = TestReviews.seedFlowReview();
        Study a = TestReviews.study("Kawahara2021", "D. Kawahara, X. Tang, C. K. Lee", 2021);
        a.setPatientCount(45);
        a.setLesionCount(115);
        a.setTreatment(TreatmentModality.GAMMA_KNIFE);
        a.setTreatmentModel("model 4C");
        a.setMriVendor("Siemens");
        a.setMriModel("syngo MR");
        a.getFieldStrengths().addAll(List.of(1.5, 1.0));
        a.getSequences().add("CE-T1W");
        a.setSegmentationMethod(SegmentationMethod.MANUAL);
        a.setRadiomicsSoftware("IBEX");
        a.setFeaturesExtracted(740);
        a.setFeaturesSelected(7);
        a.setTrainPercent(55);
        a.getResults().add(TestReviews.metric(MetricKind.AUC_RADIOMIC, 0.87, 0.80, 0.93, "testing"));
        a.getResults().add(TestReviews.metric(MetricKind.ACCURACY, 0.8, null, null, null));
        Study b = TestReviews.study("Karami2019a", "Karami E, Soliman H", 2019);
        Study c = TestReviews.study("Karami2019b", "E. Karami, H. Soliman", 2019);
        c.getResults().add(TestReviews.metric(MetricKind.CINDEX_MULTIVARIATE, 0.79, null, null, "testing"));
        c.getResults().add(TestReviews.metric(MetricKind.CINDEX_MULTIVARIATE, 0.78, null, null, "validation"));
        r.getStudies().addAll(List.of(a, b, c));
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, new ChecklistRegistry());

        ReportTable t1 = table(report, "table1-segmentation-extraction");
        assertEquals("Kawahara et al. 2021", t1.cell(0, 0));
        assertEquals("Karami et al. 2019a", t1.cell(1, 0), "Vancouver-style authors, duplicate label gets a");
        assertEquals("Karami et al. 2019b", t1.cell(2, 0));
        assertEquals("NR", t1.cell(0, t1.column("Segmentation software")));
        assertEquals("Manual", t1.cell(0, t1.column("Segmentation method")));
        assertEquals("740 / 7", t1.cell(0, t1.column("Features extracted / selected")));
        assertEquals("55", t1.cell(0, t1.column("Training data (%)")));
        assertEquals("NR", t1.cell(0, t1.column("Testing data (%)")));

        ReportTable t2 = table(report, "table2-study-characteristics");
        assertEquals(List.of("Kawahara et al. 2021", "2021", "NR", "NR", "45", "115", "NR",
                "Gamma Knife (model 4C)", "Siemens syngo MR", "1.5, 1", "CE-T1W"), t2.rows().get(0));
        assertEquals("NR", t2.cell(1, t2.column("Patients")));

        ReportTable t3 = table(report, "table3-findings");
        assertEquals("0.87 [0.80\u20130.93] (testing)", t3.cell(0, t3.column("AUC radiomics")));
        assertEquals("80", t3.cell(0, t3.column("Accuracy (%)")));
        assertEquals("\u2014", t3.cell(0, t3.column("AUC clinical")));
        assertEquals("0.79 (testing); 0.78 (validation)", t3.cell(2, t3.column("C-index multivariate")));

        Document doc = html(report);
        Element row1 = XmlRead.byId(doc, "forest-row-1");
        assertEquals("Kawahara et al. 2021 (testing)", row1.getAttribute("data-label"));
        assertEquals("0.80", row1.getAttribute("data-lower"));
        Element row2 = XmlRead.byId(doc, "forest-row-2");
        assertEquals("Karami et al. 2019b (multivariate, testing)", row2.getAttribute("data-label"));
        assertEquals("", row2.getAttribute("data-lower"));
    }

    @Test
    void onlyConsensusOrSingleSubmittedAssessmentsCount() throws Exception {
        Review r = TestReviews.seedFlowReview();
        Study agreed = TestReviews.study("A", "A. One", 2020);
        agreed.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "A.U.", i -> true));
        agreed.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "N.Y.", i -> false));
        agreed.getAssessments().add(TestReviews.rqs(AssessmentKind.CONSENSUS, "A.U.+N.Y.", i -> i.equals("5")));
        Study pending = TestReviews.study("B", "B. Two", 2021);
        pending.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "A.U.", i -> true));
        pending.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "N.Y.", i -> true));
        Study self = TestReviews.study("C", "C. Three", 2022);
        self.getAssessments().add(TestReviews.rqs(AssessmentKind.SELF_REPORT, "", i -> false));
        Study draft = TestReviews.study("D", "D. Four", 2023);
        var d = TestReviews.rqs(AssessmentKind.RATER, "A.U.", i -> true);
        d.setStatus(AssessmentStatus.DRAFT);
        draft.getAssessments().add(d);
        Study bad = TestReviews.study("E", "E. Five", 2023);
        var invalid = TestReviews.assessment("rqs", AssessmentKind.CONSENSUS, AssessmentStatus.SUBMITTED, "x");
        TestReviews.answer(invalid, "1", "none", "documented");
        bad.getAssessments().add(invalid);
        Study other = TestReviews.study("F", "F. Six", 2023);
        other.getAssessments().add(TestReviews.assessment("tripod-ai", AssessmentKind.CONSENSUS,
                AssessmentStatus.SUBMITTED, "x"));
        r.getStudies().addAll(List.of(agreed, pending, self, draft, bad, other));
        r.getPrisma().setStudiesIncluded(17);

        ReviewReport report = ReviewReport.build(r, TestReviews.rqsRegistry());
        ReportTable scores = table(report, "rqs-scores");
        assertEquals(2, scores.rows().size(), "the consensus of A and the self-report of C");
        assertEquals(List.of("One 2020", "consensus", "-2"), scores.rows().get(0).subList(0, 3),
                "consensus: item 5 +3, item 12 none -5");
        assertEquals("self-report", scores.cell(1, 1));
        String problems = String.join("\n", report.problems());
        assertTrue(problems.contains("Two 2021: 2 submitted rater assessments but no consensus yet"), problems);
        assertTrue(problems.contains("Four 2023: only draft assessments"), problems);
        assertTrue(problems.contains("Five 2023") && problems.contains("not scored"), problems);
        assertTrue(problems.contains("'tripod-ai@1.0', which is not installed"), problems);
        assertFalse(problems.contains("One 2020"), problems);
    }

    @Test
    void badIntervalsBecomeProblemsNotCrashes() throws Exception {
        Review r = TestReviews.seedFlowReview();
        Study s = TestReviews.study("X", "X. Young", 2020);
        s.getResults().add(TestReviews.metric(MetricKind.AUC_RADIOMIC, 0.7, 0.75, 0.9, null));
        s.getResults().add(TestReviews.metric(MetricKind.AUC_CLINICAL, 0.6, null, null, null));
        r.getStudies().add(s);
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, new ChecklistRegistry());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("Young 2020") && p.contains("forest plot")),
                report.problems().toString());
        Document doc = html(report);
        assertEquals("Young 2020", XmlRead.byId(doc, "forest-row-1").getAttribute("data-label"));
    }

    @Test
    void singleAuthorsGetNoEtAl() {
        assertEquals("Karami 2019", StudyLabels.base(TestReviews.study("k", "E. Karami", 2019)));
        assertEquals("Liao et al. 2021", StudyLabels.base(TestReviews.study("l", "C.-Y. Liao, C.-C. Lee", 2021)));
        assertEquals("Du et al. 2023", StudyLabels.base(TestReviews.study("d", "J. Du; K. Wu", 2023)));
        assertEquals("Smith et al. 2020", StudyLabels.base(TestReviews.study("s", "Smith JK and Doe A", 2020)));
        assertEquals("Unnamed study", StudyLabels.base(TestReviews.F.createStudy()));
    }

    @Test
    void metricsScoresShowPercentBandAndInapplicableItems() throws Exception {
        Review r = TestReviews.seedFlowReview();
        Study s = TestReviews.study("M", "M. Metrics, N. Other", 2024);
        var m = TestReviews.assessment("metrics", AssessmentKind.CONSENSUS, AssessmentStatus.SUBMITTED, "A+B");
        // conditions: segmentation yes, fully automated no, hand-crafted yes, tabular yes, end-to-end DL no
        String[] conditions = {"yes", "no", "yes", "yes", "no"};
        for (int c = 0; c < 5; c++) {
            TestReviews.answer(m, "C" + (c + 1), conditions[c]);
        }
        for (int i = 1; i <= 30; i++) {
            if (i != 9 && i != 17) {
                TestReviews.answer(m, Integer.toString(i), List.of(8, 10, 12, 27).contains(i) ? "yes" : "no");
            }
        }
        s.getAssessments().add(m);
        r.getStudies().add(s);
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, TestReviews.rqsRegistry());
        assertEquals(List.of(), report.problems());
        ReportTable scores = table(report, "metrics-scores");
        // hand-computed (CHECKLISTS.md 1.2): applicable weights 1 - 0.0225 - 0.0200 = 0.9575; yes to 8, 10, 12, 27:
        // 0.0337 + 0.0112 + 0.0311 + 0.0749 = 0.1509; 100 * 0.1509 / 0.9575 = 15.76 -> 15.8 %, band "very low"
        assertEquals("15.8", scores.cell(0, scores.column("Percentage (%)")));
        assertEquals("very low", scores.cell(0, scores.column("Band")));
        ReportTable adherence = table(report, "metrics-adherence");
        List<String> item9 = adherence.rows().stream().filter(row -> row.get(1).equals("9")).findFirst().orElseThrow();
        assertEquals(List.of("0", "0", "n/a"), item9.subList(3, 6), "switched off by C2: not applicable");
        List<String> item27 = adherence.rows().stream().filter(row -> row.get(1).equals("27")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Testing", "27"), item27.subList(0, 2));
        assertEquals(List.of("1", "1", "100.0"), item27.subList(3, 6));
        assertTrue(report.document().figures().stream().anyMatch(f -> f.id().equals("metrics-adherence")));
        Document doc = html(report);
        List<Element> dts = XmlRead.byName(doc.getDocumentElement(), "dt");
        List<Element> dds = XmlRead.byName(doc.getDocumentElement(), "dd");
        String bands = null;
        for (int i = 0; i < dts.size(); i++) {
            if (dts.get(i).getTextContent().equals("Studies per band")) {
                bands = dds.get(i).getTextContent();
            }
        }
        assertEquals("very low 1, low 0, moderate 0, good 0, excellent 0", bands);
    }

    @Test
    void prismaWithRetrievalStepAndOneScreeningBox() throws Exception {
        Review r = TestReviews.seedFlowReview();
        var p = r.getPrisma();
        p.getExclusions().clear();
        p.setOtherRemoved(5);
        p.setRecordsScreened(179);
        p.getExclusions().add(TestReviews.exclusion(ScreeningStage.TITLE, "", 125));
        p.setReportsSought(54);
        p.setReportsNotRetrieved(4);
        p.setReportsAssessed(50);
        p.getExclusions().add(TestReviews.exclusion(ScreeningStage.FULL_TEXT, "Wrong outcome", 20));
        p.getExclusions().add(TestReviews.exclusion(ScreeningStage.FULL_TEXT, "No radiomics", 13));
        ReviewReport report = ReviewReport.build(r, new ChecklistRegistry());
        assertEquals(List.of(), report.problems());
        Document doc = html(report);
        String[][] expected = {{"prisma-identified", "200"}, {"prisma-duplicates", "16"}, {"prisma-other-removed", "5"},
            {"prisma-stage-1", "179"}, {"prisma-stage-1-excluded", "125"}, {"prisma-stage-2", "54"},
            {"prisma-stage-2-excluded", "4"}, {"prisma-stage-3", "50"}, {"prisma-stage-3-excluded", "33"},
            {"prisma-stage-3-reason-1", "20"}, {"prisma-stage-3-reason-2", "13"}, {"prisma-included", "17"}};
        for (String[] e : expected) {
            assertEquals(e[1], XmlRead.byId(doc, e[0]).getAttribute("data-count"), e[0]);
        }
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-1")).startsWith("Records screened (n = 179)"));
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-2")).startsWith("Reports sought for retrieval"));
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-2-excluded")).startsWith("Reports not retrieved"));
        assertTrue(XmlRead.svgText(XmlRead.byId(doc, "prisma-stage-3")).startsWith("Reports assessed for eligibility"));
    }

    @Test
    void missingPrismaDataIsNamed() throws Exception {
        Review r = TestReviews.seedFlowReview();
        r.getSearches().get(1).unsetRecords();
        assertEquals(List.of("PRISMA: search of PubMed has no record count"),
                ReviewReport.build(r, new ChecklistRegistry()).problems());
        Review none = TestReviews.F.createReview();
        assertEquals(List.of("the review has no PRISMA flow"), ReviewReport.build(none, new ChecklistRegistry())
                .problems());
    }

    @Test
    void workbenchModelRunsGetATableAndAForestSection() throws Exception {
        Review r = TestReviews.seedFlowReview();
        Study s = TestReviews.study("Own", "Our Team, Second Author", 2026);
        var run = TestReviews.F.createModelRun();
        run.setId("run-1");
        run.setModelId("lasso-logistic");
        run.setOutcome("local_failure");
        run.setValidation("repeated-cv 5x10");
        var auc = TestReviews.F.createMetric();
        auc.setName("auc");
        auc.setValue(0.781);
        auc.setLower(0.702);
        auc.setUpper(0.86);
        var brier = TestReviews.F.createMetric();
        brier.setName("brier");
        brier.setValue(0.18);
        run.getMetrics().addAll(List.of(auc, brier));
        s.getModelRuns().add(run);
        r.getStudies().add(s);
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, new ChecklistRegistry());
        ReportTable runs = table(report, "model-runs");
        assertEquals(List.of("Team et al. 2026", "run-1", "lasso-logistic", "local_failure", "repeated-cv 5x10",
                "auc 0.781 [0.702\u20130.86]; brier 0.18", "NR"), runs.rows().get(0));
        Element row = XmlRead.byId(html(report), "forest-row-1");
        assertEquals("Models trained in the workbench", row.getAttribute("data-section"));
        assertEquals("Team et al. 2026 (AUC, lasso-logistic, repeated-cv 5x10)", row.getAttribute("data-label"));
        assertEquals("0.702", row.getAttribute("data-lower"));
        assertEquals("0.86", row.getAttribute("data-upper"));
    }

    @Test
    void agreementOfTwoRatersComesFromTheChecklistEngine() throws Exception {
        Review r = TestReviews.seedFlowReview();
        for (int i = 0; i < 4; i++) {
            Study s = TestReviews.study("S" + i, "A. Author" + i + ", B. Other", 2020 + i);
            final int study = i;
            // item 2: rater A says yes for studies 0-1, rater B only for study 0; every other item: both "no"
            s.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "A.U.", item -> item.equals("2") && study < 2));
            s.getAssessments().add(TestReviews.rqs(AssessmentKind.RATER, "N.Y.", item -> item.equals("2") && study < 1));
            r.getStudies().add(s);
        }
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, TestReviews.rqsRegistry());
        ReportTable agreement = table(report, "rqs-agreement");
        List<String> item2 = agreement.rows().stream().filter(row -> row.get(0).equals("2")).findFirst().orElseThrow();
        // hand-computed: p_o = 3/4; p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5; kappa = (0.75 - 0.5) / (1 - 0.5) = 0.5;
        // with two categories the quadratic-weighted kappa equals Cohen's
        assertEquals(List.of("2", "Multiple segmentations", "4", "75.0", "0.5", "0.5", "cohen"), item2);
        List<String> item3 = agreement.rows().stream().filter(row -> row.get(0).equals("3")).findFirst().orElseThrow();
        assertEquals(List.of("4", "100.0", "n/a"), item3.subList(2, 5), "identical answers: kappa undefined");
        assertTrue(agreement.notes().get(0).startsWith("Raters: A.U., N.Y.; studies rated by all of them: 4"),
                agreement.notes().get(0));
        assertTrue(agreement.notes().get(1).startsWith("ICC(2,1) of the totals: "), agreement.notes().get(1));
        assertTrue(report.problems().stream().allMatch(p -> p.contains("no consensus yet")), report.problems().toString());
    }

    @Test
    void treatmentCellsNameDeviceModelAndFractionation() {
        Study s = TestReviews.study("t", "A. B", 2020);
        assertEquals("NR", StudyTables.treatment(s));
        s.setFractionation("hypofractionated SRT");
        assertEquals("hypofractionated SRT (modality NR)", StudyTables.treatment(s));
        s.setTreatment(TreatmentModality.LINAC);
        s.setTreatmentModel("Novalis");
        assertEquals("LINAC (Novalis), hypofractionated SRT", StudyTables.treatment(s));
        s.setFractionation(null);
        s.setTreatment(TreatmentModality.GAMMA_KNIFE);
        s.setTreatmentModel("Gamma Knife model 4C");
        assertEquals("Gamma Knife model 4C", StudyTables.treatment(s), "no 'Gamma Knife (Gamma Knife model 4C)'");
        s.setTreatment(TreatmentModality.CYBERKNIFE);
        s.setTreatmentModel("");
        assertEquals("CyberKnife", StudyTables.treatment(s));
    }

    @Test
    void twoVersionsOfOneChecklistGetSeparateFiles() throws Exception {
        ChecklistRegistry registry = TestReviews.rqsRegistry();
        var rqs = registry.find("rqs", "1.0").orElseThrow().checklist();
        var copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(rqs);
        copy.setVersion("1.1");
        ChecklistRegistry both = new ChecklistRegistry();
        both.register(rqs, "test");
        both.register(copy, "test");
        Review r = TestReviews.seedFlowReview();
        Study a = TestReviews.study("A", "A. One", 2020);
        a.getAssessments().add(TestReviews.rqs(AssessmentKind.CONSENSUS, "x", i -> true));
        Study b = TestReviews.study("B", "B. Two", 2021);
        var newer = TestReviews.rqs(AssessmentKind.CONSENSUS, "x", i -> false);
        newer.setChecklistVersion("1.1");
        b.getAssessments().add(newer);
        Study c = TestReviews.F.createStudy();
        c.setId(""); // blank, not null: ReviewSummary lists studies without counts by id
        Study d = TestReviews.F.createStudy();
        d.setId("");
        r.getStudies().addAll(List.of(a, b, c, d));
        r.getPrisma().setStudiesIncluded(17);
        ReviewReport report = ReviewReport.build(r, both);
        List<String> ids = report.document().tables().stream().map(ReportTable::id).toList();
        assertTrue(ids.containsAll(List.of("rqs-1-0-scores", "rqs-1-1-scores", "rqs-1-0-adherence")), ids.toString());
        report.write(java.nio.file.Files.createTempDirectory("radwb-report-versions"));
        assertEquals("Unnamed study a", table(report, "table2-study-characteristics").cell(2, 0));
        assertEquals("Unnamed study b", table(report, "table2-study-characteristics").cell(3, 0));
    }
}
