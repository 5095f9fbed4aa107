package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.example.ExampleReview;
import org.radwb.model.Review;

/** {@code radwb review create-example --review <folder>}: the example review as an editable project. */
public final class CreateExampleCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path folder = ctx.path(a.required("--review"));
        a.checkAllUsed();
        Review review = ExampleReview.writeTo(folder);
        ctx.out().println("studies: " + review.getStudies().size());
        ctx.out().println("folder: " + folder);
        return 0;
    }
}
