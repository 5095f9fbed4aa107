package org.radwb.report.figure;

import java.util.List;

/**
 * The counts of a PRISMA 2020 flow (new review, databases and registers): records identified per source, records
 * removed before screening, successive screening or eligibility stages each with its exclusions, and the studies
 * included. The constructor checks that the counts add up, so a diagram can never show an inconsistent flow.
 *
 * @param sources           records identified per database or register, in display order (at least one)
 * @param duplicatesRemoved duplicate records removed before screening
 * @param otherRemoved      records removed before screening for other reasons (automation tools, etc.)
 * @param stages            screening and eligibility stages in order (at least one)
 * @param included          studies included in the review
 */
public record PrismaFlow(List<Source> sources, int duplicatesRemoved, int otherRemoved, List<Stage> stages,
        int included) {

    /** Records identified in one database or register. */
    public record Source(String name, int count) {
        public Source {
            requireText(name, "source name");
            requireCount(count, "records identified in " + name);
        }
    }

    /** An exclusion reason and how many records or reports it removed. */
    public record Reason(String text, int count) {
        public Reason {
            requireText(text, "exclusion reason");
            requireCount(count, "records excluded for '" + text + "'");
        }
    }

    /**
     * One screening or eligibility step: {@code assessed} records or reports entered it, {@code excluded} left the
     * flow (optionally broken down by reason).
     */
    public record Stage(String label, int assessed, String excludedLabel, int excluded, List<Reason> reasons) {
        public Stage {
            requireText(label, "stage label");
            requireText(excludedLabel, "excluded label of stage '" + label + "'");
            requireCount(assessed, "'" + label + "'");
            requireCount(excluded, "'" + excludedLabel + "'");
            reasons = List.copyOf(reasons);
            if (excluded > assessed) {
                throw new IllegalArgumentException("stage '" + label + "': " + excluded + " excluded but only "
                        + assessed + " assessed");
            }
            if (!reasons.isEmpty()) {
                int sum = reasons.stream().mapToInt(Reason::count).sum();
                if (sum != excluded) {
                    throw new IllegalArgumentException("stage '" + label + "': exclusion reasons add up to " + sum
                            + " but " + excluded + " were excluded");
                }
            }
        }

        /** Records or reports that go on to the next stage. */
        public int remaining() {
            return assessed - excluded;
        }
    }

    public PrismaFlow {
        sources = List.copyOf(sources);
        stages = List.copyOf(stages);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("PRISMA flow needs at least one source of records");
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("PRISMA flow needs at least one screening stage");
        }
        requireCount(duplicatesRemoved, "duplicate records removed");
        requireCount(otherRemoved, "other records removed");
        requireCount(included, "studies included");
        int identified = sources.stream().mapToInt(Source::count).sum();
        int expected = identified - duplicatesRemoved - otherRemoved;
        if (stages.get(0).assessed() != expected) {
            throw new IllegalArgumentException("PRISMA: " + identified + " identified - " + duplicatesRemoved
                    + " duplicates - " + otherRemoved + " other removed = " + expected + ", but stage '"
                    + stages.get(0).label() + "' has " + stages.get(0).assessed());
        }
        for (int i = 1; i < stages.size(); i++) {
            Stage prev = stages.get(i - 1);
            if (stages.get(i).assessed() != prev.remaining()) {
                throw new IllegalArgumentException("PRISMA: stage '" + prev.label() + "' leaves " + prev.remaining()
                        + " but stage '" + stages.get(i).label() + "' has " + stages.get(i).assessed());
            }
        }
        Stage last = stages.get(stages.size() - 1);
        if (last.remaining() != included) {
            throw new IllegalArgumentException("PRISMA: stage '" + last.label() + "' leaves " + last.remaining()
                    + " but " + included + " studies are included");
        }
    }

    /** Total records identified across all sources. */
    public int identified() {
        return sources.stream().mapToInt(Source::count).sum();
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    private static void requireCount(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + n);
        }
    }
}
