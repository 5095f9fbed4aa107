package org.radwb.cli.extract;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.conformance.Conformance;
import org.radwb.extraction.conformance.IbsiReference;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pipeline.IbsiExtractor;
import org.radwb.extraction.pipeline.IbsiSettings;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.io.ImageIO;

/**
 * {@code radwb extract conformance --reference <ibsi-csv> --dataset <name> --image <file> --mask <file>
 * [--params <yaml>] [--label N] [--failures-only]}: prints feature, aggregation, reference, ours, tolerance, pass for
 * every reference row, and a last line {@code N/M within tolerance}.
 */
public final class ExtractConformanceCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path reference = ctx.path(a.required("--reference"));
        String dataset = a.required("--dataset");
        Path image = ctx.path(a.required("--image"));
        Path mask = ctx.path(a.required("--mask"));
        String p = a.optional("--params");
        String label = a.optional("--label");
        boolean failuresOnly = a.flag("--failures-only");
        a.checkAllUsed();
        ParameterFile params = p == null ? ParameterFile.parse("(IBSI defaults)", "mode: ibsi\nsetting:\n  binWidth: 1\n")
                : ParameterFile.read(ctx.path(p));
        List<IbsiReference.Row> refs;
        try (Reader r = Files.newBufferedReader(reference, StandardCharsets.UTF_8)) {
            refs = IbsiReference.read(r, reference.toString(), dataset);
        }
        if (refs.isEmpty()) {
            throw new UsageException("no rows of dataset '" + dataset + "' in " + reference
                    + " (datasets are digital_phantom, config_A ... config_E)");
        }
        LabelMap labels = ImageIO.readLabels(mask);
        var roi = label == null ? labels.nonZero() : labels.select(ExtractCommand.parseLabel(label));
        var result = IbsiExtractor.extract(ImageIO.read(image), roi, IbsiSettings.from(params));
        List<Conformance.Line> lines = Conformance.compare(refs, result.values());
        ctx.out().println("feature,ibsi_code,aggregation,reference,ours,tolerance,pass,note");
        for (Conformance.Line l : lines) {
            if (failuresOnly && l.pass()) {
                continue;
            }
            IbsiReference.Row r = l.ref();
            ctx.out().println(String.join(",", r.tag(), r.code(), r.aggregationCode(), num(r.value()), num(l.ours()),
                    num(l.allowed()), l.pass() ? "yes" : "no", l.reason()));
        }
        for (String n : result.notes()) {
            ctx.err().println("note: " + n);
        }
        ctx.out().println(Conformance.passed(lines) + "/" + Conformance.withReference(lines) + " within tolerance");
        return 0;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
