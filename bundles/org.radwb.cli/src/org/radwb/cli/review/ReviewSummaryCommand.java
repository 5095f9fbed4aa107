package org.radwb.cli.review;

import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.model.Review;
import org.radwb.model.summary.ReviewSummary;

/** {@code radwb review summary --review <folder>|example}: the review's counts as {@code key: value} lines. */
public final class ReviewSummaryCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        a.checkAllUsed();
        Review review = Reviews.load(name, ctx);
        ctx.out().println("title: " + (review.getTitle() == null ? "" : review.getTitle()));
        ReviewSummary.of(review).asKeyValues().forEach((k, v) -> ctx.out().println(k + ": " + v));
        return 0;
    }
}
