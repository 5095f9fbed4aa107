package org.radwb.cli.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.modeling.data.CsvTable;
import org.radwb.modeling.selection.IccTable;

/**
 * {@code radwb model icc}: per-feature ICC from repeated segmentations or test-retest scans (one row per lesion and
 * rater), written as the {@code feature,icc} table that {@code model train --select icc:<min> --icc <csv>} reads.
 */
public final class IccCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path ratings = ctx.path(a.required("--ratings"));
        String subject = a.required("--lesion");
        String rater = a.required("--rater");
        String features = a.optional("--features");
        String kind = a.optional("--kind", "icc31");
        Path out = ctx.path(a.required("--out"));
        a.checkAllUsed();
        IccTable.Kind k = switch (kind) {
            case "icc31" -> IccTable.Kind.ICC31;
            case "icc21" -> IccTable.Kind.ICC21;
            default -> throw new UsageException("--kind must be icc31 (consistency) or icc21 (absolute agreement), got '" + kind + "'");
        };
        List<String> names = features == null ? List.of() : Arrays.stream(features.split(",")).map(String::strip).toList();
        Map<String, Double> icc = IccTable.compute(CsvTable.read(ratings), subject, rater, names, k);
        StringBuilder s = new StringBuilder("feature,icc\n");
        icc.forEach((f, v) -> s.append(f.contains(",") ? '"' + f.replace("\"", "\"\"") + '"' : f).append(',').append(v).append('\n'));
        Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
        long robust = icc.values().stream().filter(v -> v >= 0.75).count();
        ctx.out().println(icc.size() + " features, " + robust + " with " + kind + " >= 0.75; written: " + out);
        return 0;
    }
}
