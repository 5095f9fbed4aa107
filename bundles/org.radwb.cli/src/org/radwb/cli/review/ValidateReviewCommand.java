package org.radwb.cli.review;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.model.Review;
import org.radwb.model.validation.ReviewValidator;

/** {@code radwb review validate}: every constraint problem of a review; exit 1 if there is an error. */
public final class ValidateReviewCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        a.checkAllUsed();
        Review review = Reviews.load(name, ctx);
        Diagnostic d = ReviewValidator.validate(review);
        int errors = 0;
        int warnings = 0;
        for (Diagnostic c : d.getChildren()) {
            String level = c.getSeverity() >= Diagnostic.ERROR ? "error" : c.getSeverity() == Diagnostic.WARNING ? "warning" : "info";
            errors += c.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
            warnings += c.getSeverity() == Diagnostic.WARNING ? 1 : 0;
            ctx.out().println(level + ": " + c.getMessage());
        }
        ctx.out().println(errors + " error(s), " + warnings + " warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
