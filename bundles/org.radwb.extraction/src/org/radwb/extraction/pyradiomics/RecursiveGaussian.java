package org.radwb.extraction.pyradiomics;

/**
 * The recursive (IIR) Gaussian of Deriche with Farnebäck/ITK's 4th-order coefficients, as SimpleITK's
 * LaplacianRecursiveGaussianImageFilter applies it for PyRadiomics' LoG image type: along each axis a causal and an
 * anti-causal pass whose borders assume the edge value extends to infinity; order 0 (smoothing) or 2 (second
 * derivative, scale-normalised by sigma²).
 */
final class RecursiveGaussian {

    // exponential-series parameters (Deriche 1993, as tabulated in ITK): index = derivative order
    private static final double[] A1 = { 1.3530, -0.6724, -1.3563 };
    private static final double[] B1 = { 1.8151, -3.4327, 5.2318 };
    private static final double W1 = 0.6681, L1 = -1.3932;
    private static final double[] A2 = { -0.3531, 0.6724, 0.3446 };
    private static final double[] B2 = { 0.0902, 0.6100, -2.2355 };
    private static final double W2 = 2.0787, L2 = -1.3732;

    final double n0, n1, n2, n3, d1, d2, d3, d4, m1, m2, m3, m4, bn1, bn2, bn3, bn4, bm1, bm2, bm3, bm4;

    /**
     * @param sigma   in mm
     * @param spacing of the axis in mm
     * @param order   0 or 2
     */
    RecursiveGaussian(double sigma, double spacing, int order) {
        double sd = sigma / spacing;
        double cos1 = Math.cos(W1 / sd), cos2 = Math.cos(W2 / sd), exp1 = Math.exp(L1 / sd), exp2 = Math.exp(L2 / sd);
        d4 = exp1 * exp1 * exp2 * exp2;
        d3 = -2 * cos1 * exp1 * exp2 * exp2 - 2 * cos2 * exp2 * exp1 * exp1;
        d2 = 4 * cos2 * cos1 * exp1 * exp2 + exp1 * exp1 + exp2 * exp2;
        d1 = -2 * (exp2 * cos2 + exp1 * cos1);
        double sD = 1 + d1 + d2 + d3 + d4, dD = d1 + 2 * d2 + 3 * d3 + 4 * d4, eD = d1 + 4 * d2 + 9 * d3 + 16 * d4;
        double[] c;
        if (order == 0) {
            c = numerator(sd, 0);
            double alpha0 = 2 * c[4] / sD - c[0];
            for (int i = 0; i < 4; i++) {
                c[i] /= alpha0;
            }
        } else if (order == 2) {
            double[] c0 = numerator(sd, 0), c2 = numerator(sd, 2);
            double beta = -(2 * c2[4] - sD * c2[0]) / (2 * c0[4] - sD * c0[0]);
            c = new double[7];
            for (int i = 0; i < 7; i++) {
                c[i] = c2[i] + beta * c0[i];
            }
            double sN = c[4], dN = c[5], eN = c[6];
            double alpha2 = (eN * sD * sD - eD * sN * sD - 2 * dN * dD * sD + 2 * dD * dD * sN) / (sD * sD * sD);
            double norm = sigma * sigma; // NormalizeAcrossScale, sigma in mm
            for (int i = 0; i < 4; i++) {
                c[i] *= norm / alpha2;
            }
        } else {
            throw new IllegalArgumentException("order " + order + ": only 0 and 2 are used");
        }
        n0 = c[0];
        n1 = c[1];
        n2 = c[2];
        n3 = c[3];
        m1 = n1 - d1 * n0; // symmetric kernels
        m2 = n2 - d2 * n0;
        m3 = n3 - d3 * n0;
        m4 = -d4 * n0;
        double sN = n0 + n1 + n2 + n3, sM = m1 + m2 + m3 + m4;
        bn1 = d1 * sN / sD;
        bn2 = d2 * sN / sD;
        bn3 = d3 * sN / sD;
        bn4 = d4 * sN / sD;
        bm1 = d1 * sM / sD;
        bm2 = d2 * sM / sD;
        bm3 = d3 * sM / sD;
        bm4 = d4 * sM / sD;
    }

