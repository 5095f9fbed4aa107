package org.radwb.modeling.forest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Breiman's random forest for a binary outcome (Breiman 2001): each tree is a CART classification tree grown on a
 * bootstrap sample, choosing the best Gini split among {@code mtry} random predictors at every node, until the
 * nodes are pure or smaller than {@code 2 * minLeaf}. The predicted probability is the mean over trees of the
 * leaf's fraction of positives (as scikit-learn's {@code predict_proba}); importances are the mean decrease in
 * Gini impurity, normalised per tree and averaged. Trees are grown in parallel with per-tree seeds, so results do not
 * depend on the number of threads.
 */
public final class RandomForest {

    /**
     * Forest options.
     *
     * @param trees number of trees
     * @param mtry predictors tried at each split; 0 = floor(sqrt(p))
     * @param minLeaf minimum number of cases in a leaf
     * @param maxDepth maximum depth, 0 = unlimited
     */
    public record Options(int trees, int mtry, int minLeaf, int maxDepth) {

        /** 500 trees, sqrt(p) predictors per split, leaves of 1 case, unlimited depth. */
        public static Options defaults() {
            return new Options(500, 0, 1, 0);
        }

        /** Validates. */
        public Options {
            if (trees < 1 || mtry < 0 || minLeaf < 1 || maxDepth < 0) {
                throw new IllegalArgumentException("random forest needs trees >= 1, mtry >= 0, minLeaf >= 1, maxDepth >= 0; got "
                        + trees + ", " + mtry + ", " + minLeaf + ", " + maxDepth);
            }
        }
    }

    private final Tree[] trees;
    private final double[] importance;

    RandomForest(Tree[] trees, double[] importance) {
        this.trees = trees;
        this.importance = importance;
    }

