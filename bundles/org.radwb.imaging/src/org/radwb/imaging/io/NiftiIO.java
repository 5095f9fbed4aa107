package org.radwb.imaging.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.SparseLabels;
import org.radwb.imaging.Volume;

/**
 * NIfTI-1 and NIfTI-2 reading ({@code .nii}, {@code .nii.gz}, {@code .hdr}/{@code .img} pairs, either byte order)
 * and NIfTI-1 writing. World coordinates are converted between NIfTI's RAS and this library's LPS.
 */
public final class NiftiIO {

    private NiftiIO() {
    }

    /** Reads a scalar image; scl_slope/scl_inter are applied. */
    public static Volume read(Path file) throws IOException {
        try (InputStream in = Streams.open(file)) {
            NiftiHeader h = NiftiHeader.read(file, in);
            Geometry g = h.geometry(file);
            try (InputStream data = dataStream(file, in, h)) {
                return new Volume(g, VoxelDecoder.readFloats(file, data, h.type(), h.order, g.size(), h.slope(), h.inter()));
            }
        }
    }

    /** Reads a label map (integer voxel values after scl_slope/scl_inter). */
    public static LabelMap readLabels(Path file) throws IOException {
        try (InputStream in = Streams.open(file)) {
            NiftiHeader h = NiftiHeader.read(file, in);
            Geometry g = h.geometry(file);
            try (InputStream data = dataStream(file, in, h)) {
                return new LabelMap(g, VoxelDecoder.readInts(file, data, h.type(), h.order, g.size(), h.slope(), h.inter()));
            }
        }
    }

    /**
     * Reads a scalar image, or only the box {@code lo..hi} of it (inclusive voxel indices, clamped to the file's
     * grid; null = the whole volume), in one pass that also hashes the file. A region read stops inflating after the
     * box's last slice; the rest of the file is then only hashed, and checked to be complete (see
     * {@link #checkRest}).
     */
    static HashedRead<Volume> readHashed(Path file, int[] lo, int[] hi) throws IOException {
        try (HashedFile hf = HashedFile.open(file)) {
            NiftiHeader h = NiftiHeader.read(file, hf.data());
            Geometry g = h.geometry(file);
            float[] voxels;
            Geometry vg = g;
            try (InputStream data = dataStream(file, hf.data(), h)) {
                if (lo == null) {
                    voxels = VoxelDecoder.readFloats(file, data, h.type(), h.order, g.size(), h.slope(), h.inter());
                } else {
                    int[] a = new int[3], b = new int[3];
                    for (int d = 0; d < 3; d++) {
                        a[d] = Math.max(0, lo[d]);
                        b[d] = Math.min(g.dims()[d] - 1, hi[d]);
                        if (a[d] > b[d]) {
                            return new HashedRead<>(null, g, h.type(), hf.finishSha256());
                        }
                    }
                    voxels = VoxelDecoder.readRegion(file, data, h.type(), h.order, g.nx(), g.ny(), g.nz(), a, b, h.slope(), h.inter());
                    vg = g.crop(a[0], a[1], a[2], b[0] - a[0] + 1, b[1] - a[1] + 1, b[2] - a[2] + 1);
                    checkRest(file, data, h, g, (long) g.nx() * g.ny() * (b[2] + 1));
                }
            }
            return new HashedRead<>(new Volume(vg, voxels), g, h.type(), hf.finishSha256());
        }
    }

    /** Reads a label map keeping its non-zero voxels only, in one pass that also hashes the file. */
    static HashedRead<SparseLabels> readLabelsHashed(Path file) throws IOException {
        try (HashedFile hf = HashedFile.open(file)) {
            NiftiHeader h = NiftiHeader.read(file, hf.data());
            Geometry g = h.geometry(file);
            SparseLabels out = new SparseLabels(g);
            try (InputStream data = dataStream(file, hf.data(), h)) {
                VoxelDecoder.readSparseInts(file, data, h.type(), h.order, g.size(), h.slope(), h.inter(), out);
            }
            return new HashedRead<>(out, g, h.type(), hf.finishSha256());
        }
    }

    /**
     * After a region read that stopped at voxel {@code read}: makes sure the voxel data the reader did not decode is
     * there. Cheap when the file says so: a single-member gzip whose trailer ISIZE equals the expected uncompressed
     * length (vox_offset + voxel bytes), or an uncompressed data file at least as long as that. Otherwise (truncated,
     * multi-member, trailing bytes) the rest is inflated and dropped, so a truncated or corrupt file fails with the
     * same message as a whole-volume read. Not checked without inflating: the integrity (CRC-32) of compressed bytes
     * after the region, which no value computed from the region depends on.
     */
    private static void checkRest(Path file, InputStream data, NiftiHeader h, Geometry g, long read) throws IOException {
        long voxels = (long) g.size() * h.type().bytes;
        if (!h.pairedFile() && Streams.completeAsDeclared(file, h.voxOffset + voxels)) {
            return;
        }
        VoxelDecoder.skipVoxels(file, data, h.type(), read, g.size()); // .hdr/.img pairs (rare) are always read through
    }

