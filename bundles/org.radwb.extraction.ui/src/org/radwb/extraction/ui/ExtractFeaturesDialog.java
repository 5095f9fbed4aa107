package org.radwb.extraction.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.radwb.extraction.run.Mode;

/** Asks for the feature definitions (PyRadiomics or IBSI) and an optional parameter file (.yaml). */
public final class ExtractFeaturesDialog extends TitleAreaDialog {

    private final String scope;
    private Combo mode;
    private Text params;
    private ExtractionRequest result;

    /** @param scope what is extracted, shown in the message (e.g. "3 lesion(s) of patient P01") */
    public ExtractFeaturesDialog(Shell parent, String scope) {
        super(parent);
        this.scope = scope;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Extract Features");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Extract features");
        setMessage("Features for " + scope + ", stored in the review as feature sets with their settings.");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Definitions:");
        mode = new Combo(c, SWT.READ_ONLY);
        mode.setItems("pyradiomics", "ibsi");
        mode.select(0);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(c, SWT.NONE).setText("Parameter file (optional):");
        params = new Text(c, SWT.BORDER);
        params.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        params.setMessage("PyRadiomics .yaml; empty = defaults");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
            fd.setFilterExtensions(new String[] {"*.yaml;*.yml", "*.*"});
            String f = fd.open();
            if (f != null) {
                params.setText(f);
            }
        });
        return area;
    }

    /** Sets the fields (tests, and callers that remember the last choice). */
    public void preset(String modeId, String parameterFile) {
        mode.setText(modeId);
        params.setText(parameterFile == null ? "" : parameterFile);
    }

    /** Presses OK as the user would. */
    public void pressOk() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        String p = params.getText().trim();
        Path file = p.isEmpty() ? null : Path.of(p);
        if (file != null && !Files.isRegularFile(file)) {
            setErrorMessage("Parameter file " + p + " does not exist.");
            return;
        }
        result = new ExtractionRequest(Mode.parse(mode.getText()), file);
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Extract", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** @return the request, or null if cancelled or not valid */
    public ExtractionRequest result() {
        return result;
    }
}
