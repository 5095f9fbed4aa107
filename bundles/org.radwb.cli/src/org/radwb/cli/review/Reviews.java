package org.radwb.cli.review;

import java.io.IOException;
import java.nio.file.Path;

import org.radwb.cli.CommandContext;
import org.radwb.example.ExampleReview;
import org.radwb.model.Review;
import org.radwb.model.persistence.ReviewStore;

/** Resolves the {@code --review <folder>|example} argument shared by the review commands. */
public final class Reviews {

    private Reviews() {
    }

    /** Loads the named review: a project folder, or {@code example} for the bundled example review. */
    public static Review load(String argument, CommandContext ctx) throws IOException {
        if (ExampleReview.NAME.equals(argument)) {
            return ExampleReview.create();
        }
        return ReviewStore.load(ctx.path(argument));
    }
}
