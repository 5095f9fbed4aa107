package org.radwb.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use of its environment.
 *
 * @since 0.1.0
 */
public interface CommandContext {

    /** @return standard output, for results */
    PrintStream out();

    /** @return standard error, for progress and problems */
    PrintStream err();

    /** @return the directory relative paths are resolved against */
    Path cwd();

    /** Resolves a path argument against {@link #cwd()}. */
    default Path path(String argument) {
        return cwd().resolve(argument).normalize();
    }
}
