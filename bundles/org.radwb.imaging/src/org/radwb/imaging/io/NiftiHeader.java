package org.radwb.imaging.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.radwb.imaging.Geometry;

/**
 * The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that define the voxel grid and values, and
 * the conversion of its RAS affine into an LPS {@link Geometry}.
 */
final class NiftiHeader {

    int version;
    ByteOrder order;
    long[] dim = new long[8];
    int datatype;
    int bitpix;
    double[] pixdim = new double[8];
    long voxOffset;
    double sclSlope;
    double sclInter;
    int xyztUnits;
    int qformCode;
    int sformCode;
    double quaternB, quaternC, quaternD;
    double[] qoffset = new double[3];
    double[][] srow = new double[3][4];
    String magic;

    /** Parses the header from the start of {@code in}; leaves the stream just after the header. */
    static NiftiHeader read(Path file, InputStream in) throws IOException {
        byte[] first = Streams.readFully(file, in, 4, "sizeof_hdr");
        int le = ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int be = ByteBuffer.wrap(first).order(ByteOrder.BIG_ENDIAN).getInt();
        NiftiHeader h = new NiftiHeader();
        int size;
        if (le == 348 || be == 348) {
            h.version = 1;
            size = 348;
        } else if (le == 540 || be == 540) {
            h.version = 2;
            size = 540;
        } else {
            throw new ImageFormatException(file, "sizeof_hdr", "is " + le + " (little-endian) / " + be
                    + " (big-endian); expected 348 (NIfTI-1) or 540 (NIfTI-2) — not a NIfTI file");
        }
        h.order = (le == size) ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        byte[] all = new byte[size];
        System.arraycopy(first, 0, all, 0, 4);
        System.arraycopy(Streams.readFully(file, in, size - 4, "header"), 0, all, 4, size - 4);
        ByteBuffer b = ByteBuffer.wrap(all).order(h.order);
        if (h.version == 1) {
            h.parse1(b);
        } else {
            h.parse2(b);
        }
        h.validate(file);
        return h;
    }

