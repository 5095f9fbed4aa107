package org.radwb.extraction.texture;

/** NGTDM features (IBSI-1 section 3.11, PyRadiomics ngtdm), with PyRadiomics' values for degenerate cases. */
final class NgtdmFeatures {

    static final String[] IBSI_TAGS = {"ngt.coarseness", "ngt.contrast", "ngt.busyness", "ngt.complexity",
        "ngt.strength"};
    static final String[] PYRADIOMICS_NAMES = {"Coarseness", "Contrast", "Busyness", "Complexity", "Strength"};

    private NgtdmFeatures() {
    }

    /** @return {coarseness, contrast, busyness, complexity, strength} (gv = grey value per index), or null if no voxel was counted */
    static double[] compute(double[] n, double[] s, int[] gv) {
        int ng = n.length;
        double nvc = 0;
        int ngp = 0;
        for (int i = 0; i < ng; i++) {
            nvc += n[i];
            if (n[i] > 0) {
                ngp++;
            }
        }
        if (nvc == 0) {
            return null;
        }
        double[] p = new double[ng];
        double sumPs = 0;
        double sumS = 0;
        for (int i = 0; i < ng; i++) {
            p[i] = n[i] / nvc;
            sumPs += p[i] * s[i];
            sumS += s[i];
        }
        double contrastSum = 0;
        double busyDen = 0;
        double complexity = 0;
        double strengthNum = 0;
        for (int i = 0; i < ng; i++) {
            if (p[i] == 0) {
                continue;
            }
            double gi = gv[i];
            for (int j = 0; j < ng; j++) {
                if (p[j] == 0) {
                    continue;
                }
                double gj = gv[j];
                double d = gi - gj;
                contrastSum += p[i] * p[j] * d * d;
                busyDen += Math.abs(gi * p[i] - gj * p[j]);
                complexity += Math.abs(d) * (p[i] * s[i] + p[j] * s[j]) / (p[i] + p[j]);
                strengthNum += (p[i] + p[j]) * d * d;
            }
        }
        double[] f = new double[5];
        f[0] = sumPs == 0 ? 1e6 : 1 / sumPs;
        f[1] = ngp <= 1 ? 0 : contrastSum / ((double) ngp * (ngp - 1)) * sumS / nvc;
        f[2] = busyDen == 0 ? 0 : sumPs / busyDen;
        f[3] = complexity / nvc;
        f[4] = sumS == 0 ? 0 : strengthNum / sumS;
        return f;
    }
}
