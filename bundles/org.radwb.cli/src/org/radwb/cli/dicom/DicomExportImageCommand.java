package org.radwb.cli.dicom;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.Instance;
import org.radwb.dicom.scan.PatientEntry;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.dicom.scan.StudyEntry;
import org.radwb.imaging.io.NiftiIO;

/**
 * {@code radwb dicom export-image --series <folder> --out <image.nii.gz> [--uid <series uid>] [--resample]}: writes
 * one image series as NIfTI (LPS geometry converted by the NIfTI writer). The folder must hold one image series,
 * or {@code --uid} picks one. NIfTI files carry no DICOM identifiers.
 */
public final class DicomExportImageCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path folder = ctx.path(a.required("--series"));
        Path out = ctx.path(a.required("--out"));
        String uid = a.optional("--uid");
        boolean resample = a.flag("--resample");
        a.checkAllUsed();
        ScanResult scan = new DicomScanner().scan(folder);
        SeriesEntry se = pickImageSeries(scan, uid, folder);
        SeriesLoader.LoadedSeries ls = new SeriesLoader(resample ? StackPolicy.RESAMPLE : StackPolicy.REFUSE, 2)
                .load(se.instances().stream().map(Instance::path).toList(), folder.toString());
        for (String w : ls.warnings()) {
            ctx.err().println("warning: " + w);
        }
        NiftiIO.write(ls.volume(), out);
        ctx.out().println("series: " + se.seriesInstanceUid());
        ctx.out().println("geometry: " + ls.volume().geometry());
        ctx.out().println("written: " + out);
        return 0;
    }

    static SeriesEntry pickImageSeries(ScanResult scan, String uid, Path folder) throws DicomException, UsageException {
        List<SeriesEntry> images = new java.util.ArrayList<>();
        for (PatientEntry p : scan.patients()) {
            for (StudyEntry st : p.studies()) {
                for (SeriesEntry se : st.series()) {
                    if (se.rows() > 0 && !se.modality().equals("RTDOSE") && !se.modality().equals("SEG")
                            && (uid == null || uid.equals(se.seriesInstanceUid()))) {
                        images.add(se);
                    }
                }
            }
        }
        if (images.isEmpty()) {
            throw new DicomException(folder + ": no image series" + (uid == null ? "" : " with UID " + uid)
                    + (scan.problems().isEmpty() ? "" : "; problems: " + String.join("; ", scan.problems())));
        }
        if (images.size() > 1) {
            StringBuilder b = new StringBuilder(folder + " holds " + images.size() + " image series; pick one with --uid:");
            for (SeriesEntry se : images) {
                b.append("\n  ").append(se.seriesInstanceUid()).append(" ").append(se.modality()).append(" \"")
                        .append(se.description()).append("\" ").append(se.size()).append(" file(s)");
            }
            throw new UsageException(b.toString());
        }
        return images.get(0);
    }
}
