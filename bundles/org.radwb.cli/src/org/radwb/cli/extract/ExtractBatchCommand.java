package org.radwb.cli.extract;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.BatchRunner;
import org.radwb.extraction.run.CaseResult;
import org.radwb.extraction.run.Mode;

/**
 * {@code radwb extract-batch --cases <csv> --out <csv> [--jobs N] [--params <yaml>] [--mode ibsi|pyradiomics]
 * [--format wide|long] [--label N]}: the cases file has PyRadiomics' batch columns Image, Mask, optional Label.
 * A failing case is reported in the output ({@code status}, {@code error}) and the log; the others go on.
 */
public final class ExtractBatchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path cases = ctx.path(a.required("--cases"));
        Path out = ctx.path(a.required("--out"));
        int jobs = a.intOr("--jobs", Runtime.getRuntime().availableProcessors());
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1, got " + jobs);
        }
        ParameterFile params = ExtractCommand.params(a, ctx);
        int label = a.intOr("--label", (int) params.number("label", 1));
        Mode mode = ExtractCommand.mode(a, params);
        String format = a.optional("--format", "wide");
        if (!format.equals("wide") && !format.equals("long")) {
            throw new UsageException("--format must be wide or long, got '" + format + "'");
        }
        a.checkAllUsed();
        List<BatchRunner.Case> list = BatchRunner.readCases(cases);
        ctx.err().println("extract-batch: " + list.size() + " case(s), " + jobs + " job(s), mode " + mode.id());
        long t0 = System.nanoTime();
        List<CaseResult> results = BatchRunner.run(list, params, mode, jobs, label, line -> {
            synchronized (ctx.err()) {
                ctx.err().println(line);
            }
        });
        ExtractCommand.write(results, params, format, out, ctx);
        long failed = results.stream().filter(r -> !r.ok()).count();
        ctx.err().printf("done in %.1f s: %d ok, %d failed%n", (System.nanoTime() - t0) / 1e9, results.size() - failed, failed);
        return failed == 0 ? 0 : 1;
    }
}
