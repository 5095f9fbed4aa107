package org.radwb.extraction.texture;

/**
 * Test-only IBSI-1 resampling (image processing section: "align grid centres", trilinear interpolation, intensities
 * rounded to integers, mask interpolated trilinearly and kept where >= 0.5) of a cropped fixture, using the full
 * image size and the crop offset so the new grid is the one IBSI defines on the whole image. Used only to check the
 * 3D texture aggregations on CT configurations C and D; the product's resampling lives in the preprocessing code.
 */
final class IbsiTestResampler {

    private IbsiTestResampler() {
    }

    /**
     * @param c       cropped fixture (with at least one voxel of margin around the mask)
     * @param full    full image size {nx, ny, nz}
     * @param start   crop start {x, y, z} in the full image
     * @param spacing new spacing (mm) per axis {x, y, z}
     * @return the resampled crop: image rounded to integers, mask = interpolated mask >= 0.5
     */
    static PyRadiomicsCase resample(PyRadiomicsCase c, int[] full, int[] start, double[] spacing) {
        int[] cropN = {c.nx, c.ny, c.nz};
        double[][] pos = new double[3][];
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int a = 0; a < 3; a++) {
            double sa = c.spacing[a];
            int nb = (int) Math.ceil(full[a] * sa / spacing[a]);
            double step = spacing[a] / sa;
            double origin = ((full[a] - 1) - (nb - 1) * step) / 2.0;
            // keep new voxels whose 2 x 2 x 2 interpolation neighbours lie inside the crop
            int first = -1;
            int last = -2;
            for (int j = 0; j < nb; j++) {
                double q = origin + j * step - start[a];
                if (Math.floor(q) >= 0 && Math.floor(q) + 1 <= cropN[a] - 1) {
                    if (first < 0) {
                        first = j;
                    }
                    last = j;
                }
            }
            lo[a] = first;
            hi[a] = last;
            pos[a] = new double[last - first + 1];
            for (int j = first; j <= last; j++) {
                pos[a][j - first] = origin + j * step - start[a];
            }
        }
        int nx = pos[0].length;
        int ny = pos[1].length;
        int nz = pos[2].length;
        int[] image = new int[nx * ny * nz];
        boolean[] mask = new boolean[image.length];
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    double[] v = interpolate(c, pos[0][x], pos[1][y], pos[2][z]);
                    image[i] = (int) Math.rint(v[0]);
                    mask[i] = v[1] >= 0.5;
                }
            }
        }
        return new PyRadiomicsCase(nx, ny, nz, spacing.clone(), image, mask);
    }

    /** @return {image, mask} trilinearly interpolated at crop coordinates (x, y, z) */
    private static double[] interpolate(PyRadiomicsCase c, double x, double y, double z) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        int z0 = (int) Math.floor(z);
        double fx = x - x0;
        double fy = y - y0;
        double fz = z - z0;
        double img = 0;
        double msk = 0;
        for (int dz = 0; dz <= 1; dz++) {
            double wz = dz == 0 ? 1 - fz : fz;
            for (int dy = 0; dy <= 1; dy++) {
                double wy = dy == 0 ? 1 - fy : fy;
                for (int dx = 0; dx <= 1; dx++) {
                    double w = wz * wy * (dx == 0 ? 1 - fx : fx);
                    if (w == 0) {
                        continue;
                    }
                    int idx = (x0 + dx) + c.nx * ((y0 + dy) + c.ny * (z0 + dz));
                    img += w * c.image[idx];
                    msk += w * (c.mask[idx] ? 1 : 0);
                }
            }
        }
        return new double[] {img, msk};
    }
}
