package org.radwb.dicom.ui;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the DICOM folder, the target study and the import options; validates them before OK. */
public final class DicomImportDialog extends TitleAreaDialog {
    private Text folder;
    private Text study;
    private Button deidentify;
    private Text keyFile;
    private Button resample;
    private Text prescription;
    private DicomImportOptions result;

    public DicomImportDialog(Shell parent) {
        super(parent);
    }

    /** The options after OK, or null. */
    public DicomImportOptions result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import DICOM");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Import DICOM");
        setMessage("MR series, RT Structure Sets (one lesion per ROI), SEG and RT Dose from a folder or DICOMDIR");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        folder = field(c, "DICOM folder:");
        browse(c, () -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText("DICOM folder");
            String s = d.open();
            if (s != null) {
                folder.setText(s);
            }
        });
        study = field(c, "Into study:");
        study.setText("dicom-import");
        new Label(c, SWT.NONE);
        deidentify = check(c, "De-identify (DICOM PS3.15 basic profile; dates shifted, UIDs replaced)");
        keyFile = field(c, "Key file:");
        keyFile.setToolTipText("Kept outside the project; created if absent; the same key gives the same pseudonyms");
        // the same per-user default as `radwb dicom import --deidentify`
        keyFile.setText(Path.of(System.getProperty("user.home"), ".config", "radwb", "deidentification.key").toString());
        browse(c, () -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setText("De-identification key file");
            d.setOverwrite(false);
            String s = d.open();
            if (s != null) {
                keyFile.setText(s);
            }
        });
        resample = check(c, "Resample series with gantry tilt or uneven slice spacing (otherwise they are refused)");
        prescription = field(c, "Prescription (Gy):");
        prescription.setToolTipText("Optional: enables V100 and the prescription isodose per lesion");
        new Label(c, SWT.NONE);
        deidentify.addListener(SWT.Selection, e -> keyFile.setEnabled(deidentify.getSelection()));
        keyFile.setEnabled(false);
        return area;
    }

    private static Text field(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private static void browse(Composite c, Runnable action) {
        Button b = new Button(c, SWT.PUSH);
        b.setText("Browse…");
        b.addListener(SWT.Selection, e -> action.run());
    }

    private static Button check(Composite c, String label) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(label);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return b;
    }

    /** Sets the fields (for tests and for callers that preset a folder). */
    public void preset(String dicomFolder, boolean deid, String key, boolean resampleSeries, String prescriptionGy) {
        folder.setText(dicomFolder);
        deidentify.setSelection(deid);
        keyFile.setEnabled(deid);
        keyFile.setText(key == null ? "" : key);
        resample.setSelection(resampleSeries);
        prescription.setText(prescriptionGy == null ? "" : prescriptionGy);
    }

    /** Validates the fields; returns the problem to show, or null if they are fine. */
    String validate() {
        if (folder.getText().isBlank() || !java.nio.file.Files.isDirectory(Path.of(folder.getText().trim()))) {
            return "Choose an existing DICOM folder.";
        }
        if (study.getText().isBlank()) {
            return "Name the study that receives the patients.";
        }
        if (deidentify.getSelection() && keyFile.getText().isBlank()) {
            return "De-identification needs a key file (it is created if it does not exist).";
        }
        if (!prescription.getText().isBlank()) {
            try {
                double v = Double.parseDouble(prescription.getText().trim());
                if (!(v > 0)) {
                    return "The prescription must be a positive dose in Gy.";
                }
            } catch (NumberFormatException e) {
                return "The prescription '" + prescription.getText() + "' is not a number (Gy).";
            }
        }
        return null;
    }

    @Override
    protected void okPressed() {
        String problem = validate();
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        result = new DicomImportOptions(Path.of(folder.getText().trim()), study.getText().trim(),
                deidentify.getSelection(), deidentify.getSelection() ? Path.of(keyFile.getText().trim()) : null,
                resample.getSelection(),
                prescription.getText().isBlank() ? Double.NaN : Double.parseDouble(prescription.getText().trim()));
        super.okPressed();
    }

    /** Presses OK as the user would (used by tests). */
    void pressOk() {
        buttonPressed(IDialogConstants.OK_ID);
    }
}
