package org.radwb.cli.model;

import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.registry.ModelDescriptor;
import org.radwb.modeling.registry.ModelRegistry;

/** {@code radwb model list}: the contributed model types with their task, contributor and parameters. */
public final class ListModelsCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args.parse(args).checkAllUsed();
        ModelRegistry registry = ModelRegistry.getDefault();
        for (ModelDescriptor d : registry.all()) {
            ctx.out().println(d.id() + "\t" + d.task().name().toLowerCase(java.util.Locale.ROOT) + "\t" + d.name() + "\t(" + d.contributor() + ")");
            for (ParameterSpec p : d.parameters()) {
                ctx.out().println("    " + p.name() + "=" + p.defaultValue() + "\t" + p.type().name().toLowerCase(java.util.Locale.ROOT)
                        + (p.choices().isEmpty() ? "" : " " + p.choices()) + "\t" + p.description());
            }
        }
        for (String problem : registry.problems()) {
            ctx.err().println("skipped contribution: " + problem);
        }
        return 0;
    }
}
