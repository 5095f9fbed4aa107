package org.radwb.checklist.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.radwb.checklist.appraisal.SheetRow;

/**
 * The table of an appraisal: one row per condition and item. Answer, page and comment are edited in place;
 * what the user types is handed to the part, which turns it into an undoable command. Disputed rows are
 * highlighted.
 */
final class AppraisalTable {

    /** Receives an edit: the row and the new text. */
    interface Editor extends BiConsumer<SheetRow, String> {
    }

    private final TableViewer viewer;
    private final Color disputed;

    AppraisalTable(Composite parent, Editor answer, Editor page, Editor comment) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        disputed = new Color(parent.getDisplay(), new RGB(255, 236, 179));
        viewer.getTable().addDisposeListener(e -> disputed.dispose());
        // the columns a rater needs first; reference columns (options, domain) last
        column("Item", 45, SheetRow::id, null);
        column("Title", 240, SheetRow::title, null);
        column("Answer", 140, SheetRow::answerText, answer);
        column("Other raters", 170, AppraisalTable::others, null);
        column("Resolution", 200, r -> r.resolution() == null ? ""
                : r.resolution() + (r.resolvedBy() == null ? "" : " (" + r.resolvedBy() + ")"), null);
        column("Page", 55, r -> nz(r.page()), page);
        column("Comment", 160, r -> nz(r.comment()), comment);
        column("Options (id = label)", 260, AppraisalTable::options, null);
        column("Domain", 160, SheetRow::domain, null);
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<SheetRow> rows) {
        viewer.setInput(rows);
    }

    private void column(String title, int width, Function<SheetRow, String> text, Editor editor) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SheetRow) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((SheetRow) element).disputed() ? disputed : null;
            }
        });
        if (editor != null) {
            c.setEditingSupport(new EditingSupport(viewer) {
                private final TextCellEditor cell = new TextCellEditor(viewer.getTable());

                @Override
                protected CellEditor getCellEditor(Object element) {
                    return cell;
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    return text.apply((SheetRow) element);
                }

                @Override
                protected void setValue(Object element, Object value) {
                    String v = value == null ? "" : value.toString();
                    if (!v.equals(text.apply((SheetRow) element))) {
                        editor.accept((SheetRow) element, v);
                    }
                }
            });
        }
    }

    private static String options(SheetRow r) {
        return IntStream.range(0, r.optionIds().size())
                .mapToObj(i -> r.optionIds().get(i) + " = " + r.optionLabels().get(i))
                .collect(Collectors.joining(r.multiSelect() ? " + " : " / "));
    }

    private static String others(SheetRow r) {
        if (r.blinded()) {
            return "hidden until you submit";
        }
        return r.others().entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue().isEmpty() ? "-" : String.join("|", e.getValue())))
                .collect(Collectors.joining("; "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