    /** Positions a stream at the first voxel: after vox_offset in a .nii, or in the .img of a .hdr/.img pair. */
    private static InputStream dataStream(Path file, InputStream in, NiftiHeader h) throws IOException {
        if (h.pairedFile()) {
            String name = file.getFileName().toString();
            String base = name.endsWith(".hdr.gz") ? name.substring(0, name.length() - 7)
                    : name.endsWith(".hdr") ? name.substring(0, name.length() - 4) : name;
            Path img = file.resolveSibling(base + ".img");
            if (!Files.exists(img)) {
                img = file.resolveSibling(base + ".img.gz");
            }
            if (!Files.exists(img)) {
                throw new ImageFormatException(file, "magic", "header of a .hdr/.img pair but " + base + ".img(.gz) is missing");
            }
            InputStream data = Streams.open(img);
            Streams.skipFully(img, data, h.voxOffset, "vox_offset");
            return data;
        }
        Streams.skipFully(file, in, h.voxOffset - (h.version == 1 ? 348 : 540), "vox_offset");
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the outer try closes the underlying stream
            }
        };
    }

    /** Writes a scalar image as float32 NIfTI-1 (gzipped if the name ends in .gz). */
    public static void write(Volume v, Path file) throws IOException {
        float[] x = v.voxels();
        ByteBuffer data = ByteBuffer.allocate(4 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(x);
        write(v.geometry(), VoxelType.FLOAT32, data.array(), file);
    }

    /** Writes a label map as int16 NIfTI-1 if the labels fit, else int32. */
    public static void writeLabels(LabelMap m, Path file) throws IOException {
        int[] x = m.labels();
        boolean fits = true;
        for (int l : x) {
            if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
                fits = false;
                break;
            }
        }
        ByteBuffer data = ByteBuffer.allocate((fits ? 2 : 4) * x.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int l : x) {
            if (fits) {
                data.putShort((short) l);
            } else {
                data.putInt(l);
            }
        }
        write(m.geometry(), fits ? VoxelType.INT16 : VoxelType.INT32, data.array(), file);
    }

    private static void write(Geometry g, VoxelType type, byte[] voxels, Path file) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, 348);
        h.put(38, (byte) 'r');
        short[] dim = { 3, (short) g.nx(), (short) g.ny(), (short) g.nz(), 1, 1, 1, 1 };
        if (g.nx() > Short.MAX_VALUE || g.ny() > Short.MAX_VALUE || g.nz() > Short.MAX_VALUE) {
            throw new IOException(file + ": dim: " + g + " exceeds NIfTI-1's 32767 voxels per axis");
        }
        for (int i = 0; i < 8; i++) {
            h.putShort(40 + 2 * i, dim[i]);
        }
        h.putShort(70, (short) type.niftiCode);
        h.putShort(72, (short) (type.bytes * 8));
        // RAS affine: negate the x and y rows of the LPS one
        double[] d = g.direction();
        double[] o = g.origin();
        double[][] m = new double[3][4];
        for (int r = 0; r < 3; r++) {
            double sign = r < 2 ? -1 : 1;
            for (int c = 0; c < 3; c++) {
                m[r][c] = sign * d[r * 3 + c] * g.spacing(c);
            }
            m[r][3] = sign * o[r];
        }
        double[] rot = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                rot[r * 3 + c] = m[r][c] / g.spacing(c);
            }
        }
        double det = rot[0] * (rot[4] * rot[8] - rot[5] * rot[7]) - rot[1] * (rot[3] * rot[8] - rot[5] * rot[6])
                + rot[2] * (rot[3] * rot[7] - rot[4] * rot[6]);
        double qfac = det < 0 ? -1 : 1;
        if (qfac < 0) {
            rot[2] = -rot[2];
            rot[5] = -rot[5];
            rot[8] = -rot[8];
        }
        double[] q = quaternion(rot);
        h.putFloat(76, (float) qfac);
        for (int a = 0; a < 3; a++) {
            h.putFloat(80 + 4 * a, (float) g.spacing(a));
        }
        h.putFloat(108, 352f);
        h.putFloat(112, 1f);
        h.putFloat(116, 0f);
        h.put(123, (byte) 2); // mm
        h.putShort(252, (short) 1);
        h.putShort(254, (short) 1);
        h.putFloat(256, (float) q[1]);
        h.putFloat(260, (float) q[2]);
        h.putFloat(264, (float) q[3]);
        for (int r = 0; r < 3; r++) {
            h.putFloat(268 + 4 * r, (float) m[r][3]);
            for (int c = 0; c < 4; c++) {
                h.putFloat(280 + 16 * r + 4 * c, (float) m[r][c]);
            }
        }
        byte[] magic = "n+1\0".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 4; i++) {
            h.put(344 + i, magic[i]);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            out.write(h.array());
            out.write(voxels);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Quaternion (a, b, c, d) of a proper rotation matrix (row-major), as nifti_mat44_to_quatern. */
    static double[] quaternion(double[] r) {
        double a = r[0] + r[4] + r[8] + 1, b, c, d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r[7] - r[5]) / a;
            c = 0.25 * (r[2] - r[6]) / a;
            d = 0.25 * (r[3] - r[1]) / a;
        } else {
            double xd = 1 + r[0] - (r[4] + r[8]);
            double yd = 1 + r[4] - (r[0] + r[8]);
            double zd = 1 + r[8] - (r[0] + r[4]);
            if (xd > 1) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r[1] + r[3]) / b;
                d = 0.25 * (r[2] + r[6]) / b;
                a = 0.25 * (r[7] - r[5]) / b;
            } else if (yd > 1) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r[1] + r[3]) / c;
                d = 0.25 * (r[5] + r[7]) / c;
                a = 0.25 * (r[2] - r[6]) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r[2] + r[6]) / d;
                c = 0.25 * (r[5] + r[7]) / d;
                a = 0.25 * (r[3] - r[1]) / d;
            }
            if (a < 0) {
                a = -a;
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new double[] { a, b, c, d };
    }
}
