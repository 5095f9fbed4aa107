package org.radwb.cli.extract;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.review.ReviewFeatureExtraction;
import org.radwb.extraction.run.Mode;
import org.radwb.model.Lesion;
import org.radwb.model.Review;
import org.radwb.model.persistence.ReviewStore;

/**
 * {@code radwb extract review --review <folder> [--study <id>] [--patient <id>] [--lesion <id>] [--params <yaml>]
 * [--mode ibsi|pyradiomics] [--jobs N] [--replace]}: extracts features for one lesion, a patient, a study or the whole
 * cohort of a review and stores them as feature sets (with settings, engine and input hashes); saves the review.
 */
public final class ExtractReviewCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path folder = ctx.path(a.required("--review"));
        String study = a.optional("--study");
        String patient = a.optional("--patient");
        String lesion = a.optional("--lesion");
        int jobs = a.intOr("--jobs", Runtime.getRuntime().availableProcessors());
        boolean replace = a.flag("--replace");
        ParameterFile params = ExtractCommand.params(a, ctx);
        Mode mode = ExtractCommand.mode(a, params);
        a.checkAllUsed();
        if (!ReviewStore.isReview(folder)) {
            throw new UsageException(folder + " is not a review folder (no " + ReviewStore.FILE_NAME + ")");
        }
        Review review = ReviewStore.load(folder);
        List<Lesion> lesions = ReviewFeatureExtraction.lesions(review, study, patient, lesion);
        if (lesions.isEmpty()) {
            throw new UsageException("no lesion matches" + (study != null ? " --study " + study : "")
                    + (patient != null ? " --patient " + patient : "") + (lesion != null ? " --lesion " + lesion : ""));
        }
        ctx.err().println("extract review: " + lesions.size() + " lesion(s), mode " + mode.id() + ", " + jobs + " job(s)");
        ReviewFeatureExtraction.Outcome o = ReviewFeatureExtraction.compute(lesions, folder, params, mode, jobs,
                (done, total, line) -> ctx.err().println(line), () -> false);
        ReviewFeatureExtraction.apply(o, replace);
        ReviewStore.save(review, folder);
        for (String f : o.failures()) {
            ctx.err().println("error: " + f);
        }
        ctx.out().println(o.computed().size() + " feature set(s) stored in " + ReviewStore.modelFile(folder) + ", " + o.failures().size()
                + " failure(s)");
        return o.failures().isEmpty() ? 0 : 1;
    }
}
