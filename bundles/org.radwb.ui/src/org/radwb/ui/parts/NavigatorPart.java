package org.radwb.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.radwb.model.Study;
import org.radwb.ui.internal.Dialogs;
import org.radwb.ui.internal.ModelContentProvider;
import org.radwb.ui.internal.ModelLabelProvider;
import org.radwb.ui.session.ReviewSession;
import org.radwb.ui.session.StartupArguments;

/**
 * The review navigator: the open review as a tree (studies, their cohorts, assessments and model runs).
 * Selection goes to the selection service; double-clicking a study opens its editor. With no review open it
 * offers the example review, a new review or an existing one.
 */
public final class NavigatorPart {

    /** Part id. */
    public static final String ID = "org.radwb.ui.part.navigator";

    private final ReviewSession session;
    private TreeViewer viewer;
    private Composite welcome;
    private Composite stack;
    private StackLayout layout;
    private INotifyChangedListener listener;
    private boolean refreshPending;

    @Inject
    public NavigatorPart(ReviewSession session) {
        this.session = session;
    }

    @PostConstruct
    void create(Composite parent, ESelectionService selection, EPartService partService, EModelService modelService,
            MApplication app, UISynchronize sync, @Optional StartupArguments startup) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        welcome = createWelcome(stack);
        viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ModelContentProvider(session.adapterFactory()));
        viewer.setLabelProvider(new ModelLabelProvider(session.adapterFactory()));
        viewer.addSelectionChangedListener(e -> {
            IStructuredSelection s = e.getStructuredSelection();
            selection.setSelection(s.size() == 1 ? s.getFirstElement() : s.toArray());
        });
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Study study) {
                Parts.openStudyEditor(study, partService, modelService, app);
            } else if (first != null) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        listener = notification -> {
            if (!refreshPending) {
                refreshPending = true;
                sync.asyncExec(() -> {
                    refreshPending = false;
                    if (!viewer.getControl().isDisposed()) {
                        viewer.refresh();
                    }
                });
            }
        };
        session.adapterFactory().addListener(listener);
        show();
        if (startup != null && startup.review() != null && session.review() == null) {
            sync.asyncExec(() -> openFromArgument(startup.review()));
        }
    }

    private void openFromArgument(String review) {
        try {
            if ("example".equals(review)) {
                session.openExample(ReviewSession.defaultExampleFolder());
            } else {
                session.open(Path.of(review).toAbsolutePath());
            }
        } catch (IOException e) {
            Dialogs.error(stack.getShell(), "The review could not be opened", e);
        }
    }

    private Composite createWelcome(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        Label title = new Label(c, SWT.WRAP);
        title.setText("No review is open.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button example = new Button(c, SWT.PUSH);
        example.setText("Open the example review");
        example.setToolTipText("The 17 SRS radiomics studies of Umaru et al. 2025 (CC BY 4.0)");
        example.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        example.addListener(SWT.Selection, e -> run(() -> session.openExample(ReviewSession.defaultExampleFolder())));
        Button open = new Button(c, SWT.PUSH);
        open.setText("Open a review folder…");
        open.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        open.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(c.getShell()).open();
            if (dir != null) {
                run(() -> session.open(Path.of(dir)));
            }
        });
        Button create = new Button(c, SWT.PUSH);
        create.setText("New review in a folder…");
        create.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        create.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(c.getShell()).open();
            if (dir != null) {
                run(() -> session.create(Path.of(dir), Path.of(dir).getFileName().toString()));
            }
        });
        return c;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            Dialogs.error(stack.getShell(), "The review could not be opened", e);
        }
    }

    @Inject
    @Optional
    void reviewChanged(@UIEventTopic(ReviewSession.TOPIC_REVIEW) ReviewSession s) {
        show();
    }

    private void show() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        if (session.review() == null) {
            viewer.setInput(null);
            layout.topControl = welcome;
        } else {
            viewer.setInput(new Object[] { session.review() });
            viewer.expandToLevel(2);
            layout.topControl = viewer.getControl();
        }
        stack.layout(true, true);
    }

    /** @return the tree (for tests) */
    public TreeViewer viewer() {
        return viewer;
    }

    @Focus
    void focus() {
        (layout.topControl == null ? stack : layout.topControl).setFocus();
    }

    @PreDestroy
    void dispose() {
        session.adapterFactory().removeListener(listener);
    }
}
