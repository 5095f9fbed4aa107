package org.radwb.cli.checklist;

import java.util.stream.Collectors;

import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.cli.UsageException;

/** Finds a checklist by id (or id@version) in the registry, with a message listing the ones there are. */
final class ChecklistLookup {

    private ChecklistLookup() {
    }

    static ChecklistDescriptor find(String id) throws UsageException {
        ChecklistRegistry registry = ChecklistRegistry.getDefault();
        return registry.find(id).orElseThrow(() -> new UsageException("unknown checklist '" + id + "'; available: "
                + registry.all().stream().map(d -> d.id() + "@" + d.version()).collect(Collectors.joining(", "))));
    }
}
