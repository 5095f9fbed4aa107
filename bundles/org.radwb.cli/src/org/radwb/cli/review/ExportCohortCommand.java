package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.csv.CohortCsv;
import org.radwb.model.Review;

/** {@code radwb review export-cohort --review <folder> --csv <file>}: one row per lesion with its patient's data. */
public final class ExportCohortCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        Path csv = ctx.path(a.required("--csv"));
        a.checkAllUsed();
        Review review = Reviews.load(name, ctx);
        CohortCsv.write(review, csv);
        long lesions = review.getStudies().stream().flatMap(s -> s.getPatients().stream()).mapToLong(p -> p.getLesions().size()).sum();
        ctx.out().println("lesions: " + lesions);
        ctx.out().println("file: " + csv);
        return 0;
    }
}
