package org.radwb.checklist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistLoadException;
import org.radwb.checklist.ChecklistLoader;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.ContributionProblem;
import org.radwb.checklist.DefinitionProblem;
import org.radwb.checklist.ScoringRule;
import org.radwb.checklist.model.Checklist;

/**
 * Reads the {@code org.radwb.checklist.checklists} extension point into a {@link ChecklistRegistry}. Each
 * contribution is handled on its own: a bad one is reported with bundle, file, element and problem, logged,
 * and skipped.
 */
public final class ChecklistExtensionReader {

    private static final String ELEMENT = "checklist";
    private static final String ATT_FILE = "file";
    private static final String ATT_ID = "id";
    private static final String ATT_RULE = "scoringRule";

    private ChecklistExtensionReader() {
    }

    /**
     * @param registry registry to fill; nothing happens when no extension registry is running
     */
    public static void read(ChecklistRegistry registry) {
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        if (extensions == null) {
            return;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(ChecklistRegistry.EXTENSION_POINT)) {
            String bundle = e.getContributor().getName();
            String file = e.getAttribute(ATT_FILE);
            try {
                readOne(registry, e, bundle, file);
            } catch (RuntimeException ex) {
                // one broken contribution must never break the others
                problem(registry, new ContributionProblem(bundle, file, "<" + e.getName() + ">", ex.toString()));
            }
        }
    }

    private static void readOne(ChecklistRegistry registry, IConfigurationElement e, String bundle, String file) {
        if (!ELEMENT.equals(e.getName())) {
            problem(registry, new ContributionProblem(bundle, file, "<" + e.getName() + ">",
                    "unknown element; expected <checklist file=\"...\">"));
            return;
        }
        if (file == null || file.isBlank()) {
            problem(registry, new ContributionProblem(bundle, null, "<checklist>", "missing attribute 'file'"));
            return;
        }
        Bundle b = ContributorFactoryOSGi.resolve(e.getContributor());
        URL url = b == null ? null : entry(b, file);
        if (url == null) {
            problem(registry, new ContributionProblem(bundle, file, "<checklist file>",
                    "file not found in the bundle (is it listed in build.properties bin.includes?)"));
            return;
        }
        Checklist checklist;
        try (InputStream in = url.openStream()) {
            checklist = ChecklistLoader.load(in, "platform:/plugin/" + bundle + "/" + file);
        } catch (ChecklistLoadException ex) {
            for (DefinitionProblem p : ex.problems()) {
                problem(registry, new ContributionProblem(bundle, file, p.element(), p.problem()));
            }
            return;
        } catch (IOException ex) {
            problem(registry, new ContributionProblem(bundle, file, "file", "cannot be read: " + ex));
            return;
        }
        String declaredId = e.getAttribute(ATT_ID);
        if (declaredId != null && !declaredId.equals(checklist.getId())) {
            problem(registry, new ContributionProblem(bundle, file, "<checklist id>", "declares id '" + declaredId
                    + "' but the file defines checklist '" + checklist.getId() + "'"));
            return;
        }
        ScoringRule rule = ScoringRule.STANDARD;
        if (e.getAttribute(ATT_RULE) != null) {
            try {
                Object o = e.createExecutableExtension(ATT_RULE);
                if (!(o instanceof ScoringRule r)) {
                    problem(registry, new ContributionProblem(bundle, file, "<checklist scoringRule>", o.getClass()
                            .getName() + " does not implement " + ScoringRule.class.getName()));
                    return;
                }
                rule = r;
            } catch (CoreException ex) {
                problem(registry, new ContributionProblem(bundle, file, "<checklist scoringRule>",
                        "cannot create " + e.getAttribute(ATT_RULE) + ": " + ex.getMessage()));
                return;
            }
        }
        try {
            registry.register(new ChecklistDescriptor(checklist, bundle, file, rule));
        } catch (IllegalArgumentException ex) {
            problem(registry, new ContributionProblem(bundle, file, "checklist " + checklist.getId(), ex.getMessage()));
        }
    }

    /** The file in the bundle or, for contributions made by a fragment, in one of its fragments. */
    private static URL entry(Bundle bundle, String file) {
        URL url = bundle.getEntry(file);
        if (url != null) {
            return url;
        }
        int slash = file.lastIndexOf('/');
        java.util.Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : file.substring(0, slash),
                file.substring(slash + 1), false);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }

    private static void problem(ChecklistRegistry registry, ContributionProblem p) {
        registry.report(p);
        // stderr reaches the console and the CLI; the registry keeps the problem for the UI and commands
        System.err.println(p);
    }
}
