package org.radwb.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.radwb.checklist.ChecklistRegistry;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.cli.review.Reviews;
import org.radwb.model.Review;
import org.radwb.report.review.ReviewReport;

/**
 * {@code radwb review report --review <folder>|example --out <dir> [--strict]}: writes the review's tables (CSV),
 * figures (SVG and PNG) and one self-contained {@code report.html} into a folder. Data problems (inconsistent
 * PRISMA counts, assessments that cannot be scored) are printed as warnings; with {@code --strict} they make the
 * command fail (exit 1), so a pipeline can insist on a clean review.
 */
public final class ReviewReportCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        Path out = ctx.path(a.required("--out"));
        boolean strict = a.flag("--strict");
        a.checkAllUsed();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file; expected a folder (created if missing)");
        }
        Review review = Reviews.load(name, ctx);
        ReviewReport report = ReviewReport.build(review, ChecklistRegistry.getDefault());
        for (String problem : report.problems()) {
            ctx.err().println("warning: " + problem);
        }
        if (strict && !report.problems().isEmpty()) {
            ctx.err().println("radwb review report: " + report.problems().size()
                    + " data problem(s) and --strict given; nothing written");
            return 1;
        }
        List<Path> written = report.write(out);
        for (Path p : written) {
            ctx.out().println(out.resolve(p));
        }
        warnAboutStaleFiles(out, written, ctx);
        return 0;
    }

    /** Files in tables/ and figures/ that this run did not write are from an earlier report: say so, keep them. */
    private static void warnAboutStaleFiles(Path out, List<Path> written, CommandContext ctx) throws IOException {
        for (String sub : List.of("tables", "figures")) {
            Path dir = out.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    if (!written.contains(out.relativize(f))) {
                        ctx.err().println("warning: " + f + " is not part of this report (left from an earlier one)");
                    }
                }
            }
        }
    }
}
