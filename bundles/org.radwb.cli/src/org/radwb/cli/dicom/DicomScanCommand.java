package org.radwb.cli.dicom;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.dicom.rt.Roi;
import org.radwb.dicom.rt.StructureSet;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.PatientEntry;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.dicom.scan.StudyEntry;

/**
 * {@code radwb dicom scan <folder>}: lists patients, studies, series (modality, description, size) and structure
 * sets with their ROIs, then every file that could not be read. Exit code 0 even with unreadable files (they are
 * listed); 1 if nothing DICOM was found.
 */
public final class DicomScanCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        int threads = a.intOr("--threads", 2);
        a.checkAllUsed();
        if (a.positional().size() != 1) {
            throw new UsageException("give exactly one folder to scan");
        }
        Path root = ctx.path(a.positional().get(0));
        ScanResult scan = new DicomScanner(threads).scan(root);
        print(scan, ctx.out());
        DicomCli.printProblems(scan.problems(), ctx.err());
        return scan.patients().isEmpty() ? 1 : 0;
    }

    static void print(ScanResult scan, PrintStream out) {
        out.println("folder: " + scan.root() + (scan.usedDicomdir() ? " (DICOMDIR)" : ""));
        out.println("files: " + scan.files() + ", not DICOM: " + scan.skippedNonDicom() + ", unreadable: "
                + scan.problems().size());
        for (PatientEntry p : scan.patients()) {
            out.println("patient " + p.patientId() + " " + p.patientName());
            for (StudyEntry st : p.studies()) {
                out.println("  study " + st.studyInstanceUid() + " " + st.date() + " " + st.description());
                for (SeriesEntry se : st.series()) {
                    String size = se.rows() > 0 ? String.format(Locale.ROOT, " %dx%d", se.columns(), se.rows()) : "";
                    out.println(String.format(Locale.ROOT, "    series %d %s \"%s\" %d file(s)%s %s", se.number(),
                            se.modality(), se.description(), se.size(), size, se.seriesInstanceUid()));
                    for (StructureSet ss : se.structureSets()) {
                        out.println("      structure set \"" + (ss.label() == null ? "" : ss.label()) + "\" on series "
                                + ss.referencedSeriesUid() + ": " + ss.rois().size() + " ROI(s)");
                        for (Roi r : ss.rois()) {
                            out.println(String.format(Locale.ROOT, "        ROI %d \"%s\"%s, %d contour(s)", r.number(),
                                    r.name(), r.interpretedType() == null ? "" : " " + r.interpretedType(),
                                    r.contours().size()));
                        }
                    }
                }
            }
        }
    }
}
