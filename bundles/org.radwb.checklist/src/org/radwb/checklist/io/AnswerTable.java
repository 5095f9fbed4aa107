package org.radwb.checklist.io;

import java.util.List;
import java.util.Map;

import org.radwb.checklist.RatedAnswers;

/**
 * Answers read from a CSV file, grouped by study and rater in file order.
 *
 * @param file    the file they came from
 * @param ratings one answer set per (study, rater)
 * @param rows    for each "study\u0000rater\u0000item" key, the CSV row it was read from (header = row 1)
 * @since 0.1
 */
public record AnswerTable(String file, List<RatedAnswers> ratings, Map<String, Long> rows) {

    /**
     * @return the row of an answer, or -1
     * @param study study id
     * @param rater rater
     * @param item  item or condition id
     */
    public long row(String study, String rater, String item) {
        return rows.getOrDefault(key(study, rater, item), -1L);
    }

    static String key(String study, String rater, String item) {
        return study + '\u0000' + rater + '\u0000' + item;
    }
}
