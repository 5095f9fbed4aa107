package org.radwb.dicom.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.deid.Deidentifier;
import org.radwb.dicom.rt.ContourRasterizer;
import org.radwb.dicom.rt.DoseGrid;
import org.radwb.dicom.rt.DoseResampler;
import org.radwb.dicom.rt.DoseStatistics;
import org.radwb.dicom.rt.Roi;
import org.radwb.dicom.rt.RtDoseReader;
import org.radwb.dicom.rt.StructureSet;
import org.radwb.dicom.scan.Instance;
import org.radwb.dicom.scan.PatientEntry;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.dicom.scan.StudyEntry;
import org.radwb.dicom.seg.SegReader;
import org.radwb.dicom.seg.Segmentation;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Mask;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.NiftiIO;

/**
 * Imports a scanned folder: loads every image series into a volume (checking its geometry), rasterises every ROI
 * of every structure set on the series it references, reads SEG segments onto their series, and computes dose
 * statistics per lesion when an RT Dose shares the frame of reference. Optionally writes NIfTI copies of images
 * and masks, and de-identifies (pseudonymous patient IDs, replaced UIDs, no source paths). Every problem is
 * confined to its patient, series or ROI: the others are still imported.
 */
public final class CohortImporter {

    /**
     * @param policy         what to do with tilted or unevenly spaced series
     * @param deidentifier   de-identify with this, or null to keep identities
     * @param niftiFolder    write image and mask NIfTI files under this folder, or null
     * @param prescriptionGy prescription dose for V100 and the isodose percentage, NaN if unknown
     * @param threads        file-reading threads
     */
    public record Options(StackPolicy policy, Deidentifier deidentifier, Path niftiFolder, double prescriptionGy,
            int threads) {
        public static Options defaults() {
            return new Options(StackPolicy.REFUSE, null, null, Double.NaN, 2);
        }
    }

    private final Options options;

    public CohortImporter(Options options) {
        this.options = options;
    }

    public CohortImport run(ScanResult scan) {
        return run(scan, Progress.NONE);
    }

    /** Imports patient by patient, reporting after each and stopping between patients when cancelled. */
    public CohortImport run(ScanResult scan, Progress progress) {
        List<ImportedPatient> patients = new ArrayList<>();
        List<String> problems = new ArrayList<>(scan.problems());
        List<String> warnings = new ArrayList<>();
        int done = 0;
        for (PatientEntry p : scan.patients()) {
            if (progress.isCanceled()) {
                problems.add("import cancelled after " + done + " of " + scan.patients().size() + " patients");
                break;
            }
            progress.worked("patient " + label(p), done, scan.patients().size());
            done++;
            try {
                ImportedPatient ip = importPatient(p, problems, warnings);
                if (ip.images().isEmpty() && ip.lesions().isEmpty()) {
                    problems.add("patient " + ip.patientId() + ": no image series or lesion could be imported "
                            + "(see the problems above); the patient is left out");
                } else {
                    patients.add(ip);
                }
            } catch (RuntimeException | IOException e) {
                // a defect nobody anticipated still stays with its patient
                problems.add("patient " + label(p) + ": not imported (" + e + ")");
            }
        }
        return new CohortImport(patients, problems, warnings);
    }

    private String label(PatientEntry p) {
        return options.deidentifier() != null ? options.deidentifier().pseudonym(p.patientId()) : p.patientId();
    }

    private String uid(String u) {
        return options.deidentifier() != null ? options.deidentifier().uid(u) : u;
    }

