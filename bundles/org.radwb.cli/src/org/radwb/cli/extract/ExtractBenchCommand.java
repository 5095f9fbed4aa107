package org.radwb.cli.extract;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.Bench;
import org.radwb.extraction.run.Mode;

/**
 * {@code radwb extract bench (--image <file> (--mask <file> | --lesion-cc 2) | --synthetic 512x512x300 --lesion-cc 50)
 * [--repeat 20] [--batch 40] [--jobs N] [--params <yaml>] [--mode ...]}: per-case feature time, batch throughput
 * (each case reads its files) and heap. With {@code --lesion-cc} and an image, a spherical lesion mask is written
 * next to the output folder {@code --work} (default: a temporary folder) so batch cases read it like a real mask.
 */
public final class ExtractBenchCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String image = a.optional("--image");
        String mask = a.optional("--mask");
        String synthetic = a.optional("--synthetic");
        double cc = a.doubleOr("--lesion-cc", 2);
        int repeat = a.intOr("--repeat", 20);
        int batch = a.intOr("--batch", 40);
        int jobs = a.intOr("--jobs", Runtime.getRuntime().availableProcessors());
        int label = a.intOr("--label", 1);
        String work = a.optional("--work");
        ParameterFile params = ExtractCommand.params(a, ctx);
        Mode mode = ExtractCommand.mode(a, params);
        a.checkAllUsed();
        if ((image == null) == (synthetic == null)) {
            throw new UsageException("give --image <file> or --synthetic NXxNYxNZ");
        }
        int[] dims = null;
        if (synthetic != null) {
            String[] d = synthetic.split("x");
            if (d.length != 3) {
                throw new UsageException("--synthetic expects NXxNYxNZ, e.g. 512x512x300");
            }
            dims = new int[] { Integer.parseInt(d[0]), Integer.parseInt(d[1]), Integer.parseInt(d[2]) };
        }
        Path img = image == null ? null : ctx.path(image);
        Path msk = mask == null ? null : ctx.path(mask);
        if (img != null && msk == null) {
            Path dir = work == null ? java.nio.file.Files.createTempDirectory("radwb-bench") : ctx.path(work);
            msk = Bench.writeSphereMask(img, cc, dir.resolve("lesion-" + cc + "cc.nii.gz"));
            ctx.err().println("wrote a " + cc + " cm3 spherical lesion mask: " + msk);
        }
        Bench.run(new Bench.Options(img, msk, label, cc, dims, Math.max(1, repeat), batch, Math.max(1, jobs), params, mode), ctx.out());
        return 0;
    }
}
