package org.radwb.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.radwb.model.Exclusion;
import org.radwb.model.Lesion;
import org.radwb.model.MetricKind;
import org.radwb.model.Patient;
import org.radwb.model.PrismaFlow;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;

/**
 * The review model's constraints, for EMF's {@link Diagnostician}. Problems are reported, never fixed:
 * each diagnostic names the object (e.g. the study id) and the field, and carries both as data so a UI
 * can select the offending field.
 */
public final class ReviewValidator extends EObjectValidator {

    /** Diagnostic source of these constraints. */
    public static final String SOURCE = "org.radwb.model.validation";

    private static final ReviewPackage P = ReviewPackage.eINSTANCE;

    /** Registers the validator for the review package (idempotent). */
    public static void install() {
        if (!(EValidator.Registry.INSTANCE.get(P) instanceof ReviewValidator)) {
            EValidator.Registry.INSTANCE.put(P, new ReviewValidator());
        }
    }

    /** Validates a whole review and returns the diagnostic tree. */
    public static Diagnostic validate(EObject root) {
        install();
        return Diagnostician.INSTANCE.validate(root);
    }

    @Override
    protected EPackage getEPackage() {
        return P;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, object, diagnostics, context);
        if (object instanceof Study s) {
            ok &= validateStudy(s, diagnostics);
        } else if (object instanceof ReportedMetric m) {
            ok &= validateMetric(m, diagnostics);
        } else if (object instanceof Review r) {
            ok &= validateReview(r, diagnostics);
        } else if (object instanceof PrismaFlow f) {
            ok &= validatePrisma(f, diagnostics);
        } else if (object instanceof Patient p) {
            ok &= validatePatient(p, diagnostics);
        } else if (object instanceof Lesion l) {
            ok &= validateLesion(l, diagnostics);
        }
        return ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return super.validate(eDataType, value, diagnostics, context);
    }

    private boolean validateReview(Review r, DiagnosticChain d) {
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (Study s : r.getStudies()) {
            if (s.getId() == null || s.getId().isBlank()) {
                ok &= error(d, s, P.getStudy_Id(), "a study has no id (" + describe(s) + ")");
            } else if (!ids.add(s.getId())) {
                ok &= error(d, s, P.getStudy_Id(), "study id '" + s.getId() + "' is used by more than one study");
            }
        }
        return ok;
    }

    private boolean validateStudy(Study s, DiagnosticChain d) {
        boolean ok = true;
        String who = "study " + describe(s);
        if (s.isSetPatientCount() && s.getPatientCount() < 0) {
            ok &= error(d, s, P.getStudy_PatientCount(), who + ": number of patients " + s.getPatientCount() + " is negative");
        }
        if (s.isSetLesionCount() && s.getLesionCount() < 0) {
            ok &= error(d, s, P.getStudy_LesionCount(), who + ": number of lesions " + s.getLesionCount() + " is negative");
        }
        if (s.isSetPatientCount() && s.isSetLesionCount() && s.getLesionCount() < s.getPatientCount()) {
            ok &= error(d, s, P.getStudy_LesionCount(), who + ": " + s.getLesionCount() + " lesions is fewer than its "
                    + s.getPatientCount() + " patients (every patient has at least one lesion)");
        }
        if (s.isSetYear() && (s.getYear() < 1950 || s.getYear() > 2100)) {
            ok &= error(d, s, P.getStudy_Year(), who + ": year " + s.getYear() + " is outside 1950-2100");
        }
        double sum = 0;
        for (var f : List.of(P.getStudy_TrainPercent(), P.getStudy_ValidationPercent(), P.getStudy_TestPercent())) {
            if (s.eIsSet(f)) {
                double v = (Double) s.eGet(f);
                if (v < 0 || v > 100 || Double.isNaN(v)) {
                    ok &= error(d, s, f, who + ": " + f.getName() + " " + v + " is outside 0-100");
                }
                sum += v;
            }
        }
        if (sum > 100 + 1e-9) {
            ok &= error(d, s, P.getStudy_TrainPercent(), who + ": train, validation and test percentages sum to "
                    + trim(sum) + ", more than 100");
        }
        for (double t : s.getFieldStrengths()) {
            if (!(t > 0 && t <= 21)) {
                ok &= error(d, s, P.getStudy_FieldStrengths(), who + ": field strength " + t + " T is not in (0, 21]");
            }
        }
        if (s.isSetFeaturesExtracted() && s.isSetFeaturesSelected() && s.getFeaturesSelected() > s.getFeaturesExtracted()) {
            ok &= error(d, s, P.getStudy_FeaturesSelected(), who + ": " + s.getFeaturesSelected()
                    + " features selected but only " + s.getFeaturesExtracted() + " extracted");
        }
        return ok;
    }

    private boolean validateMetric(ReportedMetric m, DiagnosticChain d) {
        boolean ok = true;
        String who = (m.eContainer() instanceof Study s ? "study " + describe(s) + ", " : "") + label(m);
        boolean unitInterval = m.getKind() != MetricKind.OTHER;
        for (var f : List.of(P.getReportedMetric_Value(), P.getReportedMetric_Lower(), P.getReportedMetric_Upper())) {
            if (m.eIsSet(f)) {
                double v = (Double) m.eGet(f);
                if (Double.isNaN(v) || unitInterval && (v < 0 || v > 1)) {
                    ok &= error(d, m, f, who + ": " + f.getName() + " " + v + " is outside [0, 1]");
                }
            }
        }
        if (m.isSetLower() && m.isSetUpper() && m.getLower() > m.getUpper()) {
            ok &= error(d, m, P.getReportedMetric_Lower(), who + ": CI lower bound " + m.getLower() + " exceeds upper bound " + m.getUpper());
        }
        if (m.isSetValue() && m.isSetLower() && m.getValue() < m.getLower()) {
            ok &= error(d, m, P.getReportedMetric_Value(), who + ": value " + m.getValue() + " is below its CI lower bound " + m.getLower());
        }
        if (m.isSetValue() && m.isSetUpper() && m.getValue() > m.getUpper()) {
            ok &= error(d, m, P.getReportedMetric_Value(), who + ": value " + m.getValue() + " is above its CI upper bound " + m.getUpper());
        }
        return ok;
    }

    private boolean validatePrisma(PrismaFlow f, DiagnosticChain d) {
        boolean ok = true;
        for (EStructuralFeature feature : f.eClass().getEAllAttributes()) {
            if (f.eIsSet(feature) && feature.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.EINT
                    && (Integer) f.eGet(feature) < 0) {
                ok &= error(d, f, feature, "PRISMA flow: " + feature.getName() + " is negative");
            }
        }
        for (Exclusion e : f.getExclusions()) {
            if (e.isSetCount() && e.getCount() < 0) {
                ok &= error(d, e, P.getExclusion_Count(), "PRISMA flow: excluded count for '" + e.getReason() + "' is negative");
            }
        }
        if (f.isSetStudiesIncluded() && f.isSetReportsAssessed() && f.getStudiesIncluded() > f.getReportsAssessed()) {
            ok &= error(d, f, P.getPrismaFlow_StudiesIncluded(), "PRISMA flow: " + f.getStudiesIncluded()
                    + " studies included but only " + f.getReportsAssessed() + " reports assessed");
        }
        if (f.isSetReportsAssessed() && f.isSetRecordsScreened() && f.getReportsAssessed() > f.getRecordsScreened()) {
            ok &= error(d, f, P.getPrismaFlow_ReportsAssessed(), "PRISMA flow: " + f.getReportsAssessed()
                    + " reports assessed but only " + f.getRecordsScreened() + " records screened");
        }
        if (f.eContainer() instanceof Review r && f.isSetStudiesIncluded() && !r.getStudies().isEmpty()
                && f.getStudiesIncluded() != r.getStudies().size()) {
            ok &= warning(d, f, P.getPrismaFlow_StudiesIncluded(), "PRISMA flow: " + f.getStudiesIncluded()
                    + " studies included, but the review holds " + r.getStudies().size() + " studies");
        }
        return ok;
    }

    private boolean validatePatient(Patient p, DiagnosticChain d) {
        boolean ok = true;
        String who = "patient " + p.getId();
        if (p.isSetKps() && (p.getKps() < 0 || p.getKps() > 100)) {
            ok &= error(d, p, P.getPatient_Kps(), who + ": KPS " + p.getKps() + " is outside 0-100");
        }
        if (p.isSetAge() && (p.getAge() < 0 || p.getAge() > 120)) {
            ok &= error(d, p, P.getPatient_Age(), who + ": age " + p.getAge() + " is outside 0-120");
        }
        return ok;
    }

    private boolean validateLesion(Lesion l, DiagnosticChain d) {
        boolean ok = true;
        String who = "lesion " + l.getId();
        if (l.isSetIsodoseLinePercent() && (l.getIsodoseLinePercent() <= 0 || l.getIsodoseLinePercent() > 100)) {
            ok &= error(d, l, P.getLesion_IsodoseLinePercent(), who + ": isodose line " + l.getIsodoseLinePercent() + " % is outside (0, 100]");
        }
        if (l.isSetPrescriptionDoseGy() && l.getPrescriptionDoseGy() <= 0) {
            ok &= error(d, l, P.getLesion_PrescriptionDoseGy(), who + ": prescription dose " + l.getPrescriptionDoseGy() + " Gy is not positive");
        }
        if (l.isSetVolumeCc() && l.getVolumeCc() < 0) {
            ok &= error(d, l, P.getLesion_VolumeCc(), who + ": volume " + l.getVolumeCc() + " cm³ is negative");
        }
        if (l.isSetTimeToEventMonths() && l.getTimeToEventMonths() < 0) {
            ok &= error(d, l, P.getLesion_TimeToEventMonths(), who + ": time to event " + l.getTimeToEventMonths() + " months is negative");
        }
        return ok;
    }

    private static String label(ReportedMetric m) {
        return m.getLabel() != null && !m.getLabel().isBlank() ? m.getLabel() : m.getKind().getLiteral();
    }

    private static String describe(Study s) {
        if (s.getId() != null && !s.getId().isBlank()) {
            return s.getId();
        }
        return (s.getAuthors() == null ? "?" : s.getAuthors()) + (s.isSetYear() ? " " + s.getYear() : "");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean error(DiagnosticChain d, EObject o, EStructuralFeature f, String message) {
        if (d != null) {
            d.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, message, new Object[] { o, f }));
        }
        return false;
    }

    private static boolean warning(DiagnosticChain d, EObject o, EStructuralFeature f, String message) {
        if (d != null) {
            d.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 0, message, new Object[] { o, f }));
        }
        return true;
    }
}
