package org.radwb.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.radwb.cli.Command;

/**
 * The commands of the command line: read once from the extension point {@code org.radwb.cli.commands}, plus
 * any registered programmatically (tests, embedding). Command classes load only when their command runs.
 */
public final class CommandRegistry {

    /** The extension point id. */
    public static final String POINT = "org.radwb.cli.commands";

    /** A command as declared: its name, summary and usage are known without loading its class. */
    public record Descriptor(String name, String summary, String usage, String contributor, Supplier<Command> factory) {
    }

    private final Map<String, Descriptor> commands = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the extension registry (if running in OSGi) into a new registry. */
    public static CommandRegistry fromExtensions() {
        CommandRegistry r = new CommandRegistry();
        IExtensionRegistry extensions = Platform.getExtensionRegistry();
        if (extensions == null) {
            return r;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(POINT)) {
            String contributor = e.getContributor().getName();
            String name = e.getAttribute("name");
            String summary = e.getAttribute("summary");
            String usage = e.getAttribute("usage");
            if (name == null || name.isBlank() || e.getAttribute("class") == null) {
                r.problem(contributor + ": a <command> in " + POINT + " lacks its name or class; ignored");
                continue;
            }
            r.register(new Descriptor(name.trim().replaceAll("\\s+", " "), summary == null ? "" : summary,
                    usage == null ? "radwb " + name : usage, contributor, () -> create(e)));
        }
        return r;
    }

    private static Command create(IConfigurationElement e) {
        try {
            return (Command) e.createExecutableExtension("class");
        } catch (CoreException | ClassCastException ex) {
            throw new IllegalStateException(e.getContributor().getName() + ": cannot create command class "
                    + e.getAttribute("class") + ": " + ex.getMessage(), ex);
        }
    }

    /** Registers a command; a second command with the same name is reported and ignored. */
    public void register(Descriptor d) {
        Descriptor old = commands.putIfAbsent(d.name(), d);
        if (old != null) {
            problem(d.contributor() + ": command '" + d.name() + "' is already contributed by " + old.contributor() + "; ignored");
        }
    }

    private void problem(String message) {
        problems.add(message);
        try {
            ILog.of(CommandRegistry.class).warn(message);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("warning: " + message);
        }
    }

    /** @return the problems found while reading contributions */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return all commands sorted by name */
    public List<Descriptor> all() {
        return List.copyOf(commands.values());
    }

    /**
     * Finds the command whose name matches the most leading words of the arguments.
     *
     * @return the descriptor, or null if none matches
     */
    public Descriptor match(List<String> args) {
        Descriptor best = null;
        int bestWords = 0;
        for (Descriptor d : commands.values()) {
            String[] words = d.name().split(" ");
            if (words.length <= args.size() && words.length > bestWords) {
                boolean ok = true;
                for (int i = 0; i < words.length && ok; i++) {
                    ok = words[i].equals(args.get(i));
                }
                if (ok) {
                    best = d;
                    bestWords = words.length;
                }
            }
        }
        return best;
    }
}
