package org.radwb.ui.internal;

import java.util.Map;

/** Human labels for the study columns shown in the table and the editor. */
public final class Labels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Study id"), Map.entry("doi", "DOI"), Map.entry("patients", "Patients"),
            Map.entry("lesions", "Lesions"), Map.entry("mri_vendor", "MRI vendor"), Map.entry("mri_model", "MRI model"),
            Map.entry("field_strengths", "Field strengths (T; separate with ;)"), Map.entry("sequences", "Sequences (; separated)"),
            Map.entry("feature_selection", "Feature selection methods (; separated)"),
            Map.entry("clinical_features", "Clinical features (; separated)"), Map.entry("train_pct", "Training %"),
            Map.entry("validation_pct", "Validation %"), Map.entry("test_pct", "Test %"), Map.entry("split", "Split description"),
            Map.entry("auc_radiomic", "AUC radiomic"), Map.entry("auc_clinical", "AUC clinical"),
            Map.entry("auc_combined", "AUC combined"), Map.entry("auc_external", "AUC external validation"),
            Map.entry("cindex_univariate", "C-index univariate"), Map.entry("cindex_multivariate", "C-index multivariate"));

    private Labels() {
    }

    /** @return the label of a column header, e.g. {@code auc_radiomic_lower} gives "AUC radiomic (95 % CI lower)" */
    public static String of(String header) {
        if (header.endsWith("_lower") || header.endsWith("_upper")) {
            String base = header.substring(0, header.length() - 6);
            return of(base) + (header.endsWith("_lower") ? " (CI lower)" : " (CI upper)");
        }
        String label = LABELS.get(header);
        if (label != null) {
            return label;
        }
        String s = header.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
