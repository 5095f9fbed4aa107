package org.radwb.report.review;

import java.util.ArrayList;
import java.util.List;

import org.radwb.model.DatabaseSearch;
import org.radwb.model.Exclusion;
import org.radwb.model.Review;
import org.radwb.model.ScreeningStage;
import org.radwb.report.figure.PrismaFlow;
import org.radwb.report.figure.PrismaFlow.Reason;
import org.radwb.report.figure.PrismaFlow.Source;
import org.radwb.report.figure.PrismaFlow.Stage;

/**
 * Turns the review model's PRISMA counts into the {@link PrismaFlow} the diagram draws. Title and abstract
 * exclusions become two boxes when both are recorded (as the seed review reports them), one otherwise;
 * "reports sought / not retrieved" appears only when recorded; full-text and other exclusions form the last box
 * with their reasons. "Reports assessed for eligibility" goes to the step whose input it equals: the abstract step
 * for reviews that assess abstracts as reports (the seed: 184 screened, 130 excluded on title, 54 assessed, 29
 * excluded on abstract, 8 on full text), else the full-text step. Counts the model leaves unset are derived from
 * the previous box; counts that are set must agree, or the conversion fails naming the box.
 */
public final class PrismaFromModel {

    private PrismaFromModel() {
    }

    /**
     * @return the flow of {@code review}
     * @throws IllegalArgumentException when the review has no PRISMA flow or no searches, a count is missing,
     *                                  or the counts do not add up
     */
    public static PrismaFlow convert(Review review) {
        org.radwb.model.PrismaFlow p = review.getPrisma();
        if (p == null) {
            throw new IllegalArgumentException("the review has no PRISMA flow");
        }
        List<Source> sources = new ArrayList<>();
        for (DatabaseSearch s : review.getSearches()) {
            String name = s.getDatabase() == null || s.getDatabase().isBlank() ? "Unnamed database" : s.getDatabase();
            if (!s.isSetRecords()) {
                throw new IllegalArgumentException("PRISMA: search of " + name + " has no record count");
            }
            sources.add(new Source(name, s.getRecords()));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("PRISMA: the review lists no database searches");
        }
        int identified = sources.stream().mapToInt(Source::count).sum();
        // unset "removed" counts mean none were removed: PRISMA shows such boxes only when used
        int duplicates = p.isSetDuplicatesRemoved() ? p.getDuplicatesRemoved() : 0;
        int other = p.isSetOtherRemoved() ? p.getOtherRemoved() : 0;
        int screened = p.isSetRecordsScreened() ? p.getRecordsScreened() : identified - duplicates - other;

        // the screening steps in model order; each step's input is the previous step's remainder
        List<Exclusion> title = exclusions(p, ScreeningStage.TITLE);
        List<Exclusion> abstracts = exclusions(p, ScreeningStage.ABSTRACT);
        List<Exclusion> fullText = exclusions(p, ScreeningStage.FULL_TEXT);
        fullText.addAll(exclusions(p, ScreeningStage.OTHER));
        List<Step> steps = new ArrayList<>();
        if (!title.isEmpty() && !abstracts.isEmpty()) {
            steps.add(new Step("title", title));
            steps.add(new Step("abstract", abstracts));
        } else {
            List<Exclusion> both = new ArrayList<>(title);
            both.addAll(abstracts);
            steps.add(new Step(title.isEmpty() && !abstracts.isEmpty() ? "abstract" : "title and abstract", both));
        }
        int fullTextStep = steps.size();
        steps.add(new Step("full text", fullText));
        int[] input = new int[steps.size()];
        input[0] = screened;
        for (int i = 1; i < steps.size(); i++) {
            input[i] = input[i - 1] - steps.get(i - 1).excluded();
        }
        boolean sought = p.isSetReportsSought() || p.isSetReportsNotRetrieved();
        int notRetrieved = p.isSetReportsNotRetrieved() ? p.getReportsNotRetrieved() : 0;
        // "reports assessed for eligibility" marks where screening ends: reviews that assess abstracts as reports
        // (the seed: 54 assessed, then 29 + 8 excluded) set it to the abstract step's input
        int eligibility = fullTextStep;
        if (p.isSetReportsAssessed() && !sought) {
            for (int i = 1; i < steps.size(); i++) {
                if (input[i] == p.getReportsAssessed()) {
                    eligibility = i;
                    break;
                }
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i == fullTextStep && sought) {
                int n = p.isSetReportsSought() ? p.getReportsSought() : last(stages).remaining();
                stages.add(new Stage("Reports sought for retrieval", n, "Reports not retrieved", notRetrieved,
                        List.of()));
            }
            int in = stages.isEmpty() ? screened : last(stages).remaining();
            if (i < eligibility) {
                stages.add(stage("Records screened" + (steps.size() > 2 || i > 0 ? " on " + step.name() : ""), in,
                        "Records excluded" + (steps.size() > 2 || i > 0 ? " on " + step.name() : ""), step.exclusions()));
            } else if (i == eligibility) {
                int n = p.isSetReportsAssessed() ? p.getReportsAssessed() : in;
                stages.add(stage("Reports assessed for eligibility", n,
                        i == fullTextStep ? "Reports excluded" : "Reports excluded on " + step.name(),
                        step.exclusions()));
            } else {
                stages.add(stage("Full-text reports assessed", in, "Reports excluded on full text", step.exclusions()));
            }
        }
        int included = p.isSetStudiesIncluded() ? p.getStudiesIncluded() : last(stages).remaining();
        return new PrismaFlow(sources, duplicates, other, stages, included);
    }

    /** The exclusions of one screening step. */
    private record Step(String name, List<Exclusion> exclusions) {
        int excluded() {
            return exclusions.stream().mapToInt(Exclusion::getCount).sum();
        }
    }

    private static Stage last(List<Stage> stages) {
        return stages.get(stages.size() - 1);
    }

    private static List<Exclusion> exclusions(org.radwb.model.PrismaFlow p, ScreeningStage stage) {
        List<Exclusion> out = new ArrayList<>();
        for (Exclusion e : p.getExclusions()) {
            if (e.getStage() == stage) {
                if (!e.isSetCount()) {
                    throw new IllegalArgumentException("PRISMA: exclusion '" + e.getReason() + "' at stage "
                            + stage.getLiteral() + " has no count");
                }
                out.add(e);
            }
        }
        return out;
    }

    /** A stage whose exclusions are listed by reason when any reason is named. */
    private static Stage stage(String label, int assessed, String excludedLabel, List<Exclusion> exclusions) {
        int excluded = exclusions.stream().mapToInt(Exclusion::getCount).sum();
        boolean named = exclusions.stream().anyMatch(e -> e.getReason() != null && !e.getReason().isBlank());
        List<Reason> reasons = new ArrayList<>();
        if (named) {
            for (Exclusion e : exclusions) {
                String reason = e.getReason() == null || e.getReason().isBlank() ? "Reason not stated" : e.getReason();
                reasons.add(new Reason(reason, e.getCount()));
            }
        }
        return new Stage(label, assessed, excludedLabel, excluded, reasons);
    }
}
