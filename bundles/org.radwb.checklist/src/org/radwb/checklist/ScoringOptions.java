package org.radwb.checklist;

/**
 * How to score.
 *
 * @param floorAtZero     clamp a negative percentage to 0; null uses the checklist's default
 *                        ({@code floorPercentAtZero}); conventions differ between reviews
 * @param requireComplete true for submitted assessments: every required applicable item and every asked
 *                        condition must be answered; false for drafts (unanswered items score nothing)
 * @since 0.1
 */
public record ScoringOptions(Boolean floorAtZero, boolean requireComplete) {

    /** Checklist default floor, complete answers required. */
    public static final ScoringOptions COMPLETE = new ScoringOptions(null, true);

    /** Checklist default floor, partial answers allowed. */
    public static final ScoringOptions DRAFT = new ScoringOptions(null, false);

    /**
     * @param floor whether to clamp negative percentages at 0
     * @return a copy with that floor
     */
    public ScoringOptions withFloorAtZero(boolean floor) {
        return new ScoringOptions(floor, requireComplete);
    }
}
