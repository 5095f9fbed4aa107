package org.radwb.modeling.glmnet;

/**
 * The inner loops of coordinate descent, written for speed: the reductions keep four independent partial sums so
 * the CPU can overlap the floating-point additions (a single running sum is limited by the add latency, and the JIT
 * may not reorder floating-point sums itself). The results differ from a left-to-right sum only by rounding.
 */
final class VectorOps {

    private VectorOps() {
    }

    /** {@code sum_i a[i] * b[i]} over the first n entries. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int end = n - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code sum_i w[i] * c[i]^2} over the first n entries. */
    static double weightedSquares(double[] w, double[] c, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int end = n - 3; i < end; i += 4) {
            s0 += w[i] * c[i] * c[i];
            s1 += w[i + 1] * c[i + 1] * c[i + 1];
            s2 += w[i + 2] * c[i + 2] * c[i + 2];
            s3 += w[i + 3] * c[i + 3] * c[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[i] * c[i] * c[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code sum_i a[i]} over the first n entries. */
    static double sum(double[] a, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int end = n - 3; i < end; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
