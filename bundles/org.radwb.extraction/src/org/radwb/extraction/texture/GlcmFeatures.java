package org.radwb.extraction.texture;

/**
 * GLCM features of one co-occurrence matrix (IBSI-1 section 3.6 / PyRadiomics glcm). Grey level values are the
 * matrix indices 1..ng (empty levels simply hold zeros, which is equivalent to PyRadiomics deleting them).
 * Entropies use log2 over the non-zero cells (PyRadiomics adds eps = 2.2e-16 inside the log; the difference is
 * below 1e-12 relative).
 */
final class GlcmFeatures {

    static final int JOINT_MAX = 0;
    static final int JOINT_AVG = 1;
    static final int JOINT_VAR = 2;
    static final int JOINT_ENTR = 3;
    static final int DIFF_AVG = 4;
    static final int DIFF_VAR = 5;
    static final int DIFF_ENTR = 6;
    static final int SUM_AVG = 7;
    static final int SUM_VAR = 8;
    static final int SUM_ENTR = 9;
    static final int ENERGY = 10;
    static final int CONTRAST = 11;
    static final int DISSIMILARITY = 12;
    static final int INV_DIFF = 13;
    static final int INV_DIFF_NORM = 14;
    static final int INV_DIFF_MOM = 15;
    static final int INV_DIFF_MOM_NORM = 16;
    static final int INV_VAR = 17;
    static final int CORR = 18;
    static final int AUTO_CORR = 19;
    static final int CLUST_TEND = 20;
    static final int CLUST_SHADE = 21;
    static final int CLUST_PROM = 22;
    static final int INFO_CORR_1 = 23;
    static final int INFO_CORR_2 = 24;
    static final int MCC = 25;
    static final int COUNT = 26;

    /** IBSI tags in index order (MCC has no IBSI tag). */
    static final String[] IBSI_TAGS = {"cm.joint.max", "cm.joint.avg", "cm.joint.var", "cm.joint.entr",
        "cm.diff.avg", "cm.diff.var", "cm.diff.entr", "cm.sum.avg", "cm.sum.var", "cm.sum.entr", "cm.energy",
        "cm.contrast", "cm.dissimilarity", "cm.inv.diff", "cm.inv.diff.norm", "cm.inv.diff.mom",
        "cm.inv.diff.mom.norm", "cm.inv.var", "cm.corr", "cm.auto.corr", "cm.clust.tend", "cm.clust.shade",
        "cm.clust.prom", "cm.info.corr.1", "cm.info.corr.2"};

    private static final double LN2 = Math.log(2);

    private GlcmFeatures() {
    }

