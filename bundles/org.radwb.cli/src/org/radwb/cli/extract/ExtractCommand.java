package org.radwb.cli.extract;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.CaseResult;
import org.radwb.extraction.run.Extraction;
import org.radwb.extraction.run.Mode;
import org.radwb.extraction.run.ResultCsv;

/**
 * {@code radwb extract --image <file> --mask <file> [--label N | --all-labels] [--params <yaml>]
 * [--mode ibsi|pyradiomics] [--out <csv>] [--format wide|long]}: one row per (image, mask, label).
 */
public final class ExtractCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        Path image = ctx.path(a.required("--image"));
        Path mask = ctx.path(a.required("--mask"));
        boolean all = a.flag("--all-labels");
        String label = a.optional("--label");
        if (all && label != null) {
            throw new UsageException("give either --label N or --all-labels, not both");
        }
        ParameterFile params = params(a, ctx);
        Mode mode = mode(a, params);
        String out = a.optional("--out");
        String format = a.optional("--format", "wide");
        if (!format.equals("wide") && !format.equals("long")) {
            throw new UsageException("--format must be wide or long, got '" + format + "'");
        }
        a.checkAllUsed();
        // without --label, the parameter file's PyRadiomics setting 'label' (default 1)
        Extraction.Labels labels = all ? Extraction.Labels.everyLabel()
                : Extraction.Labels.of(label == null ? (int) params.number("label", 1) : parseLabel(label));
        List<CaseResult> results = Extraction.run(image, mask, labels, params, mode);
        write(results, params, format, out == null ? null : ctx.path(out), ctx);
        int failed = 0;
        for (CaseResult r : results) {
            for (String n : r.notes()) {
                ctx.err().println("note: label " + r.label() + ": " + n);
            }
            if (!r.ok()) {
                failed++;
                ctx.err().println("error: " + r.image() + " / " + r.mask() + " label " + r.label() + ": " + r.error());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static int parseLabel(String s) throws UsageException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--label expects a whole number, got '" + s + "'");
        }
    }

    static ParameterFile params(Args a, CommandContext ctx) throws UsageException, IOException {
        String p = a.optional("--params");
        return p == null ? ParameterFile.defaults() : ParameterFile.read(ctx.path(p));
    }

    static Mode mode(Args a, ParameterFile params) throws UsageException {
        try {
            return Extraction.modeOf(a.optional("--mode"), params);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mode: " + e.getMessage());
        }
    }

    /** Writes the CSV to a file (plus a provenance sidecar {@code <out>.provenance.yaml}) or to standard output. */
    static void write(List<CaseResult> results, ParameterFile params, String format, Path out, CommandContext ctx) throws IOException {
        if (out == null) {
            Writer w = new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8);
            emit(results, format, w);
            w.flush();
            return;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            emit(results, format, w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path prov = out.resolveSibling(out.getFileName() + ".provenance.yaml");
        try (Writer w = Files.newBufferedWriter(prov, StandardCharsets.UTF_8)) {
            ResultCsv.writeProvenance(results, params.source, params.text, w);
        }
        ctx.err().println("wrote " + out + " (" + results.size() + " row(s)) and " + prov.getFileName());
    }

    private static void emit(List<CaseResult> results, String format, Writer w) throws IOException {
        if (format.equals("long")) {
            ResultCsv.writeLong(results, w);
        } else {
            ResultCsv.writeWide(results, w);
        }
    }
}
