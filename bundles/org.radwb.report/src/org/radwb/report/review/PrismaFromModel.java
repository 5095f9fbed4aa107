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
 * exclusions become two screening boxes when both are recorded (as the seed review reports them), one otherwise;
 * "reports sought / not retrieved" appears only when recorded; full-text and other exclusions form the eligibility
 * box with their reasons. Counts the model leaves unset are derived from the previous box; counts that are set
 * must agree, or the conversion fails naming the box.
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

        List<Stage> stages = new ArrayList<>();
        List<Exclusion> title = exclusions(p, ScreeningStage.TITLE);
        List<Exclusion> abstracts = exclusions(p, ScreeningStage.ABSTRACT);
        if (!title.isEmpty() && !abstracts.isEmpty()) {
            stages.add(stage("Records screened on title", screened, "Records excluded on title", title));
            stages.add(stage("Records screened on abstract", last(stages).remaining(), "Records excluded on abstract",
                    abstracts));
        } else {
            List<Exclusion> both = new ArrayList<>(title);
            both.addAll(abstracts);
            stages.add(stage("Records screened", screened, "Records excluded", both));
        }
        if (p.isSetReportsSought() || p.isSetReportsNotRetrieved()) {
            int sought = p.isSetReportsSought() ? p.getReportsSought() : last(stages).remaining();
            int notRetrieved = p.isSetReportsNotRetrieved() ? p.getReportsNotRetrieved() : 0;
            stages.add(new Stage("Reports sought for retrieval", sought, "Reports not retrieved", notRetrieved,
                    List.of()));
        }
        List<Exclusion> fullText = exclusions(p, ScreeningStage.FULL_TEXT);
        fullText.addAll(exclusions(p, ScreeningStage.OTHER));
        int assessed = p.isSetReportsAssessed() ? p.getReportsAssessed() : last(stages).remaining();
        stages.add(stage("Reports assessed for eligibility", assessed, "Reports excluded", fullText));
        int included = p.isSetStudiesIncluded() ? p.getStudiesIncluded() : last(stages).remaining();
        return new PrismaFlow(sources, duplicates, other, stages, included);
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