    /**
     * @param counts     ng*ng co-occurrence counts (or weighted sums)
     * @param ng         matrix order
     * @param gv         grey level value of each matrix index (ascending)
     * @param ngNorm     N_g used by the normalised inverse differences
     * @param mccLevels  number of grey levels PyRadiomics builds Q over (levels present in the ROI); 0 skips MCC
     * @return features in index order, or null if the matrix is empty
     */
    static double[] compute(double[] counts, int ng, int[] gv, double ngNorm, int mccLevels) {
        int maxV = gv[ng - 1];
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        double[] px = new double[ng];
        double[] py = new double[ng];
        double[] pSum = new double[2 * maxV + 1];
        double[] pDiff = new double[maxV];
        double max = 0;
        double hxy = 0;
        double energy = 0;
        double contrast = 0;
        double dissim = 0;
        double auto = 0;
        for (int i = 0; i < ng; i++) {
            int row = i * ng;
            for (int j = 0; j < ng; j++) {
                double c = counts[row + j];
                if (c == 0) {
                    continue;
                }
                double p = c / total; // division (not * 1/total) keeps p exactly 1 for a flat region, as numpy does
                px[i] += p;
                py[j] += p;
                int gi = gv[i];
                int gj = gv[j];
                pSum[gi + gj] += p;
                int k = Math.abs(gi - gj);
                pDiff[k] += p;
                if (p > max) {
                    max = p;
                }
                hxy -= p * Math.log(p);
                energy += p * p;
                contrast += (double) k * k * p;
                dissim += k * p;
                auto += (double) gi * gj * p;
            }
        }
        hxy /= LN2;
        double ux = 0;
        double uy = 0;
        for (int i = 0; i < ng; i++) {
            ux += gv[i] * px[i];
            uy += gv[i] * py[i];
        }
        double varx = 0;
        double vary = 0;
        double corm = 0;
        double tend = 0;
        double shade = 0;
        double prom = 0;
        double hxy1 = 0;
        for (int i = 0; i < ng; i++) {
            int row = i * ng;
            for (int j = 0; j < ng; j++) {
                double c = counts[row + j];
                if (c == 0) {
                    continue;
                }
                double p = c / total; // division (not * 1/total) keeps p exactly 1 for a flat region, as numpy does
                double di = gv[i] - ux;
                double dj = gv[j] - uy;
                varx += di * di * p;
                vary += dj * dj * p;
                corm += di * dj * p;
                double t = di + dj;
                double t2 = t * t;
                tend += t2 * p;
                shade += t2 * t * p;
                prom += t2 * t2 * p;
                hxy1 -= p * Math.log(px[i] * py[j]);
            }
        }
        hxy1 /= LN2;
        double hx = 0;
        double hy = 0;
        double hxy2 = 0;
        for (int i = 0; i < ng; i++) {
            if (px[i] > 0) {
                hx -= px[i] * Math.log(px[i]);
            }
            if (py[i] > 0) {
                hy -= py[i] * Math.log(py[i]);
            }
        }
        for (int i = 0; i < ng; i++) {
            if (px[i] == 0) {
                continue;
            }
            for (int j = 0; j < ng; j++) {
                double q = px[i] * py[j];
                if (q > 0) {
                    hxy2 -= q * Math.log(q);
                }
            }
        }
        hx /= LN2;
        hy /= LN2;
        hxy2 /= LN2;

        double diffAvg = 0;
        double diffEntr = 0;
        double invDiff = 0;
        double invDiffNorm = 0;
        double invDiffMom = 0;
        double invDiffMomNorm = 0;
        double invVar = 0;
        for (int k = 0; k < maxV; k++) {
            double p = pDiff[k];
            if (p == 0) {
                continue;
            }
            diffAvg += k * p;
            diffEntr -= p * Math.log(p);
            invDiff += p / (1 + k);
            invDiffNorm += p / (1 + k / ngNorm);
            invDiffMom += p / (1 + (double) k * k);
            invDiffMomNorm += p / (1 + ((double) k * k) / (ngNorm * ngNorm));
            if (k > 0) {
                invVar += p / ((double) k * k);
            }
        }
        double diffVar = 0;
        for (int k = 0; k < maxV; k++) {
            double dk = k - diffAvg;
            diffVar += dk * dk * pDiff[k];
        }
        double sumAvg = 0;
        double sumEntr = 0;
        for (int k = 2; k <= 2 * maxV; k++) {
            double p = pSum[k];
            if (p > 0) {
                sumAvg += k * p;
                sumEntr -= p * Math.log(p);
            }
        }
        double sumVar = 0;
        for (int k = 2; k <= 2 * maxV; k++) {
            double dk = k - sumAvg;
            sumVar += dk * dk * pSum[k];
        }

        double[] f = new double[COUNT];
        f[JOINT_MAX] = max;
        f[JOINT_AVG] = ux;
        f[JOINT_VAR] = varx;
        f[JOINT_ENTR] = hxy;
        f[DIFF_AVG] = diffAvg;
        f[DIFF_VAR] = diffVar;
        f[DIFF_ENTR] = diffEntr / LN2;
        f[SUM_AVG] = sumAvg;
        f[SUM_VAR] = sumVar;
        f[SUM_ENTR] = sumEntr / LN2;
        f[ENERGY] = energy;
        f[CONTRAST] = contrast;
        f[DISSIMILARITY] = dissim;
        f[INV_DIFF] = invDiff;
        f[INV_DIFF_NORM] = invDiffNorm;
        f[INV_DIFF_MOM] = invDiffMom;
        f[INV_DIFF_MOM_NORM] = invDiffMomNorm;
        f[INV_VAR] = invVar;
        double sxy = Math.sqrt(varx) * Math.sqrt(vary);
        // flat region (a single grey level): correlation is set to 1, as PyRadiomics does
        f[CORR] = sxy == 0 ? 1 : corm / sxy;
        f[AUTO_CORR] = auto;
        f[CLUST_TEND] = tend;
        f[CLUST_SHADE] = shade;
        f[CLUST_PROM] = prom;
        double div = Math.max(hx, hy);
        f[INFO_CORR_1] = div == 0 ? 0 : (hxy - hxy1) / div;
        if (hxy2 == hxy) {
            f[INFO_CORR_2] = 0;
        } else {
            double arg = 1 - Math.exp(-2 * (hxy2 - hxy));
            f[INFO_CORR_2] = arg < 0 ? Double.NaN : Math.sqrt(arg);
        }
        f[MCC] = mccLevels > 0 ? mcc(counts, total, px, py, ng, mccLevels) : Double.NaN;
        return f;
    }

    /**
     * Maximal correlation coefficient: sqrt of the second largest eigenvalue of Q(i,j) = sum_k p(i,k)p(j,k)/(px(i)py(k)).
     * Q is similar to the symmetric matrix A A^T with A(i,k) = p(i,k)/sqrt(px(i) py(k)), which is what we decompose.
     */
    private static double mcc(double[] counts, double total, double[] px, double[] py, int ng, int levels) {
        if (levels < 2) {
            return 1; // flat region: PyRadiomics returns 1
        }
        int m = 0;
        int[] rows = new int[ng];
        for (int i = 0; i < ng; i++) {
            if (px[i] > 0) {
                rows[m++] = i;
            }
        }
        if (m < 2) {
            return 0; // one non-zero eigenvalue (1); the others are 0
        }
        double[] a = new double[m * ng];
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            double si = Math.sqrt(px[i]);
            for (int k = 0; k < ng; k++) {
                double c = counts[i * ng + k];
                if (c != 0) {
                    a[r * ng + k] = c / total / (si * Math.sqrt(py[k]));
                }
            }
        }
        double[] s = new double[m * m];
        for (int r = 0; r < m; r++) {
            for (int t = r; t < m; t++) {
                double sum = 0;
                int ro = r * ng;
                int to = t * ng;
                for (int k = 0; k < ng; k++) {
                    sum += a[ro + k] * a[to + k];
                }
                s[r * m + t] = sum;
                s[t * m + r] = sum;
            }
        }
        double lambda = SymmetricEigen.kthEigenvalue(s, m, m - 2);
        return lambda < 0 ? (lambda > -1e-12 ? 0 : Double.NaN) : Math.sqrt(lambda);
    }
}
