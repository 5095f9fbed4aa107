package org.radwb.cli.dicom;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.dicom.deid.Deidentifier;
import org.radwb.dicom.deid.FolderDeidentifier;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.ScanResult;

/**
 * {@code radwb dicom deidentify <folder> --out <folder> --key <file> [--mapping <csv>]}: writes a de-identified copy
 * (PS3.15 Annex E basic profile, dates shifted per patient, UIDs remapped) of every DICOM object in the folder.
 */
public final class DicomDeidentifyCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path out = ctx.path(a.required("--out"));
        Path key = ctx.path(a.required("--key"));
        String mapping = a.optional("--mapping");
        boolean keepCharacteristics = a.flag("--keep-patient-characteristics");
        boolean keepDescriptions = a.flag("--keep-descriptions");
        a.checkAllUsed();
        if (a.positional().size() != 1) {
            throw new UsageException("give exactly one DICOM folder to de-identify");
        }
        Deidentifier deid = DicomCli.deidentifier(key, keepCharacteristics, keepDescriptions, ctx.err());
        ScanResult scan = new DicomScanner().scan(ctx.path(a.positional().get(0)));
        FolderDeidentifier.Result r = FolderDeidentifier.run(scan, deid, out);
        if (mapping != null) {
            deid.writeMapping(ctx.path(mapping));
        }
        DicomCli.printProblems(scan.problems(), ctx.err());
        DicomCli.printProblems(r.problems(), ctx.err());
        ctx.out().println("written: " + r.written());
        ctx.out().println("problems: " + (scan.problems().size() + r.problems().size()));
        return scan.problems().isEmpty() && r.problems().isEmpty() ? 0 : 1;
    }
}
