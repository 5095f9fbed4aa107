package org.radwb.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;
import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.Segmentation;
import org.radwb.model.Study;

/**
 * The feature sets stored in a review as one wide CSV: a row per feature set with where it came from (study,
 * patient, lesion, image and mask paths, their hashes and DICOM UIDs, engine, mode, settings) and a column per
 * feature, so a modelling table can be built from it directly.
 */
public final class FeatureSetCsv {

    /** The provenance columns, before the feature columns. */
    public static final List<String> PROVENANCE = List.of("study_id", "patient_id", "lesion_id", "feature_set_id", "engine",
            "engine_version", "mode", "image_path", "image_sha256", "series_instance_uid", "study_instance_uid", "mask_path",
            "mask_sha256", "label", "segmentation_sop_instance_uid", "roi_number", "created_at");

    private FeatureSetCsv() {
    }

    /** @return every feature set of the review's cohorts, in model order */
    public static List<FeatureSet> featureSets(Review review) {
        List<FeatureSet> out = new ArrayList<>();
        for (Study s : review.getStudies()) {
            for (Patient p : s.getPatients()) {
                out.addAll(p.getFeatureSets());
                for (Lesion l : p.getLesions()) {
                    out.addAll(l.getFeatureSets());
                }
            }
        }
        return out;
    }

    /**
     * Writes the feature sets (atomic; text neutralised against spreadsheet formulas). Feature columns are the
     * union of the feature names in order of first appearance; a feature a set lacks is an empty cell.
     *
     * @return the number of feature columns written
     */
    public static int write(List<FeatureSet> sets, Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (FeatureSet fs : sets) {
            fs.getValues().forEach(v -> names.add(columnName(v)));
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                List<String> header = new ArrayList<>(PROVENANCE);
                header.addAll(names);
                printer.printRecord(header);
                for (FeatureSet fs : sets) {
                    List<String> row = new ArrayList<>();
                    for (String v : provenance(fs).values()) {
                        row.add(CsvTable.neutralise(v == null ? "" : v));
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    fs.getValues().forEach(v -> values.put(columnName(v), v.isSetValue() ? CsvCell.formatNumber(v.getValue()) : ""));
                    for (String n : names) {
                        row.add(values.getOrDefault(n, ""));
                    }
                    printer.printRecord(row);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return names.size();
    }

    /** IBSI values carry their code and aggregation so columns stay unique (e.g. {@code cm.joint.max|8QNN}). */
    static String columnName(FeatureValue v) {
        String name = v.getName() != null ? v.getName() : v.getIbsiCode();
        if (v.getAggregation() != null && !v.getAggregation().isBlank() && !name.contains(v.getAggregation())) {
            name = name + "|" + v.getAggregation();
        }
        return name;
    }

    private static Map<String, String> provenance(FeatureSet fs) {
        Map<String, String> m = new LinkedHashMap<>();
        Lesion lesion = ancestor(fs, Lesion.class);
        Patient patient = ancestor(fs, Patient.class);
        Study study = ancestor(fs, Study.class);
        ImageSeries image = fs.getImage();
        Segmentation seg = fs.getSegmentation();
        m.put("study_id", study == null ? null : study.getId());
        m.put("patient_id", patient == null ? null : patient.getId());
        m.put("lesion_id", lesion == null ? null : lesion.getId());
        m.put("feature_set_id", fs.getId());
        m.put("engine", fs.getEngine());
        m.put("engine_version", fs.getEngineVersion());
        m.put("mode", fs.getMode());
        m.put("image_path", fs.getImagePath());
        m.put("image_sha256", fs.getImageHash());
        m.put("series_instance_uid", image == null ? null : image.getSeriesInstanceUid());
        m.put("study_instance_uid", image == null ? null : image.getStudyInstanceUid());
        m.put("mask_path", fs.getMaskPath());
        m.put("mask_sha256", fs.getMaskHash());
        m.put("label", fs.isSetLabel() ? Integer.toString(fs.getLabel()) : null);
        m.put("segmentation_sop_instance_uid", seg == null ? null : seg.getSopInstanceUid());
        m.put("roi_number", seg != null && seg.isSetRoiNumber() ? Integer.toString(seg.getRoiNumber()) : null);
        m.put("created_at", fs.getCreatedAt());
        return m;
    }

    private static <T> T ancestor(EObject o, Class<T> type) {
        for (EObject e = o.eContainer(); e != null; e = e.eContainer()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }
}
