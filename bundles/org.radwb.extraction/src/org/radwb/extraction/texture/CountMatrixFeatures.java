package org.radwb.extraction.texture;

/**
 * The features shared by GLRLM, GLSZM, GLDZM, NGLDM and PyRadiomics' GLDM: emphases, non-uniformities, percentage,
 * variances, entropy and energy of a grey level x j count matrix (IBSI-1 sections 3.7-3.11).
 */
final class CountMatrixFeatures {

    static final int SMALL_J = 0;
    static final int LARGE_J = 1;
    static final int LOW_GREY = 2;
    static final int HIGH_GREY = 3;
    static final int SMALL_J_LOW_GREY = 4;
    static final int SMALL_J_HIGH_GREY = 5;
    static final int LARGE_J_LOW_GREY = 6;
    static final int LARGE_J_HIGH_GREY = 7;
    static final int GL_NU = 8;
    static final int GL_NU_NORM = 9;
    static final int J_NU = 10;
    static final int J_NU_NORM = 11;
    static final int PERCENTAGE = 12;
    static final int GL_VAR = 13;
    static final int J_VAR = 14;
    static final int ENTROPY = 15;
    static final int ENERGY = 16;
    static final int COUNT = 17;

    private static final double LN2 = Math.log(2);

    private CountMatrixFeatures() {
    }

    /**
     * @param m  count matrix
     * @param gv grey level value of each row
     * @param nv denominator of the percentage feature (voxels, times merged directions for run lengths)
     * @return features in index order, or null for an empty matrix
     */
    static double[] compute(CountMatrix m, int[] gv, double nv) {
        int ng = m.ng();
        int nj = m.nj();
        double[] v = m.values();
        double[] ri = new double[ng];
        double[] rj = new double[nj];
        double ns = 0;
        double sjlg = 0;
        double sjhg = 0;
        double ljlg = 0;
        double ljhg = 0;
        for (int i = 0; i < ng; i++) {
            double gi2 = (double) gv[i] * gv[i];
            int row = i * nj;
            for (int j = 0; j < nj; j++) {
                double c = v[row + j];
                if (c == 0) {
                    continue;
                }
                double j2 = (double) (j + 1) * (j + 1);
                ri[i] += c;
                rj[j] += c;
                ns += c;
                sjlg += c / (gi2 * j2);
                sjhg += c * gi2 / j2;
                ljlg += c * j2 / gi2;
                ljhg += c * gi2 * j2;
            }
        }
        if (ns == 0) {
            return null;
        }
        double sj = 0;
        double lj = 0;
        double jnu = 0;
        double muJ = 0;
        for (int j = 0; j < nj; j++) {
            double c = rj[j];
            double j1 = j + 1;
            sj += c / (j1 * j1);
            lj += c * j1 * j1;
            jnu += c * c;
            muJ += j1 * c;
        }
        muJ /= ns;
        double lg = 0;
        double hg = 0;
        double glnu = 0;
        double muI = 0;
        for (int i = 0; i < ng; i++) {
            double c = ri[i];
            double g = gv[i];
            lg += c / (g * g);
            hg += c * g * g;
            glnu += c * c;
            muI += g * c;
        }
        muI /= ns;
        double varI = 0;
        for (int i = 0; i < ng; i++) {
            double d = gv[i] - muI;
            varI += d * d * ri[i];
        }
        double varJ = 0;
        for (int j = 0; j < nj; j++) {
            double d = j + 1 - muJ;
            varJ += d * d * rj[j];
        }
        double entropy = 0;
        double energy = 0;
        for (double c : v) {
            if (c > 0) {
                double p = c / ns;
                entropy -= p * Math.log(p);
                energy += p * p;
            }
        }
        double[] f = new double[COUNT];
        f[SMALL_J] = sj / ns;
        f[LARGE_J] = lj / ns;
        f[LOW_GREY] = lg / ns;
        f[HIGH_GREY] = hg / ns;
        f[SMALL_J_LOW_GREY] = sjlg / ns;
        f[SMALL_J_HIGH_GREY] = sjhg / ns;
        f[LARGE_J_LOW_GREY] = ljlg / ns;
        f[LARGE_J_HIGH_GREY] = ljhg / ns;
        f[GL_NU] = glnu / ns;
        f[GL_NU_NORM] = glnu / (ns * ns);
        f[J_NU] = jnu / ns;
        f[J_NU_NORM] = jnu / (ns * ns);
        f[PERCENTAGE] = ns / nv;
        f[GL_VAR] = varI / ns;
        f[J_VAR] = varJ / ns;
        f[ENTROPY] = entropy / LN2;
        f[ENERGY] = energy;
        return f;
    }
}
