package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.csv.StudyCsv;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;

/**
 * {@code radwb review import-studies --review <folder> --csv <file> [--create]}: adds the file's studies to the
 * review, all or none; the review file is only rewritten (atomically) when every row is valid.
 */
public final class ImportStudiesCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path folder = ctx.path(a.required("--review"));
        Path csv = ctx.path(a.required("--csv"));
        boolean create = a.flag("--create");
        a.checkAllUsed();
        Review review;
        if (ReviewStore.isReview(folder)) {
            review = ReviewStore.load(folder);
        } else if (create) {
            review = ReviewFactory.eINSTANCE.createReview();
            review.setTitle(folder.getFileName().toString());
        } else {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null,
                    "no review in this folder; add --create to start a new one");
        }
        List<Study> studies = StudyCsv.read(csv, review);
        review.getStudies().addAll(studies);
        ReviewStore.save(review, folder);
        ctx.out().println("imported: " + studies.size());
        ctx.out().println("studies: " + review.getStudies().size());
        return 0;
    }
}
