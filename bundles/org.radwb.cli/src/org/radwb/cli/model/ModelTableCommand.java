package org.radwb.cli.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.Review;
import org.radwb.model.Study;
import org.radwb.model.persistence.ReviewStore;

/**
 * {@code radwb model table}: writes the modelling table of a study from the review, one row per lesion: patient and
 * lesion ids, the clinical variables (age, KPS, extracranial disease, volume, dose, isodose line, fractions), the
 * radiomic features of one feature set per lesion (the lesion's own, else none), and the outcomes (local failure;
 * time to event in months with event = not censored). Unknown values are left empty (missing).
 */
public final class ModelTableCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path reviewFolder = ctx.path(a.required("--review"));
        String studyId = a.required("--study");
        String engine = a.optional("--engine");
        Path out = ctx.path(a.required("--out"));
        a.checkAllUsed();
        Review review = ReviewStore.load(reviewFolder);
        Study study = review.getStudies().stream().filter(s -> studyId.equals(s.getId())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("review " + reviewFolder + " has no study '" + studyId + "'"));
        Set<String> featureNames = new LinkedHashSet<>();
        List<Map<String, String>> rows = new ArrayList<>();
        int withoutFeatures = 0;
        for (Patient p : study.getPatients()) {
            for (Lesion l : p.getLesions()) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("patient", p.getId());
                r.put("lesion", l.getId());
                r.put("age", p.isSetAge() ? Double.toString(p.getAge()) : "");
                r.put("kps", p.isSetKps() ? Integer.toString(p.getKps()) : "");
                r.put("extracranial_disease", p.isSetExtracranialDisease() ? (p.isExtracranialDisease() ? "1" : "0") : "");
                r.put("volume_cc", l.isSetVolumeCc() ? Double.toString(l.getVolumeCc()) : "");
                r.put("dose_gy", l.isSetPrescriptionDoseGy() ? Double.toString(l.getPrescriptionDoseGy()) : "");
                r.put("isodose_percent", l.isSetIsodoseLinePercent() ? Double.toString(l.getIsodoseLinePercent()) : "");
                r.put("fractions", l.isSetFractions() ? Integer.toString(l.getFractions()) : "");
                FeatureSet fs = l.getFeatureSets().stream().filter(f -> engine == null || engine.equals(f.getEngine())).findFirst().orElse(null);
                if (fs == null) {
                    withoutFeatures++;
                } else {
                    for (FeatureValue v : fs.getValues()) {
                        String name = v.getAggregation() == null || v.getAggregation().isBlank() ? v.getName() : v.getName() + "_" + v.getAggregation();
                        featureNames.add(name);
                        r.put(name, Double.toString(v.getValue()));
                    }
                }
                r.put("local_failure", l.isSetLocalFailure() ? (l.isLocalFailure() ? "1" : "0") : "");
                r.put("time_months", l.isSetTimeToEventMonths() ? Double.toString(l.getTimeToEventMonths()) : "");
                r.put("event", l.isSetCensored() ? (l.isCensored() ? "0" : "1") : "");
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("study '" + studyId + "' has no lesions");
        }
        List<String> header = new ArrayList<>(List.of("patient", "lesion", "age", "kps", "extracranial_disease", "volume_cc", "dose_gy",
                "isodose_percent", "fractions"));
        header.addAll(featureNames);
        header.addAll(List.of("local_failure", "time_months", "event"));
        StringBuilder s = new StringBuilder(String.join(",", header.stream().map(ModelTableCommand::csv).toList())).append('\n');
        for (Map<String, String> r : rows) {
            s.append(String.join(",", header.stream().map(h -> csv(r.getOrDefault(h, ""))).toList())).append('\n');
        }
        Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
        ctx.out().println(rows.size() + " lesions, " + featureNames.size() + " features" + (withoutFeatures > 0 ? ", " + withoutFeatures
                + " lesions without a feature set (their feature cells are empty)" : "") + "; written: " + out);
        return 0;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
