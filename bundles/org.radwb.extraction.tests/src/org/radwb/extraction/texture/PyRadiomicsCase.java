package org.radwb.extraction.texture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PyRadiomics test case (brain1/brain2) cropped to its label bounding box (fixture made by make_roi_fixtures.py),
 * with a test-only re-implementation of PyRadiomics' discretisation so the texture engine can be checked on its own.
 */
final class PyRadiomicsCase {

    final int nx;
    final int ny;
    final int nz;
    final double[] spacing;
    final int[] image;
    final boolean[] mask;
    /** Comment lines of the fixture (without '#'). */
    List<String> comments = List.of();

    PyRadiomicsCase(int nx, int ny, int nz, double[] spacing, int[] image, boolean[] mask) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.spacing = spacing;
        this.image = image;
        this.mask = mask;
    }

    static PyRadiomicsCase load(String name) throws IOException {
        return loadResource("/texture/pyradiomics/" + name + "_roi.txt.gz");
    }

    /** Reads a cropped-ROI text fixture ({@code .gz} is decompressed). */
    static PyRadiomicsCase loadResource(String res) throws IOException {
        java.io.InputStream in = TextureFixtures.open(res);
        if (res.endsWith(".gz")) {
            in = new java.util.zip.GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            String l;
            while ((l = r.readLine()) != null) {
                if (l.startsWith("#")) {
                    comments.add(l.substring(1).trim());
                } else {
                    lines.add(l);
                }
            }
            String[] size = lines.get(0).split(" ");
            String[] sp = lines.get(1).split(" ");
            int nx = Integer.parseInt(size[1]);
            int ny = Integer.parseInt(size[2]);
            int nz = Integer.parseInt(size[3]);
            double[] spacing = {Double.parseDouble(sp[1]), Double.parseDouble(sp[2]), Double.parseDouble(sp[3])};
            int rows = ny * nz;
            int[] image = new int[nx * ny * nz];
            boolean[] mask = new boolean[image.length];
            if (!lines.get(2).equals("image") || !lines.get(3 + rows).equals("mask")) {
                throw new IOException(res + ": unexpected layout");
            }
            for (int row = 0; row < rows; row++) {
                String[] img = lines.get(3 + row).split(" ");
                String[] msk = lines.get(4 + rows + row).split(" ");
                for (int x = 0; x < nx; x++) {
                    image[row * nx + x] = Integer.parseInt(img[x]);
                    mask[row * nx + x] = msk[x].equals("1");
                }
            }
            PyRadiomicsCase c = new PyRadiomicsCase(nx, ny, nz, spacing, image, mask);
            c.comments = comments;
            return c;
        }
    }

    /** @return the mask as booleans (copy) */
    boolean[] maskCopy() {
        return mask.clone();
    }

    /** IBSI range re-segmentation and fixed bin size discretisation from the lower range bound (config A style). */
    DiscretisedRoi ibsiFixedBinSize(double lower, double upper, double width, int ng) {
        int[] levels = new int[image.length];
        for (int i = 0; i < image.length; i++) {
            if (mask[i] && image[i] >= lower && image[i] <= upper) {
                levels[i] = (int) Math.floor((image[i] - lower) / width) + 1;
            }
        }
        return new DiscretisedRoi(nx, ny, nz, spacing[0], spacing[1], spacing[2], levels, ng);
    }

    /** PyRadiomics resegmentMask, mode 'sigma': keeps ROI voxels within mean +- k population SDs. */
    PyRadiomicsCase resegmentSigma(double lowK, double highK) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                sum += image[i];
                n++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                ss += (image[i] - mean) * (image[i] - mean);
            }
        }
        double sd = Math.sqrt(ss / n);
        double lo = mean + lowK * sd;
        double hi = mean + highK * sd;
        boolean[] m = new boolean[mask.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mask[i] && image[i] >= lo && image[i] <= hi;
        }
        return new PyRadiomicsCase(nx, ny, nz, spacing, image, m);
    }

    /** PyRadiomics fixed bin width: edges from the largest multiple of w <= min, level = digitize(x, edges). */
    DiscretisedRoi binWidth(double w) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                min = Math.min(min, image[i]);
            }
        }
        double low = min - Math.floorMod((long) min, (long) w);
        int[] levels = new int[image.length];
        int ng = 1;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                levels[i] = (int) Math.floor((image[i] - low) / w) + 1;
                ng = Math.max(ng, levels[i]);
            }
        }
        return new DiscretisedRoi(nx, ny, nz, spacing[0], spacing[1], spacing[2], levels, ng);
    }

    /** PyRadiomics fixed bin count: numpy.histogram edges (linspace) with the last edge + 1, then digitize. */
    DiscretisedRoi binCount(int bins) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                min = Math.min(min, image[i]);
                max = Math.max(max, image[i]);
            }
        }
        double step = (double) (max - min) / bins;
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = k * step + min;
        }
        edges[bins] = max + 1;
        int[] levels = new int[image.length];
        for (int i = 0; i < image.length; i++) {
            if (mask[i]) {
                int k = 0;
                while (k < bins && image[i] >= edges[k + 1]) {
                    k++;
                }
                levels[i] = k + 1;
            }
        }
        return new DiscretisedRoi(nx, ny, nz, spacing[0], spacing[1], spacing[2], levels, bins);
    }
}
