package org.radwb.model.tests;

import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.MetricKind;
import org.radwb.model.Patient;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Segmentation;
import org.radwb.model.Sex;
import org.radwb.model.Study;
import org.radwb.model.TreatmentModality;

/** A small review touching every kind of object, set and unset values, and a cross-reference. */
final class Reviews {

    private Reviews() {
    }

    static Review sample() {
        ReviewFactory f = ReviewFactory.eINSTANCE;
        Review r = f.createReview();
        r.setTitle("Sample — ünïcode & <markup>");
        r.setPrisma(f.createPrismaFlow());
        r.getPrisma().setDuplicatesRemoved(3);
        Study s = f.createStudy();
        s.setId("Doe2022");
        s.setYear(2022);
        s.setPatientCount(10);
        s.setLesionCount(14);
        s.setTreatment(TreatmentModality.GAMMA_KNIFE);
        s.getSequences().add("CE-T1W");
        s.getFieldStrengths().add(1.5);
        s.getFieldStrengths().add(3.0);
        s.setTrainPercent(70);
        ReportedMetric m = f.createReportedMetric();
        m.setKind(MetricKind.AUC_RADIOMIC);
        m.setValue(0.0); // a reported zero is not "not reported"
        s.getResults().add(m);
        r.getStudies().add(s);
        Patient p = f.createPatient();
        p.setId("P1");
        p.setSex(Sex.FEMALE);
        p.setKps(90);
        p.setExtracranialDisease(false);
        s.getPatients().add(p);
        ImageSeries img = f.createImageSeries();
        img.setId("T1C");
        img.setPath("images/P1/t1c.nii.gz");
        p.getImages().add(img);
        Lesion l = f.createLesion();
        l.setId("L1");
        l.setPrescriptionDoseGy(20);
        l.setLocalFailure(false);
        p.getLesions().add(l);
        Segmentation seg = f.createSegmentation();
        seg.setId("S1");
        seg.setLabel(1);
        seg.setImage(img);
        l.getSegmentations().add(seg);
        return r;
    }
}
