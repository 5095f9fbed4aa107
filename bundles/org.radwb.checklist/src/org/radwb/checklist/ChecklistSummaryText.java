package org.radwb.checklist;

import org.radwb.checklist.model.Checklist;

/**
 * One-line descriptions of checklists for lists and the command line.
 *
 * @since 0.1
 */
public final class ChecklistSummaryText {

    private ChecklistSummaryText() {
    }

    /**
     * @param checklist checklist
     * @return e.g. "-8..36 points", "0..100 % (weighted)", "unscored (0..100 % reported)"
     */
    public static String scoreRange(Checklist checklist) {
        double[] r = Checklists.scoreRange(checklist);
        return switch (checklist.getScoring()) {
            case POINTS -> org.radwb.checklist.io.ChecklistCsv.number(r[0]) + ".."
                    + org.radwb.checklist.io.ChecklistCsv.number(r[1]) + " points";
            case WEIGHTED_PERCENT -> "0..100 % (weighted)";
            case UNSCORED -> "unscored (0..100 % of items reported)";
        };
    }
}
