package org.radwb.checklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rater's answers to one checklist for one study: item or condition id to the chosen option ids.
 * Independent of where answers are stored (review model, CSV), so scoring and agreement work on any source.
 *
 * @since 0.1
 */
public final class AnswerSet {

    private final Map<String, List<String>> answers;

    private AnswerSet(Map<String, List<String>> answers) {
        this.answers = answers;
    }

    /** @return an empty answer set */
    public static AnswerSet empty() {
        return new AnswerSet(Map.of());
    }

    /** @return a builder keeping insertion order */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param itemOrConditionId an item id or a condition id
     * @return the chosen option ids (empty when unanswered)
     */
    public List<String> options(String itemOrConditionId) {
        return answers.getOrDefault(itemOrConditionId, List.of());
    }

    /** @return whether the item or condition has at least one chosen option */
    public boolean isAnswered(String itemOrConditionId) {
        return !options(itemOrConditionId).isEmpty();
    }

    /** @return the answered item and condition ids, in insertion order */
    public Set<String> answeredIds() {
        return answers.keySet();
    }

    /**
     * @param id        item or condition id
     * @param optionIds replacement options; none removes the answer
     * @return a copy with that answer replaced
     */
    public AnswerSet with(String id, String... optionIds) {
        Builder b = builder();
        answers.forEach(b::answer);
        return b.answer(id, List.of(optionIds)).build();
    }

    @Override
    public String toString() {
        return answers.toString();
    }

    /** Builds an {@link AnswerSet}. */
    public static final class Builder {
        private final Map<String, List<String>> answers = new LinkedHashMap<>();

        /**
         * Sets the options chosen for an item or condition, replacing earlier ones.
         *
         * @param id item or condition id
         * @param optionIds chosen option ids
         * @return this
         */
        public Builder answer(String id, String... optionIds) {
            return answer(id, List.of(optionIds));
        }

        /**
         * @param id item or condition id
         * @param optionIds chosen option ids; empty removes the answer
         * @return this
         */
        public Builder answer(String id, List<String> optionIds) {
            if (optionIds.isEmpty()) {
                answers.remove(id);
            } else {
                answers.put(id, Collections.unmodifiableList(new ArrayList<>(optionIds)));
            }
            return this;
        }

        /** @return the immutable answer set */
        public AnswerSet build() {
            return new AnswerSet(Collections.unmodifiableMap(new LinkedHashMap<>(answers)));
        }
    }
}
