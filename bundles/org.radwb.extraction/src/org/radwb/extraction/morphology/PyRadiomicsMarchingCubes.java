package org.radwb.extraction.morphology;

import java.util.Arrays;

/**
 * Marching cubes exactly as PyRadiomics 3.1 builds its shape mesh ({@code radiomics/src/cshape.c},
 * {@code calculate_coefficients}), so MeshVolume, SurfaceArea, SurfaceVolumeRatio and Sphericity agree with
 * PyRadiomics to round-off rather than to the ~0.5 % that separates different triangulations.
 * <p>
 * How PyRadiomics does it, reproduced here:
 * <ul>
 * <li>the mask (cropped to the ROI bounding box) is padded with one background voxel on every side; array axes are
 * (z, y, x) and the spacing is taken in that order; image direction and origin are ignored;</li>
 * <li>every 2x2x2 cube of the padded grid is visited, its 8 corners numbered in PyRadiomics' order (offsets
 * {@link #CORNERS}); a configuration with corner 7 set is complemented ({@code idx ^ 0xff}) and looked up in a
 * 128-row table, and its triangles' signed volume is then counted negatively (the surface area is not signed);</li>
 * <li>vertices lie at edge midpoints; the volume is the sum of {@code a . (b x c)} over the triangles divided by 6 and
 * the area the sum of {@code |(a - c) x (b - c)| / 2}, coordinates being (padded index + offset) times spacing;</li>
 * <li>the surface points for the diameters are the edge midpoints with a crossing, each stored once (edges 6, 7 and
 * 11 of the cube that owns them).</li>
 * </ul>
 * Because complemented configurations re-use the table, ambiguous faces are not always split the same way on both
 * sides; the mesh can thus have small cracks, which PyRadiomics has too and which this class keeps on purpose.
 * <p>
 * The triangle table {@link #TRIANGLES} is data reproduced from PyRadiomics' {@code cshape.c}:
 * <pre>
 * Copyright 2017 Harvard Medical School
 *
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
 * following conditions are met:
 * 1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following
 * disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
 * following disclaimer in the documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote
 * products derived from this software without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
 * INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
 * SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
 * WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 * </pre>
 */
public final class PyRadiomicsMarchingCubes {

    /** Corner offsets (dz, dy, dx) in PyRadiomics' numbering. */
    static final int[][] CORNERS = { { 0, 0, 0 }, { 0, 0, 1 }, { 0, 1, 1 }, { 0, 1, 0 }, { 1, 0, 0 }, { 1, 0, 1 },
            { 1, 1, 1 }, { 1, 1, 0 } };

    /** Edge midpoints (z, y, x) relative to the cube origin; edge e joins the corners in {@link #EDGE_CORNERS}[e]. */
    static final double[][] MIDPOINTS = { { 0, 0, 0.5 }, { 0, 0.5, 1 }, { 0, 1, 0.5 }, { 0, 0.5, 0 }, { 1, 0, 0.5 },
            { 1, 0.5, 1 }, { 1, 1, 0.5 }, { 1, 0.5, 0 }, { 0.5, 0, 0 }, { 0.5, 0, 1 }, { 0.5, 1, 1 }, { 0.5, 1, 0 } };

    /**
     * The two corners of each edge (cshape.c's comment gives { 7, 0 } for edge 11, but its midpoint (0.5, 1, 0) lies
     * between corners 3 and 7, which is what the table uses).
     */
    static final int[][] EDGE_CORNERS = { { 1, 0 }, { 2, 1 }, { 3, 2 }, { 3, 0 }, { 5, 4 }, { 6, 5 }, { 7, 6 }, { 7, 4 },
            { 4, 0 }, { 5, 1 }, { 6, 2 }, { 7, 3 } };

