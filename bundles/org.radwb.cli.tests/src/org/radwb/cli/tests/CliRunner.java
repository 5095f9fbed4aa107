package org.radwb.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.CommandContext;
import org.radwb.cli.internal.Cli;
import org.radwb.cli.internal.CommandRegistry;

/** Runs {@code radwb} in-process with the commands read from the running platform's extension registry. */
final class CliRunner {

    record Result(int code, String out, String err) {
        String value(String key) {
            for (String line : out.split("\n")) {
                if (line.startsWith(key + ": ")) {
                    return line.substring(key.length() + 2).trim();
                }
            }
            throw new AssertionError("no '" + key + ":' line in:\n" + out + "\nstderr:\n" + err);
        }
    }

    private CliRunner() {
    }

    static Result run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandContext ctx = new CommandContext() {
            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Path cwd() {
                return cwd;
            }
        };
        int code = new Cli(CommandRegistry.fromExtensions()).run(List.of(args), ctx);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
