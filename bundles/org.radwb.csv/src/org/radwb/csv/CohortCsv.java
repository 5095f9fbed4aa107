package org.radwb.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;

/**
 * A study's own cohort as CSV: one row per lesion, with the patient's clinical data repeated on each of the
 * patient's rows (the shape clinical spreadsheets have). Keys {@code study_id}, {@code patient_id} and
 * {@code lesion_id} are required; a patient's values must agree on all of their rows.
 */
public final class CohortCsv {

    private static final ReviewPackage P = ReviewPackage.eINSTANCE;

    /** Patient columns, in export order. */
    public static final List<CsvCell<Patient>> PATIENT = List.of(CsvCell.of("age", P.getPatient_Age()),
            CsvCell.of("sex", P.getPatient_Sex()), CsvCell.of("kps", P.getPatient_Kps()),
            CsvCell.of("primary_cancer", P.getPatient_PrimaryCancer()),
            CsvCell.of("extracranial_disease", P.getPatient_ExtracranialDisease()),
            CsvCell.of("systemic_therapy", P.getPatient_SystemicTherapy()));

    /** Lesion columns, in export order. */
    public static final List<CsvCell<Lesion>> LESION = List.of(CsvCell.of("location", P.getLesion_Location()),
            CsvCell.of("volume_cc", P.getLesion_VolumeCc()), CsvCell.of("prescription_dose_gy", P.getLesion_PrescriptionDoseGy()),
            CsvCell.of("isodose_line_pct", P.getLesion_IsodoseLinePercent()), CsvCell.of("fractions", P.getLesion_Fractions()),
            CsvCell.of("local_failure", P.getLesion_LocalFailure()),
            CsvCell.of("time_to_event_months", P.getLesion_TimeToEventMonths()), CsvCell.of("censored", P.getLesion_Censored()));

    private static final List<String> KEYS = List.of("study_id", "patient_id", "lesion_id");

    private CohortCsv() {
    }

    /**
     * Reads a cohort file for a review: the studies must exist; patients are created or extended, lesions added.
     * Nothing in the review is changed; the result says what to add.
     *
     * @return per study id, the patients to add (new) or to merge (same id as an existing patient: lesions added)
     */
    public static Map<Study, List<Patient>> read(Path file, Review review) throws IOException {
        List<CsvCell<Lesion>> cells = new ArrayList<>(LESION);
        for (CsvCell<Patient> pc : PATIENT) {
            cells.add(new PatientCell(pc));
        }
        CsvTable<Lesion> table = new CsvTable<>(cells, KEYS, KEYS, ReviewFactory.eINSTANCE::createLesion);
        CsvTable.Parsed<Lesion> parsed = table.parse(file);
        List<CsvProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Study> studies = new LinkedHashMap<>();
        review.getStudies().forEach(s -> studies.put(s.getId(), s));
        Map<Study, Map<String, Patient>> result = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        for (CsvTable.Row<Lesion> row : parsed.rows()) {
            Patient carried = PatientCell.take(row.object()); // always taken, so nothing stays in the carrier map
            String studyId = row.keys().get("study_id");
            String patientId = row.keys().get("patient_id");
            String lesionId = row.keys().get("lesion_id");
            Study study = studies.get(studyId);
            if (study == null) {
                problems.add(new CsvProblem(file, row.line(), "study_id", studyId, "the id of a study in the review"));
                continue;
            }
            Lesion lesion = row.object();
            lesion.setId(lesionId);
            Map<String, Patient> patients = result.computeIfAbsent(study, s -> new LinkedHashMap<>());
            Patient patient = patients.get(patientId);
            String key = studyId + "/" + patientId;
            if (patient == null) {
                patient = carried;
                patient.setId(patientId);
                patients.put(patientId, patient);
                firstLine.put(key, row.line());
                Patient existing = study.getPatients().stream().filter(p -> patientId.equals(p.getId())).findFirst().orElse(null);
                if (existing != null) {
                    for (CsvCell<Patient> c : PATIENT) {
                        String now = c.read(existing);
                        String given = c.read(patient);
                        if (!given.isEmpty() && !now.isEmpty() && !now.equals(given)) {
                            problems.add(new CsvProblem(file, row.line(), c.header(), given,
                                    "'" + now + "' as already recorded for patient " + patientId + " in study " + studyId));
                        }
                    }
                    if (existing.getLesions().stream().anyMatch(l -> lesionId.equals(l.getId()))) {
                        problems.add(new CsvProblem(file, row.line(), "lesion_id", lesionId,
                                "a lesion id not already recorded for patient " + patientId));
                    }
                }
            } else {
                for (CsvCell<Patient> c : PATIENT) {
                    if (!Objects.equals(c.read(patient), c.read(carried))) {
                        problems.add(new CsvProblem(file, row.line(), c.header(), c.read(carried), "'" + c.read(patient)
                                + "' as on line " + firstLine.get(key) + " for the same patient " + patientId));
                    }
                }
                if (patient.getLesions().stream().anyMatch(l -> lesionId.equals(l.getId()))) {
                    problems.add(new CsvProblem(file, row.line(), "lesion_id", lesionId, "a lesion id used once per patient"));
                }
            }
            patient.getLesions().add(lesion);
            check(file, row.line(), lesion, LESION, problems);
            if (firstLine.get(key) == row.line()) {
                check(file, row.line(), patient, PATIENT, problems);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(CsvProblem::line));
            throw new CsvImportException(problems);
        }
        Map<Study, List<Patient>> out = new LinkedHashMap<>();
        result.forEach((s, m) -> out.put(s, new ArrayList<>(m.values())));
        return out;
    }

