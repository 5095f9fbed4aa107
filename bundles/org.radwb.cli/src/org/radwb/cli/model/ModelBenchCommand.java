package org.radwb.cli.model;

import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.modeling.bench.ModelingBenchmark;

/** {@code radwb model bench}: runs the modelling speed benchmarks and prints the figures. */
public final class ModelBenchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        int replicates = a.intOr("--replicates", 1000);
        int threads = a.intOr("--threads", 2);
        a.checkAllUsed();
        ModelingBenchmark.run(replicates, threads, ctx.out());
        return 0;
    }
}
