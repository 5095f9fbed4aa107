package org.radwb.dicom.deid;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.radwb.dicom.DicomElement;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.Tag;
import org.radwb.dicom.Uids;
import org.radwb.dicom.VR;

/**
 * De-identification following the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E) with the
 * Retain Longitudinal Temporal Information with Modified Dates option: names and IDs are replaced by a pseudonym,
 * identifying attributes removed or emptied, every private attribute removed, every date shifted by a per-patient
 * offset, and every instance UID replaced by a UID derived from a secret key, so references between objects
 * (RTSTRUCT → images, SEG → series) stay consistent. Pseudonyms, offsets and UIDs depend only on the key and the
 * original values: the same key gives the same result on every run, and without the key they cannot be reversed.
 * The mapping from original to pseudonym is recorded in memory and written only by {@link #writeMapping(Path)}.
 */
public final class Deidentifier {
    /** Method text written to (0012,0063). */
    public static final String METHOD = "DICOM PS3.15 Annex E Basic Profile; Retain Longitudinal Temporal "
            + "Information with Modified Dates Option; radwb";

    /** Options beyond the basic profile. */
    public record Options(boolean retainPatientCharacteristics, boolean retainDescriptions) {
        public static final Options BASIC = new Options(false, false);
    }

    /** Attributes removed (action X). */
    static final Set<Integer> REMOVE = Set.of(Tag.InstitutionName, Tag.InstitutionAddress, Tag.ReferringPhysicianAddress,
            Tag.ReferringPhysicianTelephoneNumbers, Tag.StationName, Tag.InstitutionalDepartmentName,
            Tag.PhysiciansOfRecord, Tag.PerformingPhysicianName, Tag.NameOfPhysiciansReadingStudy, Tag.OperatorsName,
            Tag.AdmittingDiagnosesDescription, Tag.DerivationDescription, Tag.OtherPatientIDs, Tag.OtherPatientNames,
            Tag.OtherPatientIDsSequence, Tag.PatientBirthName, Tag.PatientAddress, Tag.PatientMotherBirthName,
            Tag.MedicalRecordLocator, Tag.PatientTelephoneNumbers, Tag.EthnicGroup, Tag.Occupation,
            Tag.AdditionalPatientHistory, Tag.PatientComments, Tag.DeviceSerialNumber, Tag.RequestingPhysician,
            Tag.RequestAttributesSequence, Tag.PatientBirthTime, Tag.IssuerOfPatientID, Tag.PerformedProcedureStepID,
            Tag.ImageComments, Tag.StructureSetName, Tag.PrescriptionDescription);
    /** Free-text descriptions removed unless {@link Options#retainDescriptions()}. */
    static final Set<Integer> DESCRIPTIONS = Set.of(Tag.StudyDescription, Tag.SeriesDescription, Tag.ProtocolName);
    /** Patient characteristics removed unless {@link Options#retainPatientCharacteristics()}. */
    static final Set<Integer> CHARACTERISTICS = Set.of(Tag.PatientAge, Tag.PatientSize, Tag.PatientWeight);
    /** Attributes kept but emptied (action Z). */
    static final Set<Integer> EMPTY = Set.of(Tag.PatientBirthDate, Tag.AccessionNumber, Tag.ReferringPhysicianName,
            Tag.StudyID, Tag.ContentCreatorName);

    private final byte[] key;
    private final Options options;
    private final Map<String, String> pseudonyms = new ConcurrentHashMap<>();
    private final Map<String, Integer> shifts = new ConcurrentHashMap<>();
    private final Map<String, String> uids = new ConcurrentHashMap<>();

