package org.radwb.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.radwb.csv.CsvCell;
import org.radwb.model.MetricKind;
import org.radwb.model.ReportedMetric;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;

/**
 * Turns the text typed into one field of a study into an EMF command, so every edit is undoable.
 * The text is parsed by the same column definition the CSV importer uses (one parser for both), applied to a
 * copy of the study, and the differences between copy and original become Set/Add/Remove commands.
 */
public final class StudyEdits {

    private StudyEdits() {
    }

    /**
     * @return the command that sets the field to the text (empty text = not reported), or null if nothing changes
     * @throws IllegalArgumentException with what was expected, if the text is not valid for the field
     */
    public static Command command(EditingDomain domain, Study study, CsvCell<Study> cell, String text) {
        Study copy = EcoreUtil.copy(study);
        if (text.isBlank()) {
            cell.clear(copy);
        } else {
            cell.write(copy, cell.isText() ? text : text.trim());
        }
        CompoundCommand compound = new CompoundCommand("Set " + cell.header());
        for (EAttribute a : study.eClass().getEAllAttributes()) {
            boolean changed = study.eIsSet(a) != copy.eIsSet(a) || !Objects.equals(study.eGet(a), copy.eGet(a));
            if (changed) {
                compound.append(SetCommand.create(domain, study, a, copy.eIsSet(a) ? copy.eGet(a) : SetCommand.UNSET_VALUE));
            }
        }
        ReviewPackage p = ReviewPackage.eINSTANCE;
        for (MetricKind kind : MetricKind.values()) {
            ReportedMetric original = find(study.getResults(), kind);
            ReportedMetric edited = find(copy.getResults(), kind);
            if (original == null && edited != null) {
                compound.append(AddCommand.create(domain, study, p.getStudy_Results(), EcoreUtil.copy(edited)));
            } else if (original != null && edited == null) {
                compound.append(RemoveCommand.create(domain, study, p.getStudy_Results(), original));
            } else if (original != null) {
                for (EAttribute a : List.of(p.getReportedMetric_Value(), p.getReportedMetric_Lower(), p.getReportedMetric_Upper())) {
                    if (original.eIsSet(a) != edited.eIsSet(a) || !Objects.equals(original.eGet(a), edited.eGet(a))) {
                        compound.append(SetCommand.create(domain, original, a, edited.eIsSet(a) ? edited.eGet(a) : SetCommand.UNSET_VALUE));
                    }
                }
            }
        }
        return compound.isEmpty() ? null : compound.unwrap();
    }

    private static ReportedMetric find(List<ReportedMetric> metrics, MetricKind kind) {
        return metrics.stream().filter(m -> m.getKind() == kind).findFirst().orElse(null);
    }
}
