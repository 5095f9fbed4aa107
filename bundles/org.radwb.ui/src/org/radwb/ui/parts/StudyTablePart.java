package org.radwb.ui.parts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.radwb.csv.CsvCell;
import org.radwb.csv.StudyCsv;
import org.radwb.model.Study;
import org.radwb.model.summary.ReviewSummary;
import org.radwb.ui.internal.Labels;
import org.radwb.ui.session.ReviewSession;

/**
 * The studies of the review as a spreadsheet-like table: every column of the study CSV can be shown or
 * hidden (right-click the header), clicking a header sorts (numbers numerically), the filter box keeps the
 * rows whose visible cells contain the text. Double-click opens the study editor.
 */
public final class StudyTablePart {

    /** Part id. */
    public static final String ID = "org.radwb.ui.part.studyTable";

    private static final Set<String> DEFAULT_COLUMNS = Set.of("id", "year", "country", "patients", "lesions", "treatment",
            "field_strengths", "sequences", "radiomics_software", "feature_selection", "algorithm_type", "endpoint",
            "auc_radiomic", "auc_combined", "cindex_multivariate");

    private final ReviewSession session;
    private TableViewer viewer;
    private Label summary;
    private String filter = "";
    private CsvCell<Study> sortColumn;
    private int sortDirection = SWT.UP;
    private final Set<String> hidden = new HashSet<>();

    @Inject
    public StudyTablePart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent, ESelectionService selection, EPartService partService, EModelService modelService,
            MApplication app) {
        parent.setLayout(new GridLayout(2, false));
        Label l = new Label(parent, SWT.NONE);
        l.setText("Filter:");
        Text filterText = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.setMessage("text in any visible column");
        filterText.addListener(SWT.Modify, e -> {
            filter = filterText.getText().toLowerCase(Locale.ROOT);
            viewer.refresh();
            updateSummary();
        });
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Menu headerMenu = new Menu(table);
        for (CsvCell<Study> cell : StudyCsv.columns()) {
            if (!DEFAULT_COLUMNS.contains(cell.header())) {
                hidden.add(cell.header());
            }
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn c = column.getColumn();
            c.setText(Labels.of(cell.header()));
            c.setData(cell.header());
            c.setMoveable(true);
            c.setWidth(hidden.contains(cell.header()) ? 0 : width(cell.header()));
            c.setResizable(!hidden.contains(cell.header()));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell.read((Study) element);
                }
            });
            c.addListener(SWT.Selection, e -> sortBy(cell, c));
            MenuItem item = new MenuItem(headerMenu, SWT.CHECK);
            item.setText(Labels.of(cell.header()));
            item.setSelection(!hidden.contains(cell.header()));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    hidden.remove(cell.header());
                    c.setWidth(width(cell.header()));
                    c.setResizable(true);
                } else {
                    hidden.add(cell.header());
                    c.setWidth(0);
                    c.setResizable(false);
                }
                viewer.refresh();
            });
        }
        table.addListener(SWT.MenuDetect, e -> table.setMenu(headerMenu));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                if (filter.isEmpty()) {
                    return true;
                }
                for (CsvCell<Study> cell : StudyCsv.columns()) {
                    if (!hidden.contains(cell.header()) && cell.read((Study) element).toLowerCase(Locale.ROOT).contains(filter)) {
                        return true;
                    }
                }
                return false;
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn == null) {
                    return 0;
                }
                String x = sortColumn.read((Study) a);
                String y = sortColumn.read((Study) b);
                int r = compareCells(x, y);
                return sortDirection == SWT.UP ? r : -r;
            }
        });
        viewer.addSelectionChangedListener(e -> selection.setSelection(e.getStructuredSelection().getFirstElement()));
        viewer.addDoubleClickListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Study s) {
                Parts.openStudyEditor(s, partService, modelService, app);
            }
        });
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1));
        refresh();
    }

    /** Numbers sort numerically, empty (not reported) cells last, text case-insensitively. */
    static int compareCells(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() == y.isEmpty() ? 0 : x.isEmpty() ? 1 : -1;
        }
        try {
            return Double.compare(Double.parseDouble(x), Double.parseDouble(y));
        } catch (NumberFormatException e) {
            return x.compareToIgnoreCase(y);
        }
    }

    private void sortBy(CsvCell<Study> cell, TableColumn column) {
        sortDirection = sortColumn == cell && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = cell;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(sortDirection);
        viewer.refresh();
    }

    private static int width(String header) {
        return switch (header) {
            case "id" -> 130;
            case "title", "notes", "authors", "split", "endpoint_description" -> 260;
            default -> 95;
        };
    }

    @Inject
    @Optional
    void reviewChanged(@UIEventTopic(ReviewSession.TOPIC_REVIEW) ReviewSession s) {
        refresh();
    }

    @Inject
    @Optional
    void modelChanged(@UIEventTopic(ReviewSession.TOPIC_DIRTY) ReviewSession s) {
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        List<Study> studies = session.review() == null ? List.of() : session.review().getStudies();
        viewer.setInput(studies.toArray());
        updateSummary();
    }

    private void updateSummary() {
        if (session.review() == null) {
            summary.setText("No review open.");
            return;
        }
        ReviewSummary s = ReviewSummary.of(session.review());
        var kv = s.asKeyValues();
        summary.setText(viewer.getTable().getItemCount() + " of " + s.studies() + " studies shown · " + kv.get("patients")
                + " patients · " + kv.get("lesions") + " lesions · years " + kv.get("year_range") + " · AUC "
                + kv.get("auc_range") + " · C-index " + kv.get("cindex_range"));
        summary.getParent().layout(true, true);
    }

    /** @return the table viewer (for tests) */
    public TableViewer viewer() {
        return viewer;
    }

    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }
}
