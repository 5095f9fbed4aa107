package org.radwb.cli.extract;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.BatchRunner;
import org.radwb.extraction.run.Bench;
import org.radwb.extraction.run.Mode;

/**
 * {@code radwb extract bench (--image <file> [--mask <file>] [--lesion-cc 2] | --cases <csv> | --synthetic 512x512x300
 * --lesion-cc 50) [--repeat 20] [--batch 40] [--jobs N] [--work <folder>] [--params <yaml>] [--mode ...]}: per-case
 * feature time, batch throughput and heap. The batch gives every case its own files: with {@code --image}, the bench
 * writes {@code --batch} copies of the image and as many distinct spherical lesion masks (or copies of {@code --mask})
 * to {@code --work} (default: a temporary folder, deleted afterwards); with {@code --cases}, it runs that batch file.
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
        String casesCsv = a.optional("--cases");
        ParameterFile params = ExtractCommand.params(a, ctx);
        Mode mode = ExtractCommand.mode(a, params);
        a.checkAllUsed();
        if ((image != null ? 1 : 0) + (synthetic != null ? 1 : 0) + (casesCsv != null ? 1 : 0) != 1) {
            throw new UsageException("give one of --image <file>, --cases <csv> or --synthetic NXxNYxNZ");
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
        Path cases = casesCsv == null ? null : ctx.path(casesCsv);
        if (cases != null) { // the single-thread figure uses the batch's first case
            List<BatchRunner.Case> first = BatchRunner.readCases(cases);
            if (first.isEmpty()) {
                throw new UsageException(casesCsv + " has no cases");
            }
            img = first.get(0).image();
            msk = first.get(0).mask();
            if (first.get(0).label() != null) {
                label = first.get(0).label();
            }
        }
        Bench.run(new Bench.Options(img, msk, label, cc, dims, Math.max(1, repeat), batch, Math.max(1, jobs), params, mode, cases,
                work == null ? null : ctx.path(work)), ctx.out());
        return 0;
    }
}
