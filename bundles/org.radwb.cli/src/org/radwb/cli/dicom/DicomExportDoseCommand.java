package org.radwb.cli.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.rt.DoseGrid;
import org.radwb.dicom.rt.DoseResampler;
import org.radwb.dicom.rt.RtDoseReader;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.Instance;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.NiftiIO;

/**
 * {@code radwb dicom export-dose --rtdose <file> --out <dose.nii.gz> [--series <folder> [--uid <uid>]]}: writes the
 * dose in Gy as NIfTI, on its own grid or (with {@code --series}) resampled trilinearly onto that image series'
 * grid, so dosiomic features can be extracted with the image's masks. Voxels outside the dose grid are NaN.
 */
public final class DicomExportDoseCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path rtdose = ctx.path(a.required("--rtdose"));
        Path out = ctx.path(a.required("--out"));
        String series = a.optional("--series");
        String uid = a.optional("--uid");
        a.checkAllUsed();
        DoseGrid g = RtDoseReader.read(DicomReader.read(rtdose));
        for (String w : g.warnings()) {
            ctx.err().println("warning: " + w);
        }
        Volume dose = g.dose();
        if (series != null) {
            Path folder = ctx.path(series);
            SeriesEntry se = DicomExportImageCommand.pickImageSeries(new DicomScanner().scan(folder), uid, folder);
            if (g.frameOfReferenceUid() != null && se.frameOfReferenceUid() != null
                    && !g.frameOfReferenceUid().equals(se.frameOfReferenceUid())) {
                ctx.err().println("warning: the dose's frame of reference " + g.frameOfReferenceUid()
                        + " differs from the series' " + se.frameOfReferenceUid() + "; positions may not correspond");
            }
            Volume image = new SeriesLoader(StackPolicy.REFUSE, 2)
                    .load(se.instances().stream().map(Instance::path).toList(), folder.toString()).volume();
            dose = DoseResampler.resample(g.dose(), image.geometry());
        }
        NiftiIO.write(dose, out);
        double max = 0;
        for (float v : dose.voxels()) {
            if (v > max) {
                max = v;
            }
        }
        ctx.out().println("units: " + g.units());
        ctx.out().println(String.format(Locale.ROOT, "max: %.4f", max));
        ctx.out().println("geometry: " + dose.geometry());
        ctx.out().println("written: " + out);
        return 0;
    }
}
