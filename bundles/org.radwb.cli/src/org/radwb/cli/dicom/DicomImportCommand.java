package org.radwb.cli.dicom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.cohort.CohortImport;
import org.radwb.dicom.cohort.CohortImporter;
import org.radwb.dicom.cohort.Progress;
import org.radwb.dicom.deid.Deidentifier;
import org.radwb.dicom.review.ReviewImporter;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.persistence.ReviewStore;

/**
 * {@code radwb dicom import --review <folder> <dicom-folder> [--deidentify [--key <file>] [--mapping <csv>]]}: scans
 * the DICOM folder and imports its patients, image series and ROIs (one lesion each) with dose statistics into
 * the review. Problems are listed and confined to their patient/series/ROI; the review is saved when at least one
 * patient was imported. Exit code 0 if everything imported, 1 if anything was skipped.
 */
public final class DicomImportCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path project = ctx.path(a.required("--review"));
        String dicomArg = a.optional("--dicom");
        boolean deidentify = a.flag("--deidentify");
        String keyArg = a.optional("--key");
        String mappingArg = a.optional("--mapping");
        String studyId = a.optional("--study", "dicom-import");
        boolean nifti = a.flag("--nifti");
        boolean resample = a.flag("--resample");
        boolean create = a.flag("--create");
        boolean keepCharacteristics = a.flag("--keep-patient-characteristics");
        boolean keepDescriptions = a.flag("--keep-descriptions");
        double prescription = a.doubleOr("--prescription", Double.NaN);
        int threads = a.intOr("--threads", 2);
        a.checkAllUsed();
        if (dicomArg == null) {
            if (a.positional().size() != 1) {
                throw new UsageException("give the DICOM folder (after --review <folder>, or as --dicom <folder>)");
            }
            dicomArg = a.positional().get(0);
        }
        if (!deidentify && (keyArg != null || mappingArg != null)) {
            throw new UsageException("--key and --mapping only apply with --deidentify");
        }
        Review review;
        if (ReviewStore.isReview(project)) {
            review = ReviewStore.load(project);
        } else if (create) {
            Files.createDirectories(project);
            review = ReviewFactory.eINSTANCE.createReview();
            review.setTitle(project.getFileName().toString());
        } else {
            throw new java.nio.file.NoSuchFileException(project.toString(), null,
                    "no review in this folder; add --create to start a new one");
        }
        Path keyFile = keyArg != null ? ctx.path(keyArg) : DicomCli.defaultKeyFile();
        if (deidentify && keyFile.toAbsolutePath().startsWith(project.toAbsolutePath())) {
            throw new UsageException("--key must be outside the review folder: with it the pseudonyms can be recomputed");
        }
        Deidentifier deid = deidentify
                ? DicomCli.deidentifier(keyFile, keepCharacteristics, keepDescriptions, ctx.err())
                : null;
        long t0 = System.nanoTime();
        ScanResult scan = new DicomScanner(threads).scan(ctx.path(dicomArg));
        // de-identified projects hold NIfTI copies: the original DICOM paths and files carry identities
        Path niftiFolder = nifti || deidentify ? project.resolve("images") : null;
        CohortImport imp = new CohortImporter(new CohortImporter.Options(
                resample ? StackPolicy.RESAMPLE : StackPolicy.REFUSE, deid, niftiFolder, prescription, threads))
                .run(scan, new Progress() {
                    @Override
                    public void worked(String task, int done, int total) {
                        ctx.err().println("importing " + task + " (" + (done + 1) + "/" + total + ")");
                    }

                    @Override
                    public boolean isCanceled() {
                        return false;
                    }
                });
        ReviewImporter.Added added = ReviewImporter.apply(imp, review, studyId, project);
        if (!imp.patients().isEmpty()) {
            ReviewStore.save(review, project);
        }
        if (deid != null && mappingArg != null) {
            Path mapping = ctx.path(mappingArg);
            if (mapping.toAbsolutePath().startsWith(project.toAbsolutePath())) {
                throw new UsageException("--mapping must be outside the review folder: it re-identifies the patients");
            }
            deid.writeMapping(mapping);
            ctx.err().println("note: re-identification mapping written to " + mapping);
        }
        for (String w : imp.warnings()) {
            ctx.err().println("warning: " + w);
        }
        DicomCli.printProblems(imp.problems(), ctx.err());
        ctx.out().println("patients: " + imp.patients().size() + " (" + added.patients() + " new)");
        ctx.out().println("series: " + imp.seriesCount() + " (" + added.series() + " new)");
        ctx.out().println("lesions: " + imp.lesionCount() + " (" + added.lesions() + " new)");
        ctx.out().println("problems: " + imp.problems().size());
        ctx.out().println("deidentified: " + (deid != null));
        ctx.out().println("seconds: " + String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
        return imp.problems().isEmpty() ? 0 : 1;
    }
}
