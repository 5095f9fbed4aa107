package org.radwb.dicom.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.ImportedLesion;
import org.radwb.dicom.cohort.ImportedPatient;
import org.radwb.dicom.cohort.ImportedSeries;
import org.radwb.dicom.rt.DoseStatistics;
import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;
import org.radwb.model.SegmentationMethod;
import org.radwb.model.Study;

/**
 * Puts the result of a DICOM import into a review: one Patient per DICOM patient (Patient ID, or its pseudonym),
 * one ImageSeries per series, one Lesion per ROI/segment named as in the structure set, its Segmentation, and a
 * "dose" FeatureSet with the dose statistics. DICOM UIDs are kept as provenance (Series/Study Instance UID on the
 * series, SOP Instance UID and ROI number on the segmentation, the RT Dose UID in the feature set's settings).
 * Importing the same data again adds nothing twice: series are matched by Series Instance UID and segmentations by
 * SOP Instance UID and ROI number. Only this package depends on EMF; callers doing UI work must wrap the change in
 * a command of their editing domain.
 */
public final class ReviewImporter {
    private static final ReviewFactory F = ReviewFactory.eINSTANCE;

    /** Counts of what was added. */
    public record Added(int patients, int series, int lesions) {
    }

    private ReviewImporter() {
    }

    /**
     * @param studyId       the review's study that receives the patients (created if absent)
     * @param projectFolder paths under it are stored relative to it
     */
    public static Added apply(CohortImport imp, Review review, String studyId, Path projectFolder) {
        Study study = review.getStudies().stream().filter(s -> studyId.equals(s.getId())).findFirst().orElse(null);
        if (study == null) {
            study = F.createStudy();
            study.setId(studyId);
            study.setTitle("DICOM import");
            review.getStudies().add(study);
        }
        int np = 0;
        int ns = 0;
        int nl = 0;
        for (ImportedPatient ip : imp.patients()) {
            Patient patient = null;
            for (Patient p : study.getPatients()) {
                if (ip.patientId().equals(p.getDicomPatientId())) {
                    patient = p;
                }
            }
            if (patient == null) {
                patient = F.createPatient();
                patient.setId(ip.patientId().isEmpty() ? "patient-" + (study.getPatients().size() + 1) : ip.patientId());
                patient.setDicomPatientId(ip.patientId());
                study.getPatients().add(patient);
                np++;
            }
            Map<String, ImageSeries> series = new HashMap<>();
            for (ImageSeries s : patient.getImages()) {
                series.put(s.getSeriesInstanceUid(), s);
            }
            for (ImportedSeries is : ip.images()) {
                if (series.containsKey(is.seriesInstanceUid())) {
                    continue;
                }
                ImageSeries s = F.createImageSeries();
                s.setId(uniqueSeriesId(patient, is));
                s.setSequence(is.description());
                s.setModality(is.modality());
                s.setSeriesInstanceUid(is.seriesInstanceUid());
                s.setStudyInstanceUid(is.studyInstanceUid());
                Path p = is.nifti() != null ? is.nifti() : is.folder();
                s.setPath(p == null ? null : relative(projectFolder, p));
                patient.getImages().add(s);
                series.put(is.seriesInstanceUid(), s);
                ns++;
            }
            for (ImportedLesion il : ip.lesions()) {
                if (exists(patient, il)) {
                    continue;
                }
                Lesion lesion = F.createLesion();
                lesion.setId(uniqueLesionId(patient, il.name()));
                lesion.setRoiName(il.name());
                lesion.setVolumeCc(il.volumeCc());
                Segmentation seg = F.createSegmentation();
                seg.setId(il.sourceKind().toLowerCase(Locale.ROOT) + "-" + il.number());
                Path p = il.maskNifti() != null ? il.maskNifti() : il.sourceFile();
                seg.setPath(p == null ? null : relative(projectFolder, p));
                seg.setLabel(il.maskNifti() != null ? 1 : il.number());
                seg.setRoiNumber(il.number());
                seg.setSopInstanceUid(il.sourceUid());
                seg.setMethod(SegmentationMethod.NOT_REPORTED);
                seg.setImage(series.get(il.seriesInstanceUid()));
                lesion.getSegmentations().add(seg);
                if (il.dose() != null) {
                    DoseStatistics d = il.dose();
                    if (!Double.isNaN(d.prescriptionGy())) {
                        lesion.setPrescriptionDoseGy(d.prescriptionGy());
                        lesion.setIsodoseLinePercent(d.prescriptionIsodosePercent());
                    }
                    lesion.getFeatureSets().add(doseFeatures(il, seg));
                }
                patient.getLesions().add(lesion);
                nl++;
            }
        }
        return new Added(np, ns, nl);
    }

    private static FeatureSet doseFeatures(ImportedLesion il, Segmentation seg) {
        DoseStatistics d = il.dose();
        FeatureSet fs = F.createFeatureSet();
        fs.setId("dose-" + il.sourceKind().toLowerCase(Locale.ROOT) + "-" + il.number());
        fs.setEngine("radwb-dicom");
        fs.setEngineVersion("0.1.0");
        fs.setMode("dose");
        fs.setSettings("RT Dose SOP Instance UID " + il.doseUid() + "; trilinear resampling to the image grid; "
                + "Dx = highest dose received by at least x % of the lesion voxels; prescription "
                + (Double.isNaN(d.prescriptionGy()) ? "unknown" : d.prescriptionGy() + " Gy"));
        fs.setSegmentation(seg);
        fs.setImage(seg.getImage());
        fs.setCreatedAt(Instant.now().toString());
        add(fs, "dose_min_Gy", d.min());
        add(fs, "dose_mean_Gy", d.mean());
        add(fs, "dose_max_Gy", d.max());
        add(fs, "dose_D98_Gy", d.d98());
        add(fs, "dose_D95_Gy", d.d95());
        add(fs, "dose_D50_Gy", d.d50());
        add(fs, "dose_D2_Gy", d.d2());
        if (!Double.isNaN(d.v100())) {
            add(fs, "dose_V100_fraction", d.v100());
        }
        return fs;
    }

    private static void add(FeatureSet fs, String name, double value) {
        FeatureValue v = F.createFeatureValue();
        v.setName(name);
        v.setFamily("dose");
        v.setValue(value);
        fs.getValues().add(v);
    }

    private static boolean exists(Patient p, ImportedLesion il) {
        for (Lesion l : p.getLesions()) {
            for (Segmentation s : l.getSegmentations()) {
                if (il.sourceUid() != null && il.sourceUid().equals(s.getSopInstanceUid()) && s.isSetRoiNumber()
                        && s.getRoiNumber() == il.number()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String uniqueSeriesId(Patient p, ImportedSeries is) {
        String base = is.modality() + "-" + is.seriesNumber();
        String id = base;
        int n = 2;
        while (true) {
            final String candidate = id;
            if (p.getImages().stream().noneMatch(s -> candidate.equals(s.getId()))) {
                return id;
            }
            id = base + "-" + n++;
        }
    }

    private static String uniqueLesionId(Patient p, String name) {
        String id = name;
        int n = 2;
        while (true) {
            final String candidate = id;
            if (p.getLesions().stream().noneMatch(l -> candidate.equals(l.getId()))) {
                return id;
            }
            id = name + "-" + n++;
        }
    }

    private static String relative(Path project, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (project != null) {
            Path base = project.toAbsolutePath().normalize();
            if (abs.startsWith(base)) {
                return base.relativize(abs).toString().replace('\\', '/');
            }
        }
        return abs.toString();
    }
}
