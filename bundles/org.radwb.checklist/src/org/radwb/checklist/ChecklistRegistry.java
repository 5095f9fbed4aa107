package org.radwb.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.radwb.checklist.model.Checklist;

/**
 * All known checklists. {@link #getDefault()} reads the extension point {@value #EXTENSION_POINT} once; any
 * registry also accepts programmatic {@link #register(ChecklistDescriptor)} calls, so tests and plain-Java
 * tools work without OSGi. A malformed contribution is recorded in {@link #problems()} and skipped.
 *
 * @since 0.1
 */
public final class ChecklistRegistry {

    /** Id of the extension point checklists are contributed to. */
    public static final String EXTENSION_POINT = "org.radwb.checklist.checklists";

    private static ChecklistRegistry defaultRegistry;

    private final Map<String, ChecklistDescriptor> byKey = new LinkedHashMap<>();
    private final List<ContributionProblem> problems = new ArrayList<>();

    /** Creates an empty registry (no extensions read). */
    public ChecklistRegistry() {
    }

    /**
     * @return the shared registry, filled from the extension registry on first use when running in OSGi
     */
    public static synchronized ChecklistRegistry getDefault() {
        if (defaultRegistry == null) {
            defaultRegistry = new ChecklistRegistry();
            try {
                org.radwb.checklist.internal.ChecklistExtensionReader.read(defaultRegistry);
            } catch (LinkageError e) {
                // plain-Java use without the Equinox registry: programmatic registration only
            }
        }
        return defaultRegistry;
    }

    /**
     * Registers a checklist.
     *
     * @param descriptor the checklist and its origin
     * @return the descriptor
     * @throws IllegalArgumentException when the same id and version is already registered, or the definition
     *                                  is invalid
     */
    public synchronized ChecklistDescriptor register(ChecklistDescriptor descriptor) {
        List<DefinitionProblem> defects = ChecklistDefinitionValidator.validate(descriptor.checklist());
        if (!defects.isEmpty()) {
            throw new IllegalArgumentException("checklist from " + descriptor.contributor() + " is invalid: " + defects);
        }
        String key = key(descriptor.id(), descriptor.version());
        ChecklistDescriptor existing = byKey.get(key);
        if (existing != null) {
            throw new IllegalArgumentException("checklist " + descriptor.id() + " " + descriptor.version()
                    + " is already registered by " + existing.contributor());
        }
        byKey.put(key, descriptor);
        return descriptor;
    }

    /**
     * Registers a checklist scored by data alone.
     *
     * @param checklist   definition
     * @param contributor who registers it
     * @return the descriptor
     */
    public ChecklistDescriptor register(Checklist checklist, String contributor) {
        return register(new ChecklistDescriptor(checklist, contributor, null, ScoringRule.STANDARD));
    }

    /**
     * Records a contribution that was skipped.
     *
     * @param problem what was wrong
     */
    public synchronized void report(ContributionProblem problem) {
        problems.add(problem);
    }

    /** @return contributions that were skipped, in the order found */
    public synchronized List<ContributionProblem> problems() {
        return List.copyOf(problems);
    }

    /** @return all checklists ordered by id, then version */
    public synchronized List<ChecklistDescriptor> all() {
        List<ChecklistDescriptor> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(ChecklistDescriptor::id).thenComparing(ChecklistDescriptor::version,
                ChecklistRegistry::compareVersions));
        return out;
    }

    /**
     * @param id checklist id, optionally with "@version" (e.g. "rqs@1.0")
     * @return that version, or the highest version of the id
     */
    public synchronized Optional<ChecklistDescriptor> find(String id) {
        int at = id.indexOf('@');
        if (at >= 0) {
            return find(id.substring(0, at), id.substring(at + 1));
        }
        return all().stream().filter(d -> d.id().equals(id)).reduce((a, b) -> b);
    }

    /**
     * @param id      checklist id
     * @param version checklist version
     * @return that checklist
     */
    public synchronized Optional<ChecklistDescriptor> find(String id, String version) {
        return Optional.ofNullable(byKey.get(key(id, version)));
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    /** Compares dotted versions numerically where both parts are numbers ("1.10" after "1.9"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
