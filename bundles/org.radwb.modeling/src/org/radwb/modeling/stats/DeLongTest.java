package org.radwb.modeling.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * DeLong's test for the difference between two correlated AUCs (two scores on the same cases), as
 * pROC's {@code roc.test(method = "delong", paired = TRUE)}.
 *
 * @param aucA AUC of the first score
 * @param aucB AUC of the second score
 * @param covariance DeLong covariance of the two AUCs
 * @param z test statistic {@code (A - B) / sqrt(varA + varB - 2 cov)}
 * @param pValue two-sided p-value
 */
public record DeLongTest(double aucA, double aucB, double covariance, double z, double pValue) {

    /** Compares two scores on the same cases. */
    public static DeLongTest compare(double[] outcome, double[] scoreA, double[] scoreB) {
        Checks.sameLength(scoreA, scoreB, "scoreA", "scoreB");
        RocAnalysis a = RocAnalysis.of(outcome, scoreA);
        RocAnalysis b = RocAnalysis.of(outcome, scoreB);
        double cov = RocAnalysis.sampleCovariance(a.v10(), b.v10()) / a.positives()
                + RocAnalysis.sampleCovariance(a.v01(), b.v01()) / a.negatives();
        double var = a.variance() + b.variance() - 2 * cov;
        if (!(var > 0)) {
            throw new IllegalArgumentException("the two scores give identical ROC curves; DeLong's test is undefined");
        }
        double z = (a.auc() - b.auc()) / Math.sqrt(var);
        double p = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
        return new DeLongTest(a.auc(), b.auc(), cov, z, p);
    }
}
