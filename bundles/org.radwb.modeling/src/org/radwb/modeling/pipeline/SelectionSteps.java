package org.radwb.modeling.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.radwb.modeling.api.Dataset;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.glmnet.CrossValidatedElasticNet;
import org.radwb.modeling.glmnet.ElasticNetOptions;
import org.radwb.modeling.selection.CorrelationPruning;
import org.radwb.modeling.selection.Correlations;
import org.radwb.modeling.selection.Mrmr;
import org.radwb.modeling.survival.ConcordanceIndex;
import org.radwb.modeling.validation.Folds;

/** The built-in selection steps and the parser of their command-line form. */
public final class SelectionSteps {

    private SelectionSteps() {
    }

    /**
     * Parses a comma-free list such as {@code icc:0.75;corr:0.9;mrmr:10;lasso} (steps separated by ';').
     *
     * @param icc per-feature ICC values for the {@code icc:} step (may be empty if that step is not used)
     */
    public static List<SelectionStep> parse(String text, Map<String, Double> icc) {
        List<SelectionStep> steps = new ArrayList<>();
        if (text == null || text.isBlank() || text.equals("none")) {
            return steps;
        }
        for (String part : text.split(";")) {
            String[] kv = part.strip().split(":", 2);
            String arg = kv.length > 1 ? kv[1] : null;
            steps.add(switch (kv[0]) {
                case "icc" -> robustness(icc, number(arg, part, 0.75));
                case "corr" -> correlation(number(arg, part, 0.9));
                case "mrmr" -> mrmr((int) number(arg, part, 10));
                case "top" -> univariate((int) number(arg, part, 10));
                case "lasso" -> lasso();
                default -> throw new IllegalArgumentException("unknown selection step '" + part
                        + "'; expected icc:<min>, corr:<max |r|>, mrmr:<k>, top:<k> or lasso");
            });
        }
        return steps;
    }

    private static double number(String arg, String part, double dflt) {
        if (arg == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(arg);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("selection step '" + part + "' needs a number after ':'", e);
        }
    }

    /** Univariate relevance of each column: ANOVA F (binary) or |C - 0.5| (survival). */
    static double[] relevance(Dataset d) {
        int p = d.featureNames().length;
        double[] r = new double[p];
        for (int j = 0; j < p; j++) {
            if (d.task() == Task.BINARY) {
                r[j] = Correlations.fStatistic(d.x(), d.outcome(), j);
            } else {
                double[] col = new double[d.size()];
                for (int i = 0; i < col.length; i++) {
                    col[i] = d.x()[i][j];
                }
                r[j] = Math.abs(ConcordanceIndex.of(d.time(), d.event(), col).cIndex() - 0.5);
            }
        }
        return r;
    }

    /**
     * Keeps features whose ICC (computed beforehand from repeated segmentations or test-retest scans, which do not
     * involve the outcome) is at least {@code min}; features without an ICC value are kept only if they are not
     * radiomic (clinical variables), i.e. absent from the map.
     */
    public static SelectionStep robustness(Map<String, Double> icc, double min) {
        return new SelectionStep() {
            @Override
            public String describe() {
                return "icc(min=" + min + ")";
            }

            @Override
            public int[] select(Dataset train, long seed) {
                String[] names = train.featureNames();
                return IntStream.range(0, names.length)
                        .filter(j -> !icc.containsKey(names[j]) || icc.get(names[j]) >= min).toArray();
            }
        };
    }

    /** Correlation pruning at |r| &gt; threshold, keeping the more relevant of each pair. */
    public static SelectionStep correlation(double threshold) {
        return new SelectionStep() {
            @Override
            public String describe() {
                return "correlation(max |r|=" + threshold + ")";
            }

            @Override
            public int[] select(Dataset train, long seed) {
                return CorrelationPruning.prune(train.x(), relevance(train), threshold);
            }
        };
    }

    /** mRMR (FCQ) top k, binary outcome only. */
    public static SelectionStep mrmr(int k) {
        return new SelectionStep() {
            @Override
            public String describe() {
                return "mrmr(k=" + k + ")";
            }

            @Override
            public int[] select(Dataset train, long seed) {
                if (train.task() != Task.BINARY) {
                    throw new IllegalArgumentException("mRMR selection needs a binary outcome");
                }
                return Mrmr.select(train.x(), train.outcome(), k);
            }
        };
    }

    /** The k most relevant features by a univariate test (ANOVA F or |C - 0.5|). */
    public static SelectionStep univariate(int k) {
        return new SelectionStep() {
            @Override
            public String describe() {
                return "univariate(k=" + k + ")";
            }

            @Override
            public int[] select(Dataset train, long seed) {
                double[] r = relevance(train);
                return IntStream.range(0, r.length).boxed().sorted(Comparator.comparingDouble((Integer j) -> -r[j]))
                        .limit(k).mapToInt(Integer::intValue).sorted().toArray();
            }
        };
    }

    /** LASSO selection: the features with non-zero coefficients at the inner-CV lambda.min (binary or Cox). */
    public static SelectionStep lasso() {
        return new SelectionStep() {
            @Override
            public String describe() {
                return "lasso(lambda=cv-min)";
            }

            @Override
            public int[] select(Dataset train, long seed) {
                int[] folds = Folds.groupedStratified(train, Math.min(10, Folds.patients(train).size()), seed);
                CrossValidatedElasticNet cv = train.task() == Task.BINARY
                        ? CrossValidatedElasticNet.logisticChoice(train.x(), train.outcome(), folds, ElasticNetOptions.defaults())
                        : CrossValidatedElasticNet.cox(train.x(), train.time(), train.event(), folds, ElasticNetOptions.defaults());
                double[] beta = cv.path().beta()[cv.indexMin()];
                int[] kept = IntStream.range(0, beta.length).filter(j -> beta[j] != 0).toArray();
                // an empty selection would leave nothing to model: keep the single most relevant feature
                if (kept.length == 0) {
                    double[] r = relevance(train);
                    int best = IntStream.range(0, r.length).boxed().max(Comparator.comparingDouble(j -> r[j])).orElseThrow();
                    return new int[] {best};
                }
                return kept;
            }
        };
    }

    static int[] compose(int[] outer, int[] inner) {
        return Arrays.stream(inner).map(k -> outer[k]).toArray();
    }
}
