package org.radwb.cli.checklist;

import java.nio.file.Path;
import java.util.List;

import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;

/**
 * {@code radwb checklist template --checklist <id> --out <file.csv>}: one row per option with columns
 * {@code item_id,item_title,domain,option_id,option_label,points}.
 */
public final class ChecklistTemplateCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String id = a.required("--checklist");
        Path out = ctx.path(a.required("--out"));
        a.checkAllUsed();
        ChecklistDescriptor d = ChecklistLookup.find(id);
        List<List<String>> rows = ChecklistCsv.templateRows(d.checklist());
        ChecklistCsv.writeAtomically(out, ChecklistCsv.toCsv(ChecklistCsv.TEMPLATE_COLUMNS, rows));
        ctx.out().println("checklist: " + d.id() + " " + d.version());
        ctx.out().println("rows: " + rows.size());
        ctx.out().println("file: " + out);
        return 0;
    }
}