    /** @param key the project's secret (at least 16 bytes); keep it to re-identify consistently later */
    public Deidentifier(byte[] key, Options options) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("de-identification key must have at least 16 bytes");
        }
        this.key = key.clone();
        this.options = options;
    }

    /** A new random key, Base64 encoded (store it where the user says, never in the project). */
    public static String newKey() {
        byte[] b = new byte[32];
        new java.security.SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /** The pseudonymous patient ID for an original Patient ID. */
    public String pseudonym(String patientId) {
        return pseudonyms.computeIfAbsent(patientId == null ? "" : patientId,
                id -> "ANON-" + hex(mac("patient:" + id), 5).toUpperCase(Locale.ROOT));
    }

    /** Days added to every date of this patient: between -3650 and -365, never 0. */
    public int dateShiftDays(String patientId) {
        return shifts.computeIfAbsent(patientId == null ? "" : patientId, id -> {
            byte[] h = mac("dates:" + id);
            int v = ((h[0] & 0xFF) << 8) | (h[1] & 0xFF);
            return -(365 + v % 3286);
        });
    }

    /** The replacement for an instance UID (standard UIDs under 1.2.840.10008 are kept). */
    public String uid(String original) {
        if (original == null || original.isEmpty() || original.startsWith("1.2.840.10008.")) {
            return original;
        }
        return uids.computeIfAbsent(original, o -> Uids.derived(key, "uid:" + o));
    }

    /** A de-identified copy of a data set (the input is not changed). */
    public DicomObject deidentify(DicomObject ds) {
        String pid = ds.getString(Tag.PatientID, "");
        int shift = dateShiftDays(pid);
        DicomObject out = copy(ds, shift, true);
        out.putString(Tag.PatientName, VR.PN, pseudonym(pid));
        out.putString(Tag.PatientID, VR.LO, pseudonym(pid));
        out.putString(Tag.PatientIdentityRemoved, VR.CS, "YES");
        out.putString(Tag.DeidentificationMethod, VR.LO, METHOD);
        out.putString(Tag.LongitudinalTemporalInformationModified, VR.CS, "MODIFIED");
        if (!options.retainPatientCharacteristics() && ds.contains(Tag.PatientSex)) {
            out.putString(Tag.PatientSex, VR.CS, "");
        }
        return out;
    }

    private DicomObject copy(DicomObject in, int shift, boolean topLevel) {
        DicomObject out = new DicomObject();
        out.setSource(in.source());
        for (int tag : in.tags()) {
            int group = tag >>> 16;
            if ((group & 1) == 1) {
                continue; // private attributes (odd groups) may hold anything
            }
            if ((group & 0xFF00) == 0x5000 || group == 0x0002) {
                continue; // retired curve data; file meta is rebuilt by the writer
            }
            if (REMOVE.contains(tag) || (!options.retainDescriptions() && DESCRIPTIONS.contains(tag))
                    || (!options.retainPatientCharacteristics() && CHARACTERISTICS.contains(tag))) {
                continue;
            }
            DicomElement e = in.get(tag);
            if (EMPTY.contains(tag)) {
                out.putString(tag, e.vr == VR.UN ? Tag.vrOf(tag) : e.vr, "");
                continue;
            }
            if (e.isSequence() || (e.vr == VR.UN && Tag.vrOf(tag) == VR.SQ)) {
                List<DicomObject> items = new ArrayList<>();
                for (DicomObject item : in.getSequence(tag)) {
                    items.add(copy(item, shift, false));
                }
                out.putSequence(tag, items);
                continue;
            }
            VR vr = e.vr == VR.UN ? Tag.vrOf(tag) : e.vr;
            switch (vr) {
            case UI -> {
                String[] v = in.getStrings(tag);
                for (int i = 0; i < v.length; i++) {
                    v[i] = uid(v[i]);
                }
                out.putString(tag, VR.UI, v);
            }
            case DA -> {
                String[] v = in.getStrings(tag);
                for (int i = 0; i < v.length; i++) {
                    v[i] = shiftDate(v[i], shift);
                }
                out.putString(tag, VR.DA, v);
            }
            case DT -> {
                String[] v = in.getStrings(tag);
                for (int i = 0; i < v.length; i++) {
                    v[i] = v[i].length() >= 8 ? shiftDate(v[i].substring(0, 8), shift) + v[i].substring(8) : "";
                }
                out.putString(tag, VR.DT, v);
            }
            default -> {
                String text = e.vr == VR.UN && e.bytes() != null && e.bytes().length < 70 ? in.getText(tag) : null;
                if (text != null && text.matches("[0-9]+(\\.[0-9]+){3,}")) {
                    out.putString(tag, VR.UI, uid(text)); // a UID in an attribute of unknown VR
                } else {
                    out.putElement(e);
                }
            }
            }
        }
        return out;
    }

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    static String shiftDate(String da, int days) {
        if (da == null || da.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(da.trim().replace(".", ""), DA).plusDays(days).format(DA);
        } catch (DateTimeParseException e) {
            return ""; // an unparseable date cannot be shifted, so it is removed
        }
    }

    /**
     * Writes the re-identification mapping (original Patient ID, pseudonym, date shift in days) as CSV. Call this
     * only for a location the user chose: the file re-identifies the patients.
     */
    public void writeMapping(Path csv) throws IOException {
        Map<String, String> sorted = new TreeMap<>(pseudonyms);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("original_patient_id,pseudonym,date_shift_days\n");
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                w.write(csvField(e.getKey()) + "," + e.getValue() + "," + dateShiftDays(e.getKey()) + "\n");
            }
        }
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private byte[] mac(String text) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String hex(byte[] b, int bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            s.append(String.format("%02x", b[i] & 0xFF));
        }
        return s.toString();
    }
}
