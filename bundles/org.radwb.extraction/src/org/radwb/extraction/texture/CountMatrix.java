package org.radwb.extraction.texture;

/**
 * A grey level by "j" count matrix (runs, zones, distances or dependences): element {@code (i-1)*nj + (j-1)} counts the
 * runs/zones/voxels with grey level i and run length / zone size / distance / dependence count j.
 *
 * @param ng     number of grey levels (rows)
 * @param nj     number of columns (largest j)
 * @param values row-major counts, length ng*nj
 */
public record CountMatrix(int ng, int nj, double[] values) {

    /** Checks the shape. */
    public CountMatrix {
        if (values.length != ng * nj) {
            throw new IllegalArgumentException("values has " + values.length + " elements, expected " + ng + " x " + nj);
        }
    }

    /** @return the count for grey level i (1-based) and column j (1-based) */
    public double get(int i, int j) {
        return values[(i - 1) * nj + (j - 1)];
    }

    /** @return the sum of all counts */
    public double total() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** @return sum of j * count, i.e. the voxels covered by runs or zones */
    double weightedByJ() {
        double s = 0;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < nj; j++) {
                s += (j + 1) * values[i * nj + j];
            }
        }
        return s;
    }

    /** @return the element-wise sum of matrices with the same number of rows (columns padded to the widest) */
    static CountMatrix sum(Iterable<CountMatrix> matrices, int ng) {
        int nj = 1;
        for (CountMatrix m : matrices) {
            nj = Math.max(nj, m.nj);
        }
        double[] v = new double[ng * nj];
        for (CountMatrix m : matrices) {
            for (int i = 0; i < ng; i++) {
                for (int j = 0; j < m.nj; j++) {
                    v[i * nj + j] += m.values[i * m.nj + j];
                }
            }
        }
        return new CountMatrix(ng, nj, v);
    }
}