    /**
     * Grows the forest.
     *
     * @param x predictors, rows = cases, no missing values
     * @param y 0/1 outcome
     */
    public static RandomForest fit(double[][] x, double[] y, Options options, long seed) {
        int n = x.length;
        if (n != y.length || n < 2) {
            throw new IllegalArgumentException("random forest needs matching x and y with at least 2 cases, got " + n
                    + " rows and " + y.length + " outcomes");
        }
        int p = x[0].length;
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("outcome at row " + i + " is " + y[i] + ", expected 0 or 1");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("feature " + j + " of row " + i + " is " + x[i][j]
                            + "; impute or remove missing values before fitting");
                }
            }
        }
        int mtry = options.mtry() == 0 ? Math.max(1, (int) Math.floor(Math.sqrt(p))) : Math.min(options.mtry(), p);
        long[] seeds = new SplittableRandom(seed).longs(options.trees()).toArray();
        double[][] imp = new double[options.trees()][];
        Tree[] trees = IntStream.range(0, options.trees()).parallel().mapToObj(t -> {
            SplittableRandom rng = new SplittableRandom(seeds[t]);
            int[] sample = new int[n];
            for (int i = 0; i < n; i++) {
                sample[i] = rng.nextInt(n);
            }
            imp[t] = new double[p];
            return new TreeBuilder(x, y, mtry, options.minLeaf(), options.maxDepth(), rng, imp[t]).build(sample);
        }).toArray(Tree[]::new);
        // each tree's decreases are normalised to sum 1, then averaged (as scikit-learn)
        double[] importance = new double[p];
        for (double[] ti : imp) {
            double total = Arrays.stream(ti).sum();
            for (int j = 0; j < p && total > 0; j++) {
                importance[j] += ti[j] / total / imp.length;
            }
        }
        return new RandomForest(trees, importance);
    }

    /** Probability of the positive outcome per row. */
    public double[] predict(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (Tree t : trees) {
                s += t.predict(x[i]);
            }
            out[i] = s / trees.length;
        }
        return out;
    }

    /** Mean decrease in Gini impurity per predictor, summing to 1. */
    public double[] importance() {
        return importance.clone();
    }

    /** The trees (for saving). */
    public List<Tree> trees() {
        return List.of(trees);
    }

    /** Rebuilds a forest from saved trees and importances. */
    public static RandomForest of(List<Tree> trees, double[] importance) {
        return new RandomForest(trees.toArray(Tree[]::new), importance.clone());
    }

    /**
     * One tree as flat arrays: node k splits on {@code feature[k]} at {@code threshold[k]} (left if
     * {@code x <= threshold}); a leaf has feature -1 and predicts {@code value[k]}.
     */
    public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

        double predict(double[] row) {
            int k = 0;
            while (feature[k] >= 0) {
                k = row[feature[k]] <= threshold[k] ? left[k] : right[k];
            }
            return value[k];
        }
    }

    /** Grows one CART tree. */
    private static final class TreeBuilder {
        private final double[][] x;
        private final double[] y;
        private final int mtry;
        private final int minLeaf;
        private final int maxDepth;
        private final SplittableRandom rng;
        private final double[] importance;
        private final List<double[]> nodes = new ArrayList<>(); // {feature, threshold, left, right, value}

        TreeBuilder(double[][] x, double[] y, int mtry, int minLeaf, int maxDepth, SplittableRandom rng, double[] importance) {
            this.x = x;
            this.y = y;
            this.mtry = mtry;
            this.minLeaf = minLeaf;
            this.maxDepth = maxDepth;
            this.rng = rng;
            this.importance = importance;
        }

        Tree build(int[] rows) {
            grow(rows, 0);
            int m = nodes.size();
            int[] f = new int[m];
            double[] t = new double[m];
            int[] l = new int[m];
            int[] r = new int[m];
            double[] v = new double[m];
            for (int k = 0; k < m; k++) {
                double[] nd = nodes.get(k);
                f[k] = (int) nd[0];
                t[k] = nd[1];
                l[k] = (int) nd[2];
                r[k] = (int) nd[3];
                v[k] = nd[4];
            }
            return new Tree(f, t, l, r, v);
        }

        private int grow(int[] rows, int depth) {
            int id = nodes.size();
            double[] node = {-1, 0, -1, -1, 0};
            nodes.add(node);
            int n = rows.length;
            double pos = 0;
            for (int i : rows) {
                pos += y[i];
            }
            node[4] = pos / n;
            if (pos == 0 || pos == n || n < 2 * minLeaf || (maxDepth > 0 && depth >= maxDepth)) {
                return id;
            }
            int p = x[0].length;
            // choose mtry distinct predictors (partial Fisher-Yates)
            int[] perm = new int[p];
            for (int j = 0; j < p; j++) {
                perm[j] = j;
            }
            double parentGini = n * gini(pos, n);
            double bestDecrease = 1e-12;
            int bestFeature = -1;
            double bestThreshold = 0;
            Integer[] order = new Integer[n];
            double[] values = new double[n];
            for (int c = 0; c < mtry; c++) {
                int pick = c + rng.nextInt(p - c);
                int j = perm[pick];
                perm[pick] = perm[c];
                perm[c] = j;
                for (int k = 0; k < n; k++) {
                    order[k] = rows[k];
                }
                Arrays.sort(order, (a, b) -> Double.compare(x[a][j], x[b][j]));
                for (int k = 0; k < n; k++) {
                    values[k] = x[order[k]][j];
                }
                double leftPos = 0;
                for (int k = 0; k < n - 1; k++) {
                    leftPos += y[order[k]];
                    int nl = k + 1;
                    if (values[k] == values[k + 1] || nl < minLeaf || n - nl < minLeaf) {
                        continue;
                    }
                    double decrease = parentGini - nl * gini(leftPos, nl) - (n - nl) * gini(pos - leftPos, n - nl);
                    if (decrease > bestDecrease) {
                        bestDecrease = decrease;
                        bestFeature = j;
                        bestThreshold = (values[k] + values[k + 1]) / 2;
                    }
                }
            }
            if (bestFeature < 0) {
                return id;
            }
            importance[bestFeature] += bestDecrease;
            int f = bestFeature;
            double t = bestThreshold;
            int[] left = Arrays.stream(rows).filter(i -> x[i][f] <= t).toArray();
            int[] right = Arrays.stream(rows).filter(i -> x[i][f] > t).toArray();
            node[0] = f;
            node[1] = t;
            node[2] = grow(left, depth + 1);
            node[3] = grow(right, depth + 1);
            return id;
        }

        private static double gini(double pos, double n) {
            double q = pos / n;
            return 2 * q * (1 - q);
        }
    }
}