    /** {N0, N1, N2, N3, SN, DN, EN} of the causal numerator for one derivative order's parameters. */
    private static double[] numerator(double sd, int k) {
        double sin1 = Math.sin(W1 / sd), sin2 = Math.sin(W2 / sd), cos1 = Math.cos(W1 / sd), cos2 = Math.cos(W2 / sd);
        double exp1 = Math.exp(L1 / sd), exp2 = Math.exp(L2 / sd);
        double a1 = A1[k], b1 = B1[k], a2 = A2[k], b2 = B2[k];
        double n0 = a1 + a2;
        double n1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2) + exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        double n2 = ((a1 + a2) * cos2 * cos1 - (b1 * cos2 * sin1 + b2 * cos1 * sin2)) * 2 * exp1 * exp2 + a2 * exp1 * exp1
                + a1 * exp2 * exp2;
        double n3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2) + exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        return new double[] { n0, n1, n2, n3, n0 + n1 + n2 + n3, n1 + 2 * n2 + 3 * n3, n1 + 4 * n2 + 9 * n3 };
    }

    /** Filters one line (length &gt;= 4) into {@code out}; {@code tmp} is scratch of the same length. */
    void filter(double[] x, double[] out, double[] tmp, int ln) {
        double v1 = x[0];
        out[0] = v1 * (n0 + n1 + n2 + n3) - v1 * (bn1 + bn2 + bn3 + bn4);
        out[1] = x[1] * n0 + v1 * (n1 + n2 + n3) - (out[0] * d1 + v1 * (bn2 + bn3 + bn4));
        out[2] = x[2] * n0 + x[1] * n1 + v1 * (n2 + n3) - (out[1] * d1 + out[0] * d2 + v1 * (bn3 + bn4));
        out[3] = x[3] * n0 + x[2] * n1 + x[1] * n2 + v1 * n3 - (out[2] * d1 + out[1] * d2 + out[0] * d3 + v1 * bn4);
        for (int i = 4; i < ln; i++) {
            out[i] = x[i] * n0 + x[i - 1] * n1 + x[i - 2] * n2 + x[i - 3] * n3
                    - (out[i - 1] * d1 + out[i - 2] * d2 + out[i - 3] * d3 + out[i - 4] * d4);
        }
        double v2 = x[ln - 1];
        tmp[ln - 1] = v2 * (m1 + m2 + m3 + m4) - v2 * (bm1 + bm2 + bm3 + bm4);
        tmp[ln - 2] = x[ln - 1] * m1 + v2 * (m2 + m3 + m4) - (tmp[ln - 1] * d1 + v2 * (bm2 + bm3 + bm4));
        tmp[ln - 3] = x[ln - 2] * m1 + x[ln - 1] * m2 + v2 * (m3 + m4) - (tmp[ln - 2] * d1 + tmp[ln - 1] * d2 + v2 * (bm3 + bm4));
        tmp[ln - 4] = x[ln - 3] * m1 + x[ln - 2] * m2 + x[ln - 1] * m3 + v2 * m4
                - (tmp[ln - 3] * d1 + tmp[ln - 2] * d2 + tmp[ln - 1] * d3 + v2 * bm4);
        for (int i = ln - 4; i > 0; i--) {
            tmp[i - 1] = x[i] * m1 + x[i + 1] * m2 + x[i + 2] * m3 + x[i + 3] * m4
                    - (tmp[i] * d1 + tmp[i + 1] * d2 + tmp[i + 2] * d3 + tmp[i + 3] * d4);
        }
        for (int i = 0; i < ln; i++) {
            out[i] += tmp[i];
        }
    }
}
