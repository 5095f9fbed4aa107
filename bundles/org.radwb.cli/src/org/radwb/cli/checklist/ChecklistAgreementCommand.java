package org.radwb.cli.checklist;

import java.nio.file.Path;
import java.util.List;

import org.radwb.checklist.AgreementReport;
import org.radwb.checklist.ChecklistAgreement;
import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.agreement.IntraclassCorrelation;
import org.radwb.checklist.io.AnswerCsv;
import org.radwb.checklist.io.AnswerTable;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.checklist.io.CsvInputException;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;

/**
 * {@code radwb checklist agreement --checklist <id> --answers <file.csv> [--out <file.csv>]}: per item percent
 * agreement and kappa (Cohen for two raters, quadratic-weighted for ordinal items, Fleiss for more), then the
 * ICC(2,1) of the totals with its 95 % confidence interval.
 */
public final class ChecklistAgreementCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String id = a.required("--checklist");
        Path answers = ctx.path(a.required("--answers"));
        String out = a.optional("--out");
        a.checkAllUsed();
        ChecklistDescriptor d = ChecklistLookup.find(id);
        AnswerTable table;
        try {
            // independent appraisals may be partial; agreement uses the items both raters answered
            table = AnswerCsv.read(answers, d.checklist(), ScoringOptions.DRAFT);
        } catch (CsvInputException e) {
            ctx.err().println("radwb checklist agreement: " + e.getMessage());
            return 1;
        }
        AgreementReport report;
        try {
            report = ChecklistAgreement.compute(d.checklist(), table.ratings());
        } catch (IllegalArgumentException e) {
            ctx.err().println("radwb checklist agreement: " + answers + ": " + e.getMessage());
            return 1;
        }
        String csv = ChecklistCsv.toCsv(ChecklistCsv.AGREEMENT_COLUMNS, ChecklistCsv.agreementRows(report));
        if (out == null) {
            ctx.out().print(csv);
        } else {
            ChecklistCsv.writeAtomically(ctx.path(out), csv);
            ctx.out().println("file: " + ctx.path(out));
        }
        ctx.out().println("raters: " + String.join(", ", report.raters()));
        ctx.out().println("studies rated by all raters: " + report.studies().size());
        IntraclassCorrelation icc = report.totals();
        if (icc == null) {
            ctx.out().println("icc21_totals: NA (needs at least 2 studies)");
        } else {
            ctx.out().println("icc21_totals: " + ChecklistCsv.number(icc.value()) + " (95% CI "
                    + ChecklistCsv.number(icc.lower()) + " to " + ChecklistCsv.number(icc.upper()) + ", F = "
                    + ChecklistCsv.number(icc.f()) + ", p = " + String.format(java.util.Locale.ROOT, "%.3g", icc.p()) + ")");
        }
        return 0;
    }
}
