package org.radwb.cli.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.VoxelMaps;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/**
 * {@code radwb extract voxel-map --image <file> --mask <file> --class glcm|glrlm|glszm|gldm|ngtdm --out-dir <dir>
 * [--label N] [--kernel-radius 1] [--params <yaml>]}: PyRadiomics-style voxel-based feature maps, one NIfTI per
 * feature on the image grid (NaN outside the ROI).
 */
public final class ExtractVoxelMapCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path image = ctx.path(a.required("--image"));
        Path mask = ctx.path(a.required("--mask"));
        String cls = a.required("--class");
        Path out = ctx.path(a.required("--out-dir"));
        String label = a.optional("--label");
        int radius = a.intOr("--kernel-radius", -1);
        ParameterFile params = ExtractCommand.params(a, ctx);
        a.checkAllUsed();
        if (radius != -1 && radius < 1) {
            throw new UsageException("--kernel-radius must be at least 1, got " + radius);
        }
        Map<String, Object> settings = new LinkedHashMap<>(params.settings);
        if (radius > 0) {
            settings.put("kernelRadius", (long) radius);
        }
        StringBuilder yaml = new StringBuilder("setting:\n");
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            yaml.append("  ").append(e.getKey()).append(": ").append(e.getValue() == null ? "null" : e.getValue()).append('\n');
        }
        ParameterFile effective = ParameterFile.parse(params.source, yaml.toString());
        int lab = label == null ? (int) params.number("label", 1) : ExtractCommand.parseLabel(label);
        Volume img = ImageIO.read(image);
        var roi = ImageIO.readLabels(mask).select(lab);
        long t0 = System.nanoTime();
        Map<String, Volume> maps = VoxelMaps.compute(img, roi, cls, effective);
        double s = (System.nanoTime() - t0) / 1e9;
        List<Path> files = VoxelMaps.write(maps, out);
        ctx.err().printf("%d %s maps for %d ROI voxels (kernel radius %s) in %.2f s; written to %s%n", files.size(), cls,
                roi.count(), settings.getOrDefault("kernelRadius", 1), s, out);
        for (Path f : files) {
            ctx.out().println(f);
        }
        return 0;
    }
}
