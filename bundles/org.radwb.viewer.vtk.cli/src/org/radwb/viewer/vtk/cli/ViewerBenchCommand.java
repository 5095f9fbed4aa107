package org.radwb.viewer.vtk.cli;

import java.util.ArrayList;
import java.util.List;

import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.viewer.vtk.ViewerBench;

/**
 * {@code radwb viewer bench}: contributed from this small bundle (not from org.radwb.cli) so the headless command line
 * never loads VTK unless this very command runs. Relative paths are resolved against the command's working directory.
 */
public final class ViewerBenchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        List<String> resolved = new ArrayList<>(args);
        for (int i = 0; i + 1 < resolved.size(); i++) {
            String key = resolved.get(i);
            if (key.equals("--image") || key.equals("--mask") || key.equals("--png")) {
                resolved.set(i + 1, ctx.path(resolved.get(i + 1)).toString());
            }
        }
        return ViewerBench.run(resolved, ctx.out(), ctx.err());
    }
}