    /** Triangles (edge triples) of configurations 0..127 (corner 7 never set), from PyRadiomics' cshape.c. */
    static final int[][] TRIANGLES = {
            {},
            { 0, 8, 3 },
            { 1, 9, 0 },
            { 1, 8, 3, 1, 9, 8 },
            { 1, 2, 10 },
            { 0, 8, 3, 1, 2, 10 },
            { 9, 2, 10, 0, 2, 9 },
            { 2, 8, 3, 2, 10, 8, 10, 9, 8 },
            { 11, 2, 3 },
            { 11, 2, 0, 0, 8, 11 },
            { 1, 9, 0, 11, 2, 3 },
            { 11, 2, 1, 1, 9, 11, 9, 8, 11 },
            { 3, 10, 1, 11, 10, 3 },
            { 10, 1, 0, 0, 8, 10, 8, 11, 10 },
            { 9, 0, 3, 3, 11, 9, 11, 10, 9 },
            { 9, 8, 10, 11, 10, 8 },
            { 4, 7, 8 },
            { 0, 4, 3, 4, 7, 3 },
            { 1, 9, 0, 4, 7, 8 },
            { 1, 9, 4, 1, 4, 7, 1, 7, 3 },
            { 1, 2, 10, 4, 7, 8 },
            { 3, 4, 7, 3, 0, 4, 1, 2, 10 },
            { 9, 2, 10, 9, 0, 2, 4, 7, 8 },
            { 2, 10, 9, 2, 9, 7, 2, 7, 3, 4, 7, 9 },
            { 4, 7, 8, 11, 2, 3 },
            { 11, 4, 7, 11, 2, 4, 2, 0, 4 },
            { 1, 9, 0, 4, 7, 8, 11, 2, 3 },
            { 4, 7, 11, 9, 4, 11, 11, 2, 9, 1, 9, 2 },
            { 3, 10, 1, 11, 10, 3, 4, 7, 8 },
            { 11, 10, 1, 1, 4, 11, 1, 0, 4, 4, 7, 11 },
            { 4, 7, 8, 9, 0, 3, 3, 11, 9, 11, 10, 9 },
            { 4, 7, 11, 4, 11, 9, 9, 11, 10 },
            { 9, 5, 4 },
            { 9, 5, 4, 0, 8, 3 },
            { 0, 5, 4, 0, 1, 5 },
            { 8, 5, 4, 8, 3, 5, 3, 1, 5 },
            { 1, 2, 10, 9, 5, 4 },
            { 0, 8, 3, 1, 2, 10, 9, 5, 4 },
            { 2, 10, 5, 5, 4, 2, 2, 4, 0 },
            { 2, 10, 5, 3, 2, 5, 3, 5, 4, 8, 3, 4 },
            { 9, 5, 4, 11, 2, 3 },
            { 11, 2, 0, 0, 8, 11, 9, 5, 4 },
            { 0, 5, 4, 0, 1, 5, 11, 2, 3 },
            { 2, 1, 5, 2, 5, 8, 11, 2, 8, 5, 4, 8 },
            { 3, 10, 1, 11, 10, 3, 9, 5, 4 },
            { 5, 4, 9, 10, 1, 0, 0, 8, 10, 8, 11, 10 },
            { 5, 4, 0, 5, 0, 11, 10, 5, 11, 11, 0, 3 },
            { 5, 4, 8, 10, 5, 8, 11, 10, 8 },
            { 7, 8, 9, 5, 7, 9 },
            { 3, 0, 9, 5, 3, 9, 3, 5, 7 },
            { 7, 8, 0, 0, 1, 7, 7, 1, 5 },
            { 1, 5, 7, 1, 7, 3 },
            { 7, 8, 9, 5, 7, 9, 1, 2, 10 },
            { 1, 2, 10, 3, 0, 9, 3, 9, 5, 3, 5, 7 },
            { 0, 2, 8, 8, 2, 5, 8, 5, 7, 2, 10, 5 },
            { 2, 10, 5, 2, 5, 3, 3, 5, 7 },
            { 5, 7, 9, 7, 8, 9, 11, 2, 3 },
            { 5, 7, 9, 9, 7, 2, 2, 0, 9, 11, 2, 7 },
            { 11, 2, 3, 0, 1, 8, 1, 7, 8, 1, 5, 7 },
            { 2, 1, 11, 1, 7, 11, 1, 5, 7 },
            { 7, 8, 9, 5, 7, 9, 3, 10, 1, 11, 10, 3 },
            { 5, 7, 0, 5, 0, 9, 7, 11, 0, 10, 1, 0, 11, 10, 0 },
            { 11, 10, 0, 0, 3, 11, 10, 5, 0, 0, 7, 8, 5, 7, 0 },
            { 11, 10, 5, 5, 7, 11 },
            { 6, 5, 10 },
            { 0, 8, 3, 6, 5, 10 },
            { 1, 9, 0, 6, 5, 10 },
            { 1, 8, 3, 1, 9, 8, 6, 5, 10 },
            { 1, 6, 5, 1, 2, 6 },
            { 1, 6, 5, 1, 2, 6, 0, 8, 3 },
            { 9, 6, 5, 9, 0, 6, 0, 2, 6 },
            { 5, 9, 8, 5, 8, 2, 5, 2, 6, 8, 3, 2 },
            { 11, 2, 3, 6, 5, 10 },
            { 11, 2, 0, 0, 8, 11, 6, 5, 10 },
            { 1, 9, 0, 11, 2, 3, 6, 5, 10 },
            { 11, 2, 1, 1, 9, 11, 9, 8, 11, 6, 5, 10 },
            { 6, 3, 11, 6, 5, 3, 5, 1, 3 },
            { 0, 8, 11, 0, 11, 5, 0, 5, 1, 5, 11, 6 },
            { 6, 3, 11, 0, 3, 6, 0, 6, 5, 0, 5, 9 },
            { 6, 5, 9, 6, 9, 11, 11, 9, 8 },
            { 4, 7, 8, 6, 5, 10 },
            { 0, 4, 3, 4, 7, 3, 6, 5, 10 },
            { 1, 9, 0, 4, 7, 8, 6, 5, 10 },
            { 1, 9, 4, 1, 4, 7, 1, 7, 3, 6, 5, 10 },
            { 4, 7, 8, 1, 6, 5, 1, 2, 6 },
            { 0, 4, 3, 4, 7, 3, 1, 6, 5, 1, 2, 6 },
            { 4, 7, 8, 9, 6, 5, 9, 0, 6, 0, 2, 6 },
            { 7, 3, 9, 4, 7, 9, 3, 2, 9, 5, 9, 6, 2, 6, 9 },
            { 11, 2, 3, 4, 7, 8, 6, 5, 10 },
            { 11, 4, 7, 11, 2, 4, 2, 0, 4, 6, 5, 10 },
            { 1, 9, 0, 11, 2, 3, 4, 7, 8, 6, 5, 10 },
            { 4, 7, 11, 9, 4, 11, 11, 2, 9, 1, 9, 2, 6, 5, 10 },
            { 4, 7, 8, 6, 3, 11, 6, 5, 3, 5, 1, 3 },
            { 5, 1, 11, 5, 11, 6, 1, 0, 11, 4, 7, 11, 0, 4, 11 },
            { 4, 7, 8, 6, 3, 11, 0, 3, 6, 0, 6, 5, 0, 5, 9 },
            { 6, 5, 9, 6, 9, 11, 4, 7, 9, 7, 11, 9 },
            { 10, 4, 9, 6, 4, 10 },
            { 10, 4, 9, 6, 4, 10, 0, 8, 3 },
            { 0, 1, 10, 10, 6, 0, 6, 4, 0 },
            { 1, 8, 3, 1, 6, 8, 8, 6, 4, 6, 1, 10 },
            { 1, 4, 9, 1, 2, 4, 2, 6, 4 },
            { 1, 4, 9, 1, 2, 4, 2, 6, 4, 0, 8, 3 },
            { 0, 2, 4, 4, 2, 6 },
            { 8, 3, 2, 8, 2, 4, 4, 2, 6 },
            { 11, 2, 3, 10, 4, 9, 6, 4, 10 },
            { 11, 2, 0, 0, 8, 11, 10, 4, 9, 6, 4, 10 },
            { 11, 2, 3, 0, 1, 10, 10, 6, 0, 6, 4, 0 },
            { 6, 4, 1, 6, 1, 10, 1, 4, 8, 11, 2, 1, 1, 8, 11 },
            { 9, 6, 4, 3, 6, 9, 1, 3, 9, 11, 6, 3 },
            { 1, 8, 11, 0, 8, 1, 11, 6, 1, 1, 4, 9, 6, 4, 1 },
            { 6, 3, 11, 0, 3, 6, 6, 4, 0 },
            { 8, 6, 4, 6, 8, 11 },
            { 6, 7, 10, 7, 8, 10, 8, 9, 10 },
            { 6, 7, 10, 0, 10, 7, 0, 9, 10, 0, 7, 3 },
            { 6, 7, 10, 1, 10, 7, 1, 7, 8, 0, 1, 8 },
            { 6, 7, 10, 1, 10, 7, 1, 7, 3 },
            { 1, 2, 6, 1, 6, 8, 1, 8, 9, 6, 7, 8 },
            { 2, 6, 9, 1, 2, 9, 6, 7, 9, 3, 0, 9, 7, 3, 9 },
            { 0, 7, 8, 7, 0, 6, 6, 0, 2 },
            { 2, 7, 3, 2, 6, 7 },
            { 11, 2, 3, 6, 7, 10, 7, 8, 10, 8, 9, 10 },
            { 2, 0, 7, 11, 2, 7, 0, 9, 7, 6, 7, 10, 9, 10, 7 },
            { 6, 7, 10, 1, 10, 7, 1, 7, 8, 0, 1, 8, 11, 2, 3 },
            { 11, 2, 1, 1, 7, 11, 10, 6, 1, 1, 6, 7 },
            { 8, 9, 6, 6, 7, 8, 1, 6, 9, 11, 6, 3, 1, 3, 6 },
            { 0, 9, 1, 6, 7, 11 },
            { 0, 7, 8, 7, 0, 6, 0, 3, 11, 11, 6, 0 },
            { 6, 7, 11 } };

