package org.radwb.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.radwb.cli.CommandContext;

/** The headless Eclipse application {@code org.radwb.cli.radwb}: {@code radwb <command> ...}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        Path cwd = Path.of(System.getProperty("radwb.cwd", System.getProperty("user.dir")));
        CommandContext ctx = new CommandContext() {
            @Override
            public PrintStream out() {
                return System.out;
            }

            @Override
            public PrintStream err() {
                return System.err;
            }

            @Override
            public Path cwd() {
                return cwd;
            }
        };
        int code = new Cli(CommandRegistry.fromExtensions()).run(args, ctx);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands run to completion on the main thread; nothing to interrupt
    }
}
