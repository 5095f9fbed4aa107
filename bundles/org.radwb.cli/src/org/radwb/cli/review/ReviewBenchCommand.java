package org.radwb.cli.review;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.model.Lesion;
import org.radwb.model.MetricKind;
import org.radwb.model.Patient;
import org.radwb.model.ReportedMetric;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.Study;
import org.radwb.model.StudyDesign;
import org.radwb.model.persistence.ReviewStore;

/**
 * {@code radwb review bench}: saves and loads a large synthetic review (default 10,000 studies and 100,000
 * lesions) and prints the times and the heap the loaded review occupies. A benchmark, not a test.
 */
public final class ReviewBenchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        int studies = a.intOr("--studies", 10_000);
        int lesions = a.intOr("--lesions", 100_000);
        int rounds = a.intOr("--rounds", 3);
        String dirArg = a.optional("--dir");
        a.checkAllUsed();
        Path dir = dirArg != null ? ctx.path(dirArg) : Files.createTempDirectory("radwb-bench");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long heapBefore = usedHeap(memory);
        Review review = build(studies, lesions);
        long heapModel = usedHeap(memory) - heapBefore;

        long bestSave = Long.MAX_VALUE;
        long bestLoad = Long.MAX_VALUE;
        long heapLoaded = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            ReviewStore.save(review, dir);
            bestSave = Math.min(bestSave, System.nanoTime() - t0);
        }
        review = null;
        for (int r = 0; r < rounds; r++) {
            long h0 = usedHeap(memory);
            long t0 = System.nanoTime();
            Review loaded = ReviewStore.load(dir);
            bestLoad = Math.min(bestLoad, System.nanoTime() - t0);
            heapLoaded = usedHeap(memory) - h0;
            int loadedLesions = loaded.getStudies().stream().flatMap(x -> x.getPatients().stream())
                    .mapToInt(p -> p.getLesions().size()).sum();
            if (loaded.getStudies().size() != studies || loadedLesions != lesions) {
                throw new IllegalStateException("loaded " + loaded.getStudies().size() + " studies and " + loadedLesions
                        + " lesions, expected " + studies + " and " + lesions);
            }
        }
        ctx.out().println("studies: " + studies);
        ctx.out().println("lesions: " + lesions);
        ctx.out().println("file_mb: " + String.format(java.util.Locale.ROOT, "%.1f", Files.size(ReviewStore.modelFile(dir)) / 1e6));
        ctx.out().println("save_ms: " + bestSave / 1_000_000);
        ctx.out().println("load_ms: " + bestLoad / 1_000_000);
        ctx.out().println("heap_model_mb: " + heapModel / (1 << 20));
        ctx.out().println("heap_loaded_mb: " + heapLoaded / (1 << 20));
        ctx.out().println("max_heap_mb: " + Runtime.getRuntime().maxMemory() / (1 << 20));
        ctx.out().println("rounds: " + rounds + " (best time reported)");
        return 0;
    }

    private static long usedHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static Review build(int studies, int lesions) {
        ReviewFactory f = ReviewFactory.eINSTANCE;
        Random random = new Random(42);
        Review review = f.createReview();
        review.setTitle("benchmark");
        int lesionsLeft = lesions;
        for (int s = 0; s < studies; s++) {
            Study study = f.createStudy();
            study.setId("S" + s);
            study.setAuthors("Author " + s + ", Coauthor " + (s * 7 % 101));
            study.setYear(2015 + random.nextInt(10));
            study.setTitle("Radiomics of brain metastases after stereotactic radiosurgery, cohort " + s);
            study.setDesign(StudyDesign.RETROSPECTIVE);
            review.getStudies().add(study);
            study.getSequences().addAll(List.of("CE-T1W", "T2W", "FLAIR"));
            study.getFieldStrengths().add(1.5);
            ReportedMetric auc = f.createReportedMetric();
            auc.setKind(MetricKind.AUC_RADIOMIC);
            auc.setValue(0.7 + 0.2 * random.nextDouble());
            study.getResults().add(auc);
            int own = lesionsLeft / (studies - s);
            lesionsLeft -= own;
            int patients = Math.max(1, own / 2);
            study.setPatientCount(patients);
            study.setLesionCount(own);
            for (int p = 0, l = 0; p < patients; p++) {
                Patient patient = f.createPatient();
                patient.setId("P" + s + "-" + p);
                patient.setAge(40 + random.nextInt(40));
                patient.setKps(70 + 10 * random.nextInt(4));
                study.getPatients().add(patient);
                int mine = p == patients - 1 ? own - l : Math.min(2, own - l);
                for (int k = 0; k < mine; k++, l++) {
                    Lesion lesion = f.createLesion();
                    lesion.setId("L" + l);
                    lesion.setVolumeCc(0.1 + 5 * random.nextDouble());
                    lesion.setPrescriptionDoseGy(18 + random.nextInt(7));
                    lesion.setIsodoseLinePercent(50);
                    lesion.setLocalFailure(random.nextBoolean());
                    lesion.setTimeToEventMonths(24 * random.nextDouble());
                    patient.getLesions().add(lesion);
                }
            }
        }
        return review;
    }
}