    private ImportedPatient importPatient(PatientEntry p, List<String> problems, List<String> warnings)
            throws IOException {
        String pid = label(p);
        boolean deid = options.deidentifier() != null;
        List<ImportedSeries> images = new ArrayList<>();
        List<ImportedLesion> lesions = new ArrayList<>();
        SeriesLoader loader = new SeriesLoader(options.policy(), options.threads());
        // references may cross studies (planning MR in one, RT objects in another): resolve them per patient
        Map<String, Volume> volumes = new HashMap<>();
        Map<String, SeriesEntry> bySeries = new HashMap<>();
        List<DoseGrid> doses = new ArrayList<>();
        for (StudyEntry st : p.studies()) {
            for (SeriesEntry se : st.series()) {
                bySeries.put(se.seriesInstanceUid(), se);
                if (isImage(se)) {
                    try {
                        SeriesLoader.LoadedSeries ls = loader.load(se.instances().stream().map(Instance::path).toList(),
                                "patient " + pid + " series " + se.number() + " (" + uid(se.seriesInstanceUid()) + ")");
                        volumes.put(se.seriesInstanceUid(), ls.volume());
                        warnings.addAll(ls.warnings());
                        Path nifti = null;
                        if (options.niftiFolder() != null) {
                            nifti = options.niftiFolder().resolve(safe(pid)).resolve(safe(uid(se.seriesInstanceUid())) + ".nii.gz");
                            Files.createDirectories(nifti.getParent());
                            NiftiIO.write(ls.volume(), nifti);
                        }
                        images.add(new ImportedSeries(uid(se.seriesInstanceUid()), uid(st.studyInstanceUid()),
                                uid(se.frameOfReferenceUid()), se.modality(), deid ? null : se.description(), se.number(),
                                deid ? null : se.instances().get(0).path().getParent(), nifti, ls.volume().geometry(),
                                ls.warnings()));
                    } catch (DicomException e) {
                        problems.add(e.getMessage());
                    }
                } else if (se.modality().equals("RTDOSE")) {
                    for (Instance in : se.instances()) {
                        try {
                            DoseGrid g = RtDoseReader.read(DicomReader.read(in.path()), options.policy());
                            doses.add(g);
                            warnings.addAll(g.warnings());
                        } catch (DicomException e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
            }
        }
        Map<String, String> doseUidOnSeries = new HashMap<>();
        for (StudyEntry st : p.studies()) {
            for (SeriesEntry se : st.series()) {
                for (StructureSet ss : se.structureSets()) {
                    SeriesEntry target = referencedImage(ss.referencedSeriesUid(), ss.frameOfReferenceUid(), bySeries, volumes);
                    if (target == null) {
                        problems.add(ss.source() + ": references image series " + ss.referencedSeriesUid()
                                + (ss.referencedSeriesUid() == null ? " (none named) and no image series shares its frame of reference"
                                        : " which is not in the scanned folder or could not be loaded")
                                + "; its " + ss.rois().size() + " ROIs were not imported");
                        continue;
                    }
                    Volume image = volumes.get(target.seriesInstanceUid());
                    for (Roi roi : ss.rois()) {
                        if (roi.frameOfReferenceUid() != null && target.frameOfReferenceUid() != null
                                && !roi.frameOfReferenceUid().equals(target.frameOfReferenceUid())) {
                            problems.add(ss.source() + ": ROI " + roi.number() + " '" + roi.name()
                                    + "' is in frame of reference " + roi.frameOfReferenceUid() + " but its image series "
                                    + "is in " + target.frameOfReferenceUid() + "; coordinates do not correspond, skipped");
                            continue;
                        }
                        try {
                            ContourRasterizer.Result r = ContourRasterizer.rasterize(roi, image.geometry(),
                                    (deid ? "structure set " + uid(ss.sopInstanceUid()) : ss.source()) + " ROI " + roi.number());
                            warnings.addAll(r.warnings());
                            lesions.add(lesion(pid, roi.name(), "RTSTRUCT", deid ? null : Path.of(ss.source()),
                                    uid(ss.sopInstanceUid()), roi.number(), target, r.mask(), r.voxels(),
                                    r.boundingBox(), image, doses, doseUidOnSeries, warnings));
                        } catch (DicomException e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
                if (se.modality().equals("SEG")) {
                    for (Instance in : se.instances()) {
                        try {
                            var f = DicomReader.read(in.path());
                            String ref = f.dataset().getItem(org.radwb.dicom.Tag.ReferencedSeriesSequence) == null ? null
                                    : f.dataset().getItem(org.radwb.dicom.Tag.ReferencedSeriesSequence)
                                            .getString(org.radwb.dicom.Tag.SeriesInstanceUID);
                            SeriesEntry target = referencedImage(ref, se.frameOfReferenceUid(), bySeries, volumes);
                            if (target == null) {
                                problems.add(in.path() + ": the segmentation references series " + ref
                                        + " which is not in the scanned folder; not imported");
                                continue;
                            }
                            Volume image = volumes.get(target.seriesInstanceUid());
                            Segmentation seg = SegReader.read(f, image.geometry(), 0.5);
                            warnings.addAll(seg.warnings());
                            for (var s : seg.segments()) {
                                Mask m = seg.masks().get(s.number());
                                lesions.add(lesion(pid, s.label(), "SEG", deid ? null : in.path(),
                                        uid(seg.sopInstanceUid()), s.number(), target, m, m.count(), m.boundingBox(),
                                        image, doses, doseUidOnSeries, warnings));
                            }
                        } catch (DicomException e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
            }
        }
        return new ImportedPatient(pid, deid, images, lesions);
    }

    private ImportedLesion lesion(String pid, String name, String kind, Path source, String sourceUid, int number,
            SeriesEntry target, Mask mask, int voxels, int[] box, Volume image, List<DoseGrid> doses,
            Map<String, String> doseUids, List<String> warnings) throws DicomException {
        if (voxels == 0) {
            throw new DicomException("patient " + pid + " " + kind + " " + sourceUid + " '" + name
                    + "': the mask is empty on the image grid; not imported");
        }
        double cc = voxels * image.geometry().voxelVolume() / 1000.0;
        Path maskFile = null;
        if (options.niftiFolder() != null) {
            maskFile = options.niftiFolder().resolve(safe(pid)).resolve(safe(sourceUid) + "_" + number + ".nii.gz");
            try {
                Files.createDirectories(maskFile.getParent());
                int[] labels = new int[mask.inside().length];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = mask.inside()[i] ? 1 : 0;
                }
                NiftiIO.writeLabels(new LabelMap(mask.geometry(), labels), maskFile);
            } catch (IOException e) {
                throw new DicomException(maskFile + ": cannot write mask (" + e.getMessage() + ")", e);
            }
        }
        DoseStatistics stats = null;
        String doseUid = null;
        Volume dose = doseOn(target, image, mask, box, doses, doseUids);
        if (dose != null) {
            try {
                stats = DoseStatistics.of(dose, mask, options.prescriptionGy(), box);
                doseUid = doseUids.get(target.seriesInstanceUid());
                if (stats.voxelsWithoutDose() > 0) {
                    warnings.add(String.format(Locale.ROOT, "patient %s lesion '%s': %d of %d voxels lie outside the "
                            + "dose grid; dose statistics use the rest", pid, name, stats.voxelsWithoutDose(), voxels));
                }
            } catch (IllegalArgumentException e) {
                warnings.add("patient " + pid + " lesion '" + name + "': no dose statistics (" + e.getMessage() + ")");
            }
        }
        return new ImportedLesion(name, kind, source, sourceUid, number, uid(target.seriesInstanceUid()), voxels, cc,
                maskFile, stats, doseUid);
    }

    /** The dose on the image grid inside the lesion mask (NaN elsewhere), or null without a matching RT Dose. */
    private Volume doseOn(SeriesEntry target, Volume image, Mask mask, int[] box, List<DoseGrid> doses,
            Map<String, String> uids) {
        for (DoseGrid g : doses) {
            if (g.frameOfReferenceUid() != null && g.frameOfReferenceUid().equals(target.frameOfReferenceUid()) && g.isGy()) {
                uids.put(target.seriesInstanceUid(), uid(g.sopInstanceUid()));
                return DoseResampler.resample(g.dose(), image.geometry(), mask, box);
            }
        }
        return null;
    }

    private static SeriesEntry referencedImage(String seriesUid, String forUid, Map<String, SeriesEntry> bySeries,
            Map<String, Volume> volumes) {
        if (seriesUid != null) {
            SeriesEntry se = bySeries.get(seriesUid);
            return se != null && volumes.containsKey(seriesUid) ? se : null;
        }
        for (SeriesEntry se : bySeries.values()) {
            if (forUid != null && forUid.equals(se.frameOfReferenceUid()) && volumes.containsKey(se.seriesInstanceUid())) {
                return se;
            }
        }
        return null;
    }

    static boolean isImage(SeriesEntry se) {
        return se.rows() > 0 && (se.modality().equals("MR") || se.modality().equals("CT") || se.modality().equals("PT"));
    }

    private static String safe(String s) {
        return s == null ? "unknown" : s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
