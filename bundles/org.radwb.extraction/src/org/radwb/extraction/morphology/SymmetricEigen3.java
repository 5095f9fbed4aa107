package org.radwb.extraction.morphology;

import java.util.Arrays;

/** Eigenvalues of a symmetric 3x3 matrix by cyclic Jacobi rotations (keeps the bundle free of dependencies). */
public final class SymmetricEigen3 {

    private SymmetricEigen3() {
    }

    /** @return the eigenvalues, largest first, negatives (round-off) clamped to 0 */
    public static double[] eigenvaluesDescending(double[][] m) {
        double[][] a = { m[0].clone(), m[1].clone(), m[2].clone() };
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = Math.abs(a[0][1]) + Math.abs(a[0][2]) + Math.abs(a[1][2]);
            if (off < 1e-300) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < 3; k++) { // A <- A J
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 3; k++) { // A <- J^T A
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                }
            }
        }
        double[] ev = { a[0][0], a[1][1], a[2][2] };
        Arrays.sort(ev);
        return new double[] { Math.max(ev[2], 0), Math.max(ev[1], 0), Math.max(ev[0], 0) };
    }
}
