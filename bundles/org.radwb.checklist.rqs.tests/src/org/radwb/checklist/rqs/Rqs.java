package org.radwb.checklist.rqs;

import java.io.InputStream;

import org.radwb.checklist.ChecklistLoader;
import org.radwb.checklist.model.Checklist;

/** Loads the shipped RQS file from the host bundle's class path, exactly as contributed. */
final class Rqs {

    private Rqs() {
    }

    static Checklist load() throws Exception {
        try (InputStream in = Rqs.class.getResourceAsStream("/checklists/rqs-1.0.xmi")) {
            if (in == null) {
                throw new IllegalStateException("checklists/rqs-1.0.xmi is not on the class path");
            }
            return ChecklistLoader.load(in, "checklists/rqs-1.0.xmi");
        }
    }
}
