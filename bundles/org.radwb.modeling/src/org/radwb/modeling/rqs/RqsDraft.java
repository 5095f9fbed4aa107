package org.radwb.modeling.rqs;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-reported Radiomics Quality Score draft: for each RQS item the workbench can justify from what a run did,
 * the chosen option ids and the evidence. Item and option ids are those of the RQS 1.0 checklist contributed by
 * {@code org.radwb.checklist.rqs} (checklist id {@code rqs}, version {@code 1.0}); the draft is plain data for the
 * checklist engine to turn into a DRAFT assessment that the user reviews. Items the run cannot speak to are absent.
 *
 * @param checklistId always {@code rqs}
 * @param checklistVersion always {@code 1.0}
 * @param answers item id -> answer, in item order
 */
public record RqsDraft(String checklistId, String checklistVersion, Map<String, Answer> answers) {

    /** The RQS checklist id. */
    public static final String CHECKLIST_ID = "rqs";
    /** The RQS checklist version the option ids belong to. */
    public static final String CHECKLIST_VERSION = "1.0";

    /**
     * One drafted answer.
     *
     * @param optionIds chosen option ids of the item (e.g. {@code ["statistic", "resampling"]})
     * @param evidence why, in words a reviewer can check against the run's files
     */
    public record Answer(List<String> optionIds, String evidence) {

        /** Copies the option list. */
        public Answer {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** An unmodifiable copy. */
    public RqsDraft {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** Writes {@code checklist,version,item,options,evidence} CSV rows (options separated by ';'). */
    public void write(Writer w) throws IOException {
        w.write("checklist,version,item,options,evidence\n");
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            w.write(checklistId + "," + checklistVersion + "," + e.getKey() + "," + String.join(";", e.getValue().optionIds()) + ","
                    + quote(e.getValue().evidence()) + "\n");
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
