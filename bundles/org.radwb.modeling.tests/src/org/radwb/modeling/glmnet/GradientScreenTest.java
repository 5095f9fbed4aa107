package org.radwb.modeling.glmnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The gradient screen's bounds must never be below the exact gradient |x_j . w| / n (they decide which KKT checks
 * are skipped), and must be tight when the residual lies in the span of the anchors. Exact gradients are computed
 * here by a plain loop, independently of the screen.
 */
class GradientScreenTest {

    private static final int M = 60;
    private static final int P = 200;
    private static final double N = 75; // total weight of the cases (repeats), the gradients' divisor

    private final SplittableRandom rng = new SplittableRandom(11);
    private final double[][] cols = new double[P][M];

    GradientScreenTest() {
        for (int j = 0; j < P; j++) {
            for (int i = 0; i < M; i++) {
                cols[j][i] = rng.nextGaussian() * (j % 7 == 0 ? 3 : 1);
            }
        }
    }

    private double[] exact(double[] w) {
        double[] g = new double[P];
        for (int j = 0; j < P; j++) {
            double s = 0;
            for (int i = 0; i < M; i++) {
                s += cols[j][i] * w[i];
            }
            g[j] = s / N;
        }
        return g;
    }

    private double[] random() {
        double[] w = new double[M];
        for (int i = 0; i < M; i++) {
            w[i] = rng.nextGaussian();
        }
        return w;
    }

    @Test
    void boundsAreNeverBelowTheExactGradientAndTightInsideTheSpan() {
        GradientScreen screen = new GradientScreen(cols, M, N, 4);
        double[][] anchors = new double[6][];
        for (int a = 0; a < anchors.length; a++) {
            anchors[a] = random();
            screen.addAnchor(anchors[a], exact(anchors[a]));
            // capacity 4: the fifth anchor restarts the basis, so the last two anchors span it at the end
        }
        assertEquals(2, screen.size());
        // residuals drifting away from the span: a combination of the last two anchors plus growing noise
        for (double noise : new double[] {0, 1e-6, 1e-3, 0.1, 1, 10}) {
            double[] w = new double[M];
            double[] e = random();
            for (int i = 0; i < M; i++) {
                w[i] = 0.7 * anchors[4][i] - 1.3 * anchors[5][i] + noise * e[i];
            }
            double[] g = exact(w);
            screen.project(w);
            for (int j = 0; j < P; j++) {
                double b = screen.bound(j);
                assertTrue(b >= Math.abs(g[j]), "bound " + b + " below |g| " + Math.abs(g[j]) + " at noise " + noise);
                if (noise == 0) {
                    assertEquals(Math.abs(g[j]), b, 1e-8 * (1 + Math.abs(g[j])), "in the span the bound is the gradient");
                }
            }
        }
    }

    @Test
    void aResidualInsideTheSpanAddsNoAnchor() {
        GradientScreen screen = new GradientScreen(cols, M, N, 8);
        double[] a = random();
        double[] b = random();
        screen.addAnchor(a, exact(a));
        screen.addAnchor(b, exact(b));
        double[] c = new double[M];
        for (int i = 0; i < M; i++) {
            c[i] = 2 * a[i] - b[i];
        }
        screen.addAnchor(c, exact(c));
        assertEquals(2, screen.size());
    }
}
