package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.csv.StudyCsv;
import org.radwb.model.Review;

/** {@code radwb review export-studies --review <folder>|example --csv <file>}. */
public final class ExportStudiesCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        Path csv = ctx.path(a.required("--csv"));
        a.checkAllUsed();
        Review review = Reviews.load(name, ctx);
        StudyCsv.write(review.getStudies(), csv);
        ctx.out().println("exported: " + review.getStudies().size());
        ctx.out().println("file: " + csv);
        return 0;
    }
}