    private void parse1(ByteBuffer b) {
        for (int i = 0; i < 8; i++) {
            dim[i] = b.getShort(40 + 2 * i);
        }
        datatype = b.getShort(70);
        bitpix = b.getShort(72);
        for (int i = 0; i < 8; i++) {
            pixdim[i] = b.getFloat(76 + 4 * i);
        }
        voxOffset = (long) b.getFloat(108);
        sclSlope = b.getFloat(112);
        sclInter = b.getFloat(116);
        xyztUnits = b.get(123) & 0xff;
        qformCode = b.getShort(252);
        sformCode = b.getShort(254);
        quaternB = b.getFloat(256);
        quaternC = b.getFloat(260);
        quaternD = b.getFloat(264);
        for (int i = 0; i < 3; i++) {
            qoffset[i] = b.getFloat(268 + 4 * i);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                srow[r][c] = b.getFloat(280 + 16 * r + 4 * c);
            }
        }
        magic = ascii(b, 344, 4);
    }

    private void parse2(ByteBuffer b) {
        magic = ascii(b, 4, 8);
        datatype = b.getShort(12);
        bitpix = b.getShort(14);
        for (int i = 0; i < 8; i++) {
            dim[i] = b.getLong(16 + 8 * i);
        }
        for (int i = 0; i < 8; i++) {
            pixdim[i] = b.getDouble(104 + 8 * i);
        }
        voxOffset = b.getLong(168);
        sclSlope = b.getDouble(176);
        sclInter = b.getDouble(184);
        qformCode = b.getInt(344);
        sformCode = b.getInt(348);
        quaternB = b.getDouble(352);
        quaternC = b.getDouble(360);
        quaternD = b.getDouble(368);
        for (int i = 0; i < 3; i++) {
            qoffset[i] = b.getDouble(376 + 8 * i);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                srow[r][c] = b.getDouble(400 + 32 * r + 8 * c);
            }
        }
        xyztUnits = b.getInt(500);
    }

    private static String ascii(ByteBuffer b, int off, int len) {
        byte[] s = new byte[len];
        for (int i = 0; i < len; i++) {
            s[i] = b.get(off + i);
        }
        int end = 0;
        while (end < len && s[end] != 0) {
            end++;
        }
        return new String(s, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** True when the voxels are in a separate .img file ("ni1"/"ni2"). */
    boolean pairedFile() {
        return magic.startsWith("ni");
    }

    private void validate(Path file) throws ImageFormatException {
        String expect1 = version == 1 ? "n+1" : "n+2";
        String expect2 = version == 1 ? "ni1" : "ni2";
        if (!magic.startsWith(expect1) && !magic.startsWith(expect2)) {
            throw new ImageFormatException(file, "magic", "is '" + magic + "', expected '" + expect1 + "' or '" + expect2 + "'");
        }
        if (dim[0] < 1 || dim[0] > 7) {
            throw new ImageFormatException(file, "dim[0]", "is " + dim[0] + ", expected 1..7");
        }
        for (int i = 1; i <= dim[0]; i++) {
            if (dim[i] < 1) {
                throw new ImageFormatException(file, "dim[" + i + "]", "is " + dim[i] + ", expected >= 1");
            }
        }
        for (int i = 4; i <= dim[0]; i++) {
            if (dim[i] != 1) {
                throw new ImageFormatException(file, "dim[" + i + "]", "is " + dim[i]
                        + ": images with more than 3 dimensions (time series, vectors) are not supported; expected 1");
            }
        }
        if (type() == null) {
            throw new ImageFormatException(file, "datatype", "code " + datatype + " (" + datatypeName(datatype)
                    + ") is not supported; expected one of uint8 (2), int16 (4), int32 (8), float32 (16), float64 (64), "
                    + "int8 (256), uint16 (512), uint32 (768), int64 (1024), uint64 (1280)");
        }
        if (bitpix != 0 && bitpix != type().bytes * 8) {
            throw new ImageFormatException(file, "bitpix", "is " + bitpix + " but datatype " + datatype + " has "
                    + type().bytes * 8 + " bits per voxel");
        }
        long minOffset = version == 1 ? 352 : 544;
        if (!pairedFile() && voxOffset < minOffset - 4) {
            throw new ImageFormatException(file, "vox_offset", "is " + voxOffset + ", expected >= " + minOffset);
        }
        long n = nx() * ny() * nz();
        if (n > Integer.MAX_VALUE - 8) {
            throw new ImageFormatException(file, "dim", "the image has " + n + " voxels; at most 2^31 are supported");
        }
    }

    long nx() {
        return dim[1];
    }

    long ny() {
        return dim[0] >= 2 ? dim[2] : 1;
    }

    long nz() {
        return dim[0] >= 3 ? dim[3] : 1;
    }

    VoxelType type() {
        return VoxelType.ofNifti(datatype);
    }

    /** Slope for scl_slope/scl_inter; the standard says a slope of 0 means "no scaling". */
    double slope() {
        return (sclSlope == 0 || !Double.isFinite(sclSlope)) ? 1 : sclSlope;
    }

    double inter() {
        return (sclSlope == 0 || !Double.isFinite(sclSlope) || !Double.isFinite(sclInter)) ? 0 : sclInter;
    }

    private static String datatypeName(int code) {
        switch (code) {
        case 0:
            return "UNKNOWN";
        case 1:
            return "BINARY";
        case 32:
            return "COMPLEX64";
        case 128:
            return "RGB24";
        case 1536:
            return "FLOAT128";
        case 1792:
            return "COMPLEX128";
        case 2048:
            return "COMPLEX256";
        case 2304:
            return "RGBA32";
        default:
            return "unknown code";
        }
    }

    /** Millimetres per spatial unit (xyzt_units & 7: 1 metre, 2 mm, 3 micron; 0 unknown = mm). */
    private double unitScale() {
        switch (xyztUnits & 7) {
        case 1:
            return 1000;
        case 3:
            return 0.001;
        default:
            return 1;
        }
    }

    /**
     * The grid in LPS. Precedence as nibabel's {@code get_best_affine} (the NIfTI-1 standard leaves it open):
     * sform if sform_code &gt; 0, else qform if qform_code &gt; 0, else pixdim scaling ("method 1", as ITK).
     */
    Geometry geometry(Path file) throws ImageFormatException {
        double u = unitScale();
        double[] m = new double[9]; // RAS, row-major, columns = axis vectors including spacing
        double[] t = new double[3];
        if (sformCode > 0) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    m[r * 3 + c] = srow[r][c] * u;
                }
                t[r] = srow[r][3] * u;
            }
        } else {
            double[] sp = new double[3];
            for (int a = 0; a < 3; a++) {
                double p = Math.abs(pixdim[a + 1]);
                if (a >= dim[0] && !(p > 0)) {
                    p = 1; // absent axis
                }
                if (!(p > 0) || !Double.isFinite(p)) {
                    throw new ImageFormatException(file, "pixdim[" + (a + 1) + "]", "is " + pixdim[a + 1]
                            + ", expected a finite voxel size > 0");
                }
                sp[a] = p * u;
            }
            if (qformCode > 0) {
                double b = quaternB, c = quaternC, d = quaternD;
                double aa = 1.0 - (b * b + c * c + d * d);
                double a;
                if (aa < 1e-7) { // as nifti1_io: renormalise (b,c,d) and use a = 0 (180-degree rotation)
                    double s = Math.sqrt(b * b + c * c + d * d);
                    b /= s;
                    c /= s;
                    d /= s;
                    a = 0;
                } else {
                    a = Math.sqrt(aa);
                }
                double qfac = pixdim[0] < 0 ? -1 : 1;
                double[] r = { a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
                        2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
                        2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b };
                for (int row = 0; row < 3; row++) {
                    m[row * 3] = r[row * 3] * sp[0];
                    m[row * 3 + 1] = r[row * 3 + 1] * sp[1];
                    m[row * 3 + 2] = r[row * 3 + 2] * sp[2] * qfac;
                    t[row] = qoffset[row] * u;
                }
            } else {
                m[0] = sp[0];
                m[4] = sp[1];
                m[8] = sp[2];
            }
        }
        double[] spacing = new double[3];
        double[] dir = new double[9];
        for (int c = 0; c < 3; c++) {
            double s = Math.sqrt(m[c] * m[c] + m[3 + c] * m[3 + c] + m[6 + c] * m[6 + c]);
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new ImageFormatException(file, sformCode > 0 ? "srow" : "pixdim", "axis " + c
                        + " has zero or invalid length; expected a valid voxel-to-world affine");
            }
            spacing[c] = s;
            for (int r = 0; r < 3; r++) {
                double v = m[r * 3 + c] / s;
                dir[r * 3 + c] = r < 2 ? -v : v; // RAS -> LPS: negate the x and y world axes
            }
        }
        double[] origin = { -t[0], -t[1], t[2] };
        try {
            return new Geometry(new int[] { (int) nx(), (int) ny(), (int) nz() }, spacing, origin, dir);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, sformCode > 0 ? "srow" : "quatern", e.getMessage(), e);
        }
    }
}
