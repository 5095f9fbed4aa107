package org.radwb.checklist.appraisal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radwb.checklist.Checklists;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;
import org.radwb.model.Answer;
import org.radwb.model.Assessment;

/**
 * The rows an appraisal editor shows for one assessment and one viewer, with blinding applied: conditions
 * first, then items in checklist order.
 *
 * @since 0.1
 */
public final class AppraisalSheet {

    private AppraisalSheet() {
    }

    /**
     * @param appraisal the study's appraisal with one checklist
     * @param shown     the assessment being filled (a rater's own, or the consensus)
     * @param viewer    who is looking (decides what of the other raters is visible)
     * @return the rows
     */
    public static List<SheetRow> rows(DualRaterAppraisal appraisal, Assessment shown, String viewer) {
        Set<String> disputed = new HashSet<>();
        if (appraisal.allRatersSubmitted() && appraisal.mayView(viewer, appraisal.raterAssessments().get(0))) {
            try {
                appraisal.disagreements().forEach(d -> disputed.add(d.itemId()));
            } catch (AppraisalException e) {
                throw new IllegalStateException(e); // cannot happen: all raters submitted was checked above
            }
        }
        List<Assessment> others = appraisal.raterAssessments().stream().filter(a -> a != shown).toList();
        List<SheetRow> rows = new ArrayList<>();
        for (Condition c : appraisal.checklist().checklist().getConditions()) {
            rows.add(row(c.getId(), c.getQuestion(), "condition", false, List.of("yes", "no"), List.of("Yes", "No"),
                    shown, others, appraisal, viewer, disputed));
        }
        for (Item i : Checklists.items(appraisal.checklist().checklist())) {
            rows.add(row(i.getId(), i.getTitle(), i.getDomain() == null ? "" : i.getDomain().getTitle(),
                    i.getKind() == ItemKind.MULTI_SELECT, i.getOptions().stream().map(Option::getId).toList(),
                    i.getOptions().stream().map(Option::getLabel).toList(), shown, others, appraisal, viewer, disputed));
        }
        return rows;
    }

    /**
     * Parses what a user typed into an answer cell.
     *
     * @param text option ids separated by "|" (spaces ignored)
     * @return the option ids; empty for blank text
     */
    public static List<String> parseAnswer(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static SheetRow row(String id, String title, String domain, boolean multi, List<String> optionIds,
            List<String> labels, Assessment shown, List<Assessment> others, DualRaterAppraisal appraisal, String viewer,
            Set<String> disputed) {
        Answer own = find(shown, id);
        Map<String, List<String>> visible = new LinkedHashMap<>();
        boolean blinded = false;
        for (Assessment o : others) {
            if (appraisal.mayView(viewer, o)) {
                Answer a = find(o, id);
                visible.put(o.getRater(), a == null ? List.of() : List.copyOf(a.getOptionIds()));
            } else {
                blinded = true;
            }
        }
        return new SheetRow(id, title, domain, multi, optionIds, labels,
                own == null ? List.of() : List.copyOf(own.getOptionIds()), own == null ? null : own.getPage(),
                own == null ? null : own.getComment(), visible, blinded, disputed.contains(id),
                own == null ? null : own.getResolution(), own == null ? null : own.getResolvedBy());
    }

    private static Answer find(Assessment a, String itemId) {
        return a.getAnswers().stream().filter(x -> itemId.equals(x.getItemId())).findFirst().orElse(null);
    }
}
