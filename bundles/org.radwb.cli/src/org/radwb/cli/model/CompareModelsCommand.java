package org.radwb.cli.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.modeling.run.RunComparison;

/** {@code radwb model compare}: radiomic, clinical and combined runs side by side, with DeLong tests between them. */
public final class CompareModelsCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String runs = a.required("--runs");
        Path out = ctx.path(a.required("--out"));
        a.checkAllUsed();
        List<Path> folders = Arrays.stream(runs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ctx::path).toList();
        if (folders.size() < 2) {
            throw new UsageException("--runs needs at least two run folders, comma-separated");
        }
        for (RunComparison.Row r : RunComparison.compare(folders, out)) {
            ctx.out().println(r.second().isEmpty()
                    ? String.format(Locale.ROOT, "%s %s: %.4f (95%% CI %.4f-%.4f)", r.first(), r.statistic(), r.value(), r.lower(), r.upper())
                    : String.format(Locale.ROOT, "%s vs %s: DeLong z %.3f, p %.4g", r.first(), r.second(), r.value(), r.pValue()));
        }
        ctx.out().println("written: " + out.resolve("comparison.csv"));
        return 0;
    }
}
