package org.radwb.report.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.radwb.report.html.Block;
import org.radwb.report.html.ReportDocument;
import org.radwb.report.render.Figure;
import org.radwb.report.render.Java2dCanvas;
import org.radwb.report.table.ReportTable;

/**
 * The report's tables and figures in the workbench: a list of items on the left, the selected table (an SWT
 * table) or figure (the same Java2D rendering as the exported PNG) on the right. Plain SWT, no browser, so it
 * works wherever SWT does.
 */
public final class ReportView {

    /** One entry of the item list: a table, a figure, or the list of data problems. */
    private record Entry(String label, ReportTable table, Figure figure, List<String> problems) {
    }

    private final SashForm sash;
    private final org.eclipse.swt.widgets.List list;
    private final Composite content;
    private final StackLayout stack = new StackLayout();
    private final Text message;
    private final ScrolledComposite imageScroll;
    private final Label imageLabel;
    private final Table table;
    private final List<Entry> entries = new ArrayList<>();
    private Image image;

    public ReportView(Composite parent) {
        sash = new SashForm(parent, SWT.HORIZONTAL);
        list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        content = new Composite(sash, SWT.NONE);
        content.setLayout(stack);
        message = new Text(content, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        imageScroll = new ScrolledComposite(content, SWT.H_SCROLL | SWT.V_SCROLL);
        imageLabel = new Label(imageScroll, SWT.NONE);
        imageScroll.setContent(imageLabel);
        table = new Table(content, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        sash.setWeights(28, 72);
        list.addListener(SWT.Selection, e -> showSelected());
        sash.addListener(SWT.Dispose, e -> disposeImage());
        showMessage("");
    }

    /** The top control, for layout. */
    public Control control() {
        return sash;
    }

    /** Shows a message instead of a report (no review open, report failed). */
    public void showMessage(String text) {
        entries.clear();
        list.removeAll();
        message.setText(text);
        stack.topControl = message;
        content.layout();
    }

    /** Shows a report; keeps the selected item when the same item exists in the new report. */
    public void show(ReportDocument doc, List<String> problems) {
        String selected = list.getSelectionIndex() >= 0 ? list.getItem(list.getSelectionIndex()) : null;
        entries.clear();
        list.removeAll();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Table t) {
                entries.add(new Entry(t.table().title(), t.table(), null, null));
            } else if (b instanceof Block.FigureBlock f) {
                entries.add(new Entry("Figure: " + f.figure().title(), null, f.figure(), null));
            }
        }
        if (!problems.isEmpty()) {
            entries.add(new Entry("Data problems (" + problems.size() + ")", null, null, problems));
        }
        int index = 0;
        for (int i = 0; i < entries.size(); i++) {
            list.add(entries.get(i).label());
            if (entries.get(i).label().equals(selected)) {
                index = i;
            }
        }
        if (entries.isEmpty()) {
            showMessage("The report has no tables or figures.");
            return;
        }
        list.select(index);
        showSelected();
    }

    /** Labels of the items, in order (for tests and accessibility tools). */
    public List<String> itemLabels() {
        return entries.stream().map(Entry::label).toList();
    }

    /** The label of the selected item, or null. */
    public String selectedLabel() {
        int i = list.getSelectionIndex();
        return i < 0 || i >= entries.size() ? null : entries.get(i).label();
    }

    /** Selects item {@code index} and shows it. */
    public void select(int index) {
        list.select(index);
        showSelected();
    }

    /** The control showing the current item: the table, the figure's scrolled image or the message text. */
    public Control current() {
        return stack.topControl;
    }

    /** The table widget (filled when a table item is shown). */
    public Table table() {
        return table;
    }

    /** The image currently shown, or null. */
    public Image image() {
        return image;
    }

    private void showSelected() {
        int i = list.getSelectionIndex();
        if (i < 0 || i >= entries.size()) {
            return;
        }
        Entry e = entries.get(i);
        if (e.table() != null) {
            fillTable(e.table());
            stack.topControl = table;
        } else if (e.figure() != null) {
            showFigure(e.figure());
            stack.topControl = imageScroll;
        } else {
            message.setText(String.join(System.lineSeparator() + System.lineSeparator(), e.problems()));
            stack.topControl = message;
        }
        content.layout();
    }

    private void fillTable(ReportTable t) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            for (String heading : t.columns()) {
                TableColumn c = new TableColumn(table, SWT.LEFT);
                c.setText(heading);
            }
            for (List<String> row : t.rows()) {
                new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
                c.setWidth(Math.min(c.getWidth(), 320)); // long free text must not push the rest off screen
            }
            table.setToolTipText(String.join("\n", t.notes()));
        } finally {
            table.setRedraw(true);
        }
    }

    private void showFigure(Figure f) {
        // the same Java2D drawing as the exported PNG, decoded by SWT: what the user sees is what is exported
        ImageData data = new ImageData(new ByteArrayInputStream(Java2dCanvas.png(f, 1.0)));
        disposeImage();
        image = new Image(imageLabel.getDisplay(), data);
        imageLabel.setImage(image);
        imageLabel.setSize(imageLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void disposeImage() {
        if (image != null && !image.isDisposed()) {
            image.dispose();
        }
        image = null;
    }

    /** Lays the view out to fill its parent (convenience for parts). */
    public static void fill(Composite parent) {
        parent.setLayout(new FillLayout());
    }
}
