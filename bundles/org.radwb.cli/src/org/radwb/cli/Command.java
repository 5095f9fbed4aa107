package org.radwb.cli;

import java.util.List;

/**
 * A command of the headless {@code radwb} command line, contributed through the extension point
 * {@code org.radwb.cli.commands}.
 *
 * @since 0.1.0
 */
public interface Command {

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @return the process exit code: 0 success, 1 failure, 2 usage error
     * @throws UsageException if the arguments are wrong (the caller prints the message and the usage)
     * @throws Exception      any other failure (the caller prints its message and exits with 1)
     */
    int run(List<String> args, CommandContext ctx) throws Exception;
}
