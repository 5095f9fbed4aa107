package org.radwb.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;

/** Dispatches {@code radwb <command> ...} to the matching command and turns failures into exit codes. */
public final class Cli {

    private final CommandRegistry registry;

    public Cli(CommandRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command line; returns the exit code. */
    public int run(List<String> args, CommandContext ctx) {
        PrintStream err = ctx.err();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            printHelp(ctx.out());
            return args.isEmpty() ? 2 : 0;
        }
        CommandRegistry.Descriptor d = registry.match(args);
        if (d == null) {
            err.println("radwb: unknown command '" + String.join(" ", args.subList(0, Math.min(2, args.size())))
                    + "'. Run 'radwb --help' for the list of commands.");
            return 2;
        }
        List<String> rest = args.subList(d.name().split(" ").length, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            ctx.out().println(d.summary());
            ctx.out().println("usage: " + d.usage());
            return 0;
        }
        try {
            return d.factory().get().run(List.copyOf(rest), ctx);
        } catch (UsageException e) {
            err.println("radwb " + d.name() + ": " + e.getMessage());
            err.println("usage: " + d.usage());
            return 2;
        } catch (Exception | LinkageError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("radwb " + d.name() + ": " + message);
            if (Boolean.getBoolean("radwb.debug")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private void printHelp(PrintStream out) {
        out.println("Radiomics Workbench");
        out.println();
        out.println("usage: radwb                       start the workbench");
        out.println("       radwb --open <image> [--mask <mask>]   start the workbench showing an image");
        out.println("       radwb <command> [options]   run a headless command (no display needed)");
        out.println();
        out.println("commands:");
        int width = registry.all().stream().mapToInt(d -> d.name().length()).max().orElse(10);
        for (CommandRegistry.Descriptor d : registry.all()) {
            out.println("  " + pad(d.name(), width) + "  " + d.summary());
        }
        out.println();
        out.println("Run 'radwb <command> --help' for a command's options.");
        if (!registry.problems().isEmpty()) {
            out.println();
            out.println(registry.problems().stream().map(p -> "warning: " + p).collect(Collectors.joining("\n")));
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
