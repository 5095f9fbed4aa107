package org.radwb.checklist.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Share of subjects on which raters gave identical answers. Plain Java, no Eclipse imports.
 *
 * @since 0.1
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    /**
     * Percent of subjects (0..100) on which every rater gave the same category.
     *
     * @param ratings one row per subject, one entry per rater; all rows have the same length of at least 2
     * @return the percentage, or NaN when there are no subjects
     * @throws IllegalArgumentException when a row has fewer than two ratings or rows differ in length
     */
    public static double of(List<? extends List<?>> ratings) {
        if (ratings.isEmpty()) {
            return Double.NaN;
        }
        int raters = ratings.get(0).size();
        int agreeing = 0;
        for (int s = 0; s < ratings.size(); s++) {
            List<?> row = ratings.get(s);
            if (row.size() != raters || raters < 2) {
                throw new IllegalArgumentException("subject " + (s + 1) + " has " + row.size()
                        + " ratings; expected the same number (at least 2) for every subject");
            }
            Object first = row.get(0);
            boolean same = row.stream().allMatch(r -> Objects.equals(r, first));
            if (same) {
                agreeing++;
            }
        }
        return 100.0 * agreeing / ratings.size();
    }
}
