package org.radwb.cli.checklist;

import java.nio.file.Path;
import java.util.List;

import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ScoringOptions;
import org.radwb.checklist.io.AnswerCsv;
import org.radwb.checklist.io.AnswerTable;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.checklist.io.CsvInputException;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.cli.UsageException;

/**
 * {@code radwb checklist score --checklist <id> --answers <file.csv> [--out <file.csv>] [--floor yes|no] [--partial]}:
 * one row per study and rater, {@code study_id,rater,total,min,max,percent}. Any bad row fails the whole
 * command before anything is written.
 */
public final class ChecklistScoreCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String id = a.required("--checklist");
        Path answers = ctx.path(a.required("--answers"));
        String out = a.optional("--out");
        String floor = a.optional("--floor");
        boolean partial = a.flag("--partial");
        a.checkAllUsed();
        Boolean floorAtZero = null;
        if (floor != null) {
            if (!floor.equals("yes") && !floor.equals("no")) {
                throw new UsageException("option --floor expects 'yes' or 'no', got '" + floor + "'");
            }
            floorAtZero = floor.equals("yes");
        }
        ChecklistDescriptor d = ChecklistLookup.find(id);
        ScoringOptions options = new ScoringOptions(floorAtZero, !partial);
        AnswerTable table;
        try {
            table = AnswerCsv.read(answers, d.checklist(), options);
        } catch (CsvInputException e) {
            ctx.err().println("radwb checklist score: " + e.getMessage());
            return 1;
        }
        String csv = ChecklistCsv.toCsv(ChecklistCsv.SCORE_COLUMNS, ChecklistCsv.scoreRows(d, table, options));
        if (out == null) {
            ctx.out().print(csv);
        } else {
            Path file = ctx.path(out);
            ChecklistCsv.writeAtomically(file, csv);
            ctx.out().println("scored: " + table.ratings().size() + " assessments with " + d.id() + " " + d.version());
            ctx.out().println("file: " + file);
        }
        return 0;
    }
}
