package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.csv.CohortCsv;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;

/** {@code radwb review import-cohort --review <folder> --csv <file>}: patients and lesions, all rows or nothing. */
public final class ImportCohortCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path folder = ctx.path(a.required("--review"));
        Path csv = ctx.path(a.required("--csv"));
        a.checkAllUsed();
        Review review = ReviewStore.load(folder);
        Map<Study, List<Patient>> cohort = CohortCsv.read(csv, review);
        int lesions = CohortCsv.apply(cohort);
        ReviewStore.save(review, folder);
        ctx.out().println("patients: " + cohort.values().stream().mapToInt(List::size).sum());
        ctx.out().println("lesions: " + lesions);
        return 0;
    }
}
