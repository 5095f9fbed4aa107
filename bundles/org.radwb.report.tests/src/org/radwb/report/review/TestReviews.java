package org.radwb.report.review;

import java.io.InputStream;
import java.util.List;

import org.radwb.checklist.ChecklistLoader;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.DatabaseSearch;
import org.radwb.model.Exclusion;
import org.radwb.model.MetricKind;
import org.radwb.model.PrismaFlow;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.ScreeningStage;
import org.radwb.model.Study;

/** Review models built in code for the report tests, and the RQS checklist as shipped. */
final class TestReviews {

    static final ReviewFactory F = ReviewFactory.eINSTANCE;

    /** RQS items in the order of the seed review's Table 4 (grouped by domain; domain 4 lists 9, 10, 8). */
    static final String[] TABLE4_ORDER = {"1", "2", "3", "4", "5", "12", "6", "7", "13", "14", "9", "10", "8", "11",
        "15", "16"};
    /** Table 4's published adherence rates (%), in that order. */
    static final double[] TABLE4_RATES = {100, 100, 0, 47.1, 100, 5.9, 82.4, 29.4, 0, 5.9, 100, 100, 0, 0, 0, 64.7};
    /** Studies of 17 that adhere (rate x 17 / 100), in that order. */
    static final int[] TABLE4_COUNTS = {17, 17, 0, 8, 17, 1, 14, 5, 0, 1, 17, 17, 0, 0, 0, 11};

    private TestReviews() {
    }

    /** A registry holding RQS 1.0 and METRICS 1.0: the extension registry's in OSGi, else the shipped files. */
    static ChecklistRegistry rqsRegistry() throws Exception {
        ChecklistRegistry r = ChecklistRegistry.getDefault();
        if (r.find("rqs", "1.0").isPresent() && r.find("metrics", "1.0").isPresent()) {
            return r;
        }
        ChecklistRegistry own = new ChecklistRegistry();
        String[][] files = {{"org.radwb.checklist.rqs", "checklists/rqs-1.0.xmi"},
            {"org.radwb.checklist.metrics", "checklists/metrics-1.0.xmi"}};
        for (String[] f : files) {
            try (InputStream in = shipped(f[0], f[1])) {
                own.register(ChecklistLoader.load(in, f[1]), f[0]);
            }
        }
        return own;
    }

    /** A shipped checklist file: on the class path outside OSGi, an entry of its bundle inside it. */
    private static InputStream shipped(String bundle, String path) throws Exception {
        InputStream in = TestReviews.class.getResourceAsStream("/" + path);
        if (in != null) {
            return in;
        }
        org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(TestReviews.class);
        if (self != null) {
            for (org.osgi.framework.Bundle b : self.getBundleContext().getBundles()) {
                if (bundle.equals(b.getSymbolicName())) {
                    java.net.URL url = b.getEntry(path);
                    if (url != null) {
                        return url.openStream();
                    }
                }
            }
        }
        throw new IllegalStateException(path + " of " + bundle + " is neither on the class path nor installed");
    }

    /** The seed review's searches and PRISMA counts (Umaru et al. 2025, section 3.1), no studies. */
    static Review seedFlowReview() {
        Review r = F.createReview();
        r.setTitle("Radiomics in brain metastases treated with SRS");
        r.getSearches().add(search("Scopus", 174));
        r.getSearches().add(search("PubMed", 24));
        r.getSearches().add(search("Web of Science", 2));
        PrismaFlow p = F.createPrismaFlow();
        p.setDuplicatesRemoved(16);
        p.setRecordsScreened(184);
        p.getExclusions().add(exclusion(ScreeningStage.TITLE, "", 130));
        p.getExclusions().add(exclusion(ScreeningStage.ABSTRACT, "", 29));
        p.getExclusions().add(exclusion(ScreeningStage.FULL_TEXT, "Classification, not prediction", 8));
        p.setReportsAssessed(25);
        p.setStudiesIncluded(17);
        r.setPrisma(p);
        return r;
    }

    static DatabaseSearch search(String db, int records) {
        DatabaseSearch s = F.createDatabaseSearch();
        s.setDatabase(db);
        s.setRecords(records);
        return s;
    }

    static Exclusion exclusion(ScreeningStage stage, String reason, int count) {
        Exclusion e = F.createExclusion();
        e.setStage(stage);
        e.setReason(reason);
        e.setCount(count);
        return e;
    }

    static Study study(String id, String authors, int year) {
        Study s = F.createStudy();
        s.setId(id);
        s.setAuthors(authors);
        s.setYear(year);
        return s;
    }

    static ReportedMetric metric(MetricKind kind, double value, Double lower, Double upper, String cohort) {
        ReportedMetric m = F.createReportedMetric();
        m.setKind(kind);
        m.setValue(value);
        if (lower != null) {
            m.setLower(lower);
            m.setUpper(upper);
        }
        m.setCohort(cohort);
        return m;
    }

    static Assessment assessment(String checklist, AssessmentKind kind, AssessmentStatus status, String rater) {
        Assessment a = F.createAssessment();
        a.setChecklistId(checklist);
        a.setChecklistVersion("1.0");
        a.setKind(kind);
        a.setStatus(status);
        a.setRater(rater);
        return a;
    }

    static void answer(Assessment a, String item, String... options) {
        Answer ans = F.createAnswer();
        ans.setItemId(item);
        ans.getOptionIds().addAll(List.of(options));
        a.getAnswers().add(ans);
    }

    /** A complete RQS answer set in which the {@code adheres} items earn points and the others none. */
    static Assessment rqs(AssessmentKind kind, String rater, java.util.function.Predicate<String> adheres) {
        Assessment a = assessment("rqs", kind, AssessmentStatus.SUBMITTED, rater);
        for (String item : TABLE4_ORDER) {
            answer(a, item, adheres.test(item) ? positive(item) : negative(item));
        }
        return a;
    }

    static String[] positive(String item) {
        return switch (item) {
            case "1" -> new String[] {"documented"};
            case "9", "10" -> new String[] {"statistic", "resampling"};
            case "12" -> new String[] {"same-institute"};
            case "16" -> new String[] {"code"};
            default -> new String[] {"yes"};
        };
    }

    static String[] negative(String item) {
        return switch (item) {
            case "1", "9", "10", "12", "16" -> new String[] {"none"};
            default -> new String[] {"no"};
        };
    }

    /** The seed flow plus 17 studies with consensus RQS assessments whose per-item counts follow Table 4. */
    static Review table4Review() {
        Review r = seedFlowReview();
        for (int i = 0; i < 17; i++) {
            Study s = study("S" + (i + 1), "A. Author" + (i + 1) + ", B. Other", 2019 + i % 5);
            final int study = i;
            s.getAssessments().add(rqs(AssessmentKind.CONSENSUS, "A.U.+N.Y.", item -> {
                for (int k = 0; k < TABLE4_ORDER.length; k++) {
                    if (TABLE4_ORDER[k].equals(item)) {
                        return study < TABLE4_COUNTS[k];
                    }
                }
                throw new IllegalArgumentException(item);
            }));
            r.getStudies().add(s);
        }
        return r;
    }
}
