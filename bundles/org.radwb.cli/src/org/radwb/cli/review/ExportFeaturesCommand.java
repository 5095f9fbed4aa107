package org.radwb.cli.review;

import java.nio.file.Path;
import java.util.List;

import org.radwb.cli.Args;
import org.radwb.cli.Command;
import org.radwb.cli.CommandContext;
import org.radwb.csv.FeatureSetCsv;
import org.radwb.model.FeatureSet;
import org.radwb.model.Review;

/**
 * {@code radwb review export-features --review <folder> --csv <file>}: every stored feature set, one row each, with
 * its provenance (paths, hashes, DICOM UIDs, engine, settings) and a column per feature.
 */
public final class ExportFeaturesCommand implements Command {

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args);
        String name = a.required("--review");
        Path csv = ctx.path(a.required("--csv"));
        a.checkAllUsed();
        Review review = Reviews.load(name, ctx);
        List<FeatureSet> sets = FeatureSetCsv.featureSets(review);
        int features = FeatureSetCsv.write(sets, csv);
        ctx.out().println("feature_sets: " + sets.size());
        ctx.out().println("features: " + features);
        ctx.out().println("file: " + csv);
        return 0;
    }
}
