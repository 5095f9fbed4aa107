package org.radwb.modeling.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.radwb.modeling.api.Dataset;

/**
 * Patient-grouped, outcome-stratified splitting: all lesions of a patient land in the same fold (so they never
 * straddle training and test), and patients are dealt to folds separately per stratum (a patient's stratum is 1
 * if any of its lesions has the outcome or event) so every fold has a similar share of events.
 */
public final class Folds {

    private Folds() {
    }

    /** Patients in order of first appearance, each with its row indices. */
    public static Map<String, List<Integer>> patients(Dataset d) {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            m.computeIfAbsent(d.groups()[i], k -> new ArrayList<>()).add(i);
        }
        return m;
    }

    /**
     * Assigns each row a fold 0..k-1.
     *
     * @throws IllegalArgumentException if there are fewer patients than folds
     */
    public static int[] groupedStratified(Dataset d, int k, long seed) {
        Map<String, List<Integer>> patients = patients(d);
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        if (patients.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " patients, the data have " + patients.size());
        }
        List<List<Integer>> strata = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> groups = new ArrayList<>(patients.values());
        for (int g = 0; g < groups.size(); g++) {
            int s = groups.get(g).stream().anyMatch(i -> d.stratum(i) == 1) ? 1 : 0;
            strata.get(s).add(g);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] fold = new int[d.size()];
        int next = 0;
        for (List<Integer> stratum : strata) {
            shuffle(stratum, rng);
            for (int g : stratum) {
                for (int row : groups.get(g)) {
                    fold[row] = next;
                }
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * A grouped, stratified split: roughly {@code testFraction} of the patients (per stratum) go to the test set.
     *
     * @return true for test rows
     */
    public static boolean[] heldOut(Dataset d, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must lie strictly between 0 and 1, got " + testFraction);
        }
        Map<String, List<Integer>> patients = patients(d);
        List<List<Integer>> groups = new ArrayList<>(patients.values());
        List<List<Integer>> strata = List.of(new ArrayList<>(), new ArrayList<>());
        for (int g = 0; g < groups.size(); g++) {
            strata.get(groups.get(g).stream().anyMatch(i -> d.stratum(i) == 1) ? 1 : 0).add(g);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        boolean[] test = new boolean[d.size()];
        for (List<Integer> stratum : strata) {
            shuffle(stratum, rng);
            int nTest = (int) Math.round(stratum.size() * testFraction);
            for (int t = 0; t < nTest; t++) {
                for (int row : groups.get(stratum.get(t))) {
                    test[row] = true;
                }
            }
        }
        return test;
    }

    /**
     * A bootstrap sample drawn by patient: patients are drawn with replacement and bring all their lesions.
     *
     * @return row indices of the sample (with repeats)
     */
    public static int[] bootstrapByPatient(List<List<Integer>> groups, SplittableRandom rng) {
        List<Integer> rows = new ArrayList<>();
        for (int draw = 0; draw < groups.size(); draw++) {
            rows.addAll(groups.get(rng.nextInt(groups.size())));
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Rows whose fold differs from / equals {@code f}. */
    public static int[] rows(int[] fold, int f, boolean inFold) {
        int c = 0;
        for (int v : fold) {
            if ((v == f) == inFold) {
                c++;
            }
        }
        int[] out = new int[c];
        for (int i = 0, k = 0; i < fold.length; i++) {
            if ((fold[i] == f) == inFold) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
