package org.radwb.cli.dicom;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.SeriesLoader;
import org.radwb.dicom.StackPolicy;
import org.radwb.dicom.rt.ContourRasterizer;
import org.radwb.dicom.rt.Roi;
import org.radwb.dicom.rt.RtStructReader;
import org.radwb.dicom.rt.StructureSet;
import org.radwb.dicom.scan.DicomScanner;
import org.radwb.dicom.scan.Instance;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.io.NiftiIO;

/**
 * {@code radwb dicom export-mask --rtstruct <file> --roi <name> --out <mask.nii.gz> [--series <folder>]}: rasterises
 * one ROI on the image series the structure set references (searched in {@code --series}, default the structure
 * set's own folder) and writes a 0/1 NIfTI label mask on that grid.
 */
public final class DicomExportMaskCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path rtstruct = ctx.path(a.required("--rtstruct"));
        String roiName = a.required("--roi");
        Path out = ctx.path(a.required("--out"));
        String seriesArg = a.optional("--series");
        boolean resample = a.flag("--resample");
        a.checkAllUsed();
        StructureSet ss = RtStructReader.read(DicomReader.read(rtstruct));
        Roi roi = ss.roi(roiName);
        if (roi == null) {
            throw new DicomException(rtstruct + ": no ROI named '" + roiName + "'; the structure set holds: "
                    + String.join(", ", ss.rois().stream().map(Roi::name).toList()));
        }
        Path folder = seriesArg != null ? ctx.path(seriesArg) : rtstruct.toAbsolutePath().getParent();
        ScanResult scan = new DicomScanner().scan(folder);
        SeriesEntry se = ss.referencedSeriesUid() != null ? scan.series(ss.referencedSeriesUid()) : null;
        if (se == null && ss.referencedSeriesUid() == null) {
            se = DicomExportImageCommand.pickImageSeries(scan, null, folder);
        }
        if (se == null) {
            throw new DicomException(rtstruct + " references image series " + ss.referencedSeriesUid()
                    + ", which is not in " + folder + " (give its folder with --series)");
        }
        SeriesLoader.LoadedSeries ls = new SeriesLoader(resample ? StackPolicy.RESAMPLE : StackPolicy.REFUSE, 2)
                .load(se.instances().stream().map(Instance::path).toList(), folder.toString());
        ContourRasterizer.Result r = ContourRasterizer.rasterize(roi, ls.volume().geometry(), rtstruct.toString());
        for (String w : r.warnings()) {
            ctx.err().println("warning: " + w);
        }
        int[] labels = new int[r.mask().inside().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = r.mask().inside()[i] ? 1 : 0;
        }
        NiftiIO.writeLabels(new LabelMap(r.mask().geometry(), labels), out);
        ctx.out().println("roi: " + roi.number() + " " + roi.name());
        ctx.out().println("voxels: " + r.mask().count());
        ctx.out().println(String.format(java.util.Locale.ROOT, "volume_cc: %.4f",
                r.mask().count() * r.mask().geometry().voxelVolume() / 1000));
        ctx.out().println("written: " + out);
        return 0;
    }
}