    /** Adds the model constraint problems of one object (not its children) to the problems of a line. */
    private static <T extends org.eclipse.emf.ecore.EObject> void check(Path file, long line, T object, List<CsvCell<T>> cells,
            List<CsvProblem> problems) {
        org.eclipse.emf.common.util.BasicDiagnostic d = new org.eclipse.emf.common.util.BasicDiagnostic();
        org.radwb.model.validation.ReviewValidator.install();
        org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(object.eClass(), object, d,
                org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.createDefaultContext());
        for (org.eclipse.emf.common.util.Diagnostic c : d.getChildren()) {
            if (c.getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR || c.getData().size() < 2
                    || c.getData().get(0) != object) {
                continue;
            }
            String column = null;
            for (CsvCell<T> cell : cells) {
                if (cell.concerns(object, (org.eclipse.emf.ecore.EStructuralFeature) c.getData().get(1))) {
                    column = cell.header();
                }
            }
            problems.add(new CsvProblem(file, line, column, null, "a consistent value: " + c.getMessage()));
        }
    }

    /** Adds what {@link #read} returned to the review: new patients are added, existing ones get the new lesions and values. */
    public static int apply(Map<Study, List<Patient>> cohort) {
        int lesions = 0;
        for (Map.Entry<Study, List<Patient>> e : cohort.entrySet()) {
            for (Patient p : e.getValue()) {
                lesions += p.getLesions().size();
                Patient existing = e.getKey().getPatients().stream().filter(x -> p.getId().equals(x.getId())).findFirst().orElse(null);
                if (existing == null) {
                    e.getKey().getPatients().add(p);
                } else {
                    for (CsvCell<Patient> c : PATIENT) {
                        if (c.read(existing).isEmpty() && !c.read(p).isEmpty()) {
                            c.write(existing, c.read(p));
                        }
                    }
                    existing.getLesions().addAll(p.getLesions());
                }
            }
        }
        return lesions;
    }

    /** Writes every lesion of every study's cohort, one row each (atomic; formulas neutralised). */
    public static void write(Review review, Path file) throws IOException {
        List<CsvCell<Lesion>> cells = new ArrayList<>(LESION);
        for (CsvCell<Patient> pc : PATIENT) {
            cells.add(new PatientCell(pc));
        }
        CsvTable<Lesion> table = new CsvTable<>(cells, KEYS, KEYS, ReviewFactory.eINSTANCE::createLesion);
        List<Lesion> lesions = new ArrayList<>();
        review.getStudies().forEach(s -> s.getPatients().forEach(p -> lesions.addAll(p.getLesions())));
        table.write(lesions, l -> {
            Patient p = (Patient) l.eContainer();
            Study s = (Study) p.eContainer();
            return List.of(s.getId(), p.getId(), l.getId());
        }, file);
    }

    /**
     * A patient column on a lesion row: reads the lesion's patient; while importing, writes into a patient
     * carried alongside the new lesion until the row is assembled.
     */
    private static final class PatientCell extends CsvCell<Lesion> {
        private static final Map<Lesion, Patient> CARRIED = new java.util.IdentityHashMap<>();
        private final CsvCell<Patient> cell;

        PatientCell(CsvCell<Patient> cell) {
            super(cell.header());
            this.cell = cell;
        }

        static synchronized Patient take(Lesion lesion) {
            Patient p = CARRIED.remove(lesion);
            return p != null ? p : ReviewFactory.eINSTANCE.createPatient();
        }

        private static synchronized Patient carried(Lesion lesion) {
            return CARRIED.computeIfAbsent(lesion, l -> ReviewFactory.eINSTANCE.createPatient());
        }

        @Override
        public String read(Lesion lesion) {
            if (lesion.eContainer() instanceof Patient p) {
                return cell.read(p);
            }
            Patient p;
            synchronized (PatientCell.class) {
                p = CARRIED.get(lesion);
            }
            return p == null ? "" : cell.read(p);
        }

        @Override
        public void write(Lesion lesion, String text) {
            cell.write(carried(lesion), text);
        }

        @Override
        public void clear(Lesion lesion) {
            cell.clear(carried(lesion));
        }

        @Override
        public boolean concerns(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
            return cell.concerns(object, feature);
        }

        @Override
        public boolean isText() {
            return cell.isText();
        }

        @Override
        public List<String> choices() {
            return cell.choices();
        }
    }

}