    /** The edges (6, 7, 11) whose midpoints a cube owns, and the corner whose membership puts a vertex there. */
    private static final int[] OWNED_EDGES = { 6, 7, 11 };
    private static final int[] OWNED_EDGE_CORNERS = { 6, 4, 3 };

    private PyRadiomicsMarchingCubes() {
    }

    /** PyRadiomics' mesh measures of one mask. */
    public static final class Result {
        /** Mesh volume in mm³ (signed sum, as PyRadiomics reports it). */
        public final double volume;
        /** Surface area in mm². */
        public final double area;
        /** Surface points (edge midpoints with a crossing), x,y,z in mm, each once; for the diameters. */
        public final double[] vertices;

        Result(double volume, double area, double[] vertices) {
            this.volume = volume;
            this.area = area;
            this.vertices = vertices;
        }
    }

    /**
     * Computes PyRadiomics' mesh volume, surface area and surface points of {@code mask} (x fastest, nx*ny*nz, cropped
     * to the ROI box); {@code sx, sy, sz} is the voxel spacing in mm.
     */
    public static Result compute(boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz) {
        if (mask.length != (long) nx * ny * nz) {
            throw new IllegalArgumentException("mask has " + mask.length + " voxels, expected " + nx + "x" + ny + "x" + nz);
        }
        double[] spacing = { sz, sy, sx }; // (z, y, x), as PyRadiomics passes GetSpacing()[::-1]
        // padded grid: (nz + 2)(ny + 2)(nx + 2); cube (iz, iy, ix) has its origin at padded index (iz, iy, ix)
        int pz = nz + 2, py = ny + 2, px = nx + 2;
        double volume = 0, area = 0;
        double[] verts = new double[96];
        int nv = 0;
        double[] a = new double[3], b = new double[3], c = new double[3];
        for (int iz = 0; iz < pz - 1; iz++) {
            for (int iy = 0; iy < py - 1; iy++) {
                for (int ix = 0; ix < px - 1; ix++) {
                    int cube = 0;
                    for (int q = 0; q < 8; q++) {
                        // padded index p -> mask index p - 1
                        int k = iz + CORNERS[q][0] - 1, j = iy + CORNERS[q][1] - 1, i = ix + CORNERS[q][2] - 1;
                        if (k >= 0 && j >= 0 && i >= 0 && k < nz && j < ny && i < nx && mask[i + nx * (j + ny * k)]) {
                            cube |= 1 << q;
                        }
                    }
                    int sign = 1;
                    if ((cube & 0x80) != 0) { // the table holds the 128 configurations without corner 7
                        cube ^= 0xff;
                        sign = -1;
                    }
                    for (int t = 0; t < 3; t++) {
                        if ((cube & (1 << OWNED_EDGE_CORNERS[t])) != 0) {
                            if (nv + 3 > verts.length) {
                                verts = Arrays.copyOf(verts, verts.length * 2);
                            }
                            double[] m = MIDPOINTS[OWNED_EDGES[t]];
                            verts[nv++] = (ix + m[2]) * sx;
                            verts[nv++] = (iy + m[1]) * sy;
                            verts[nv++] = (iz + m[0]) * sz;
                        }
                    }
                    if (cube == 0) {
                        continue;
                    }
                    int[] tri = TRIANGLES[cube];
                    for (int t = 0; t < tri.length; t += 3) {
                        for (int d = 0; d < 3; d++) {
                            int origin = d == 0 ? iz : d == 1 ? iy : ix;
                            a[d] = (origin + MIDPOINTS[tri[t]][d]) * spacing[d];
                            b[d] = (origin + MIDPOINTS[tri[t + 1]][d]) * spacing[d];
                            c[d] = (origin + MIDPOINTS[tri[t + 2]][d]) * spacing[d];
                        }
                        double ab0 = a[1] * b[2] - b[1] * a[2];
                        double ab1 = a[2] * b[0] - b[2] * a[0];
                        double ab2 = a[0] * b[1] - b[0] * a[1];
                        volume += sign * (ab0 * c[0] + ab1 * c[1] + ab2 * c[2]);
                        double u0 = a[0] - c[0], u1 = a[1] - c[1], u2 = a[2] - c[2];
                        double w0 = b[0] - c[0], w1 = b[1] - c[1], w2 = b[2] - c[2];
                        double n0 = u1 * w2 - w1 * u2, n1 = u2 * w0 - w2 * u0, n2 = u0 * w1 - w0 * u1;
                        area += 0.5 * Math.sqrt(n0 * n0 + n1 * n1 + n2 * n2);
                    }
                }
            }
        }
        return new Result(volume / 6, area, Arrays.copyOf(verts, nv));
    }
}
