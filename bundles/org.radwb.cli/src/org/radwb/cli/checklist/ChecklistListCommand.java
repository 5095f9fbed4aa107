package org.radwb.cli.checklist;

import java.util.ArrayList;
import java.util.List;

import org.radwb.checklist.ChecklistDescriptor;
import org.radwb.checklist.ChecklistRegistry;
import org.radwb.checklist.ChecklistSummaryText;
import org.radwb.checklist.Checklists;
import org.radwb.checklist.io.ChecklistCsv;
import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;

/**
 * {@code radwb checklist list}: one CSV line per checklist (id, version, title, contributing bundle, item
 * count, score range); the registry prints skipped contributions on stderr when it reads them.
 */
public final class ChecklistListCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args.parse(args).checkAllUsed();
        ChecklistRegistry registry = ChecklistRegistry.getDefault();
        List<List<String>> rows = new ArrayList<>();
        for (ChecklistDescriptor d : registry.all()) {
            rows.add(List.of(d.id(), d.version(), d.checklist().getTitle(), d.contributor(),
                    Integer.toString(Checklists.items(d.checklist()).size()),
                    ChecklistSummaryText.scoreRange(d.checklist())));
        }
        ctx.out().print(ChecklistCsv.toCsv(List.of("id", "version", "title", "bundle", "items", "score_range"), rows));
        // skipped contributions were already printed on stderr when the registry read them
        return 0;
    }
}
