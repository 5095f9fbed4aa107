package org.radwb.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;

/**
 * {@code radwb about [--bundles]}: versions of Java and the workbench, and (with --bundles) every installed
 * bundle with its state, so a support request can say exactly what is installed and what failed to resolve.
 */
public final class AboutCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        boolean bundles = a.flag("--bundles");
        a.checkAllUsed();
        Bundle self = FrameworkUtil.getBundle(AboutCommand.class);
        ctx.out().println("radwb: " + (self == null ? "(not running in OSGi)" : self.getVersion()));
        ctx.out().println("java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        ctx.out().println("os: " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        if (self == null) {
            return 0;
        }
        int unresolved = 0;
        for (Bundle b : self.getBundleContext().getBundles()) {
            boolean ok = b.getState() != Bundle.INSTALLED && b.getState() != Bundle.UNINSTALLED;
            unresolved += ok ? 0 : 1;
            if (bundles || !ok) {
                ctx.out().println((ok ? "  " : "! ") + b.getSymbolicName() + " " + b.getVersion() + " " + state(b.getState()));
            }
        }
        ctx.out().println("unresolved_bundles: " + unresolved);
        return unresolved == 0 ? 0 : 1;
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.INSTALLED -> "INSTALLED (not resolved: a requirement is missing)";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
