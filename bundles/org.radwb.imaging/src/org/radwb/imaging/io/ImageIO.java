package org.radwb.imaging.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.radwb.imaging.LabelMap;
import org.radwb.imaging.SparseLabels;
import org.radwb.imaging.Volume;

/** One entry point for images and masks: picks the format from the file name. */
public final class ImageIO {

    private ImageIO() {
    }

    /** The supported formats. */
    public enum Format {
        NIFTI, NRRD
    }

    /**
     * @return the format of a file name: {@code .nii}, {@code .nii.gz}, {@code .hdr}, {@code .img} are NIfTI,
     *         {@code .nrrd}, {@code .nhdr} are NRRD
     * @throws ImageFormatException for other names
     */
    public static Format formatOf(Path file) throws ImageFormatException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".nii") || n.endsWith(".nii.gz") || n.endsWith(".hdr") || n.endsWith(".hdr.gz")) {
            return Format.NIFTI;
        }
        if (n.endsWith(".nrrd") || n.endsWith(".nhdr")) {
            return Format.NRRD;
        }
        throw new ImageFormatException(file, "file name", "unknown image format; expected .nii, .nii.gz, .hdr, .nrrd or .nhdr");
    }

    /** Reads a scalar image (NIfTI or NRRD) with LPS geometry. */
    public static Volume read(Path file) throws IOException {
        return formatOf(file) == Format.NIFTI ? NiftiIO.read(file) : NrrdIO.read(file);
    }

    /** Reads a label map / mask (NIfTI or NRRD) with LPS geometry. */
    public static LabelMap readLabels(Path file) throws IOException {
        return formatOf(file) == Format.NIFTI ? NiftiIO.readLabels(file) : NrrdIO.readLabels(file);
    }

    /**
     * Reads a scalar image and hashes the file in the same pass (NIfTI; NRRD is read, then hashed).
     *
     * @return the volume, the file's voxel type and the SHA-256 of the file's bytes
     */
    public static HashedRead<Volume> readHashed(Path file) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            return NiftiIO.readHashed(file, null, null);
        }
        Volume v = NrrdIO.read(file);
        return new HashedRead<>(v, v.geometry(), NrrdIO.voxelTypeOf(file), HashedFile.sha256(file));
    }

    /**
     * Reads the box {@code lo..hi} of a scalar image (inclusive voxel indices; clamped to the file's grid) and hashes
     * the file in the same pass. The volume returned lies on the box's grid ({@link org.radwb.imaging.Geometry#crop});
     * its voxels equal those of {@link #read} exactly. NIfTI stops inflating after the box's last slice (the rest
     * is hashed and checked to be complete, as {@code NiftiIO} documents); NRRD is read whole, then cropped.
     *
     * @return the region (null when it does not intersect the grid), the file's whole grid, voxel type and SHA-256
     */
    public static HashedRead<Volume> readRegionHashed(Path file, int[] lo, int[] hi) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            return NiftiIO.readHashed(file, lo, hi);
        }
        HashedRead<Volume> all = readHashed(file);
        org.radwb.imaging.Geometry g = all.fileGeometry();
        int[] a = new int[3], b = new int[3];
        for (int d = 0; d < 3; d++) {
            a[d] = Math.max(0, lo[d]);
            b[d] = Math.min(g.dims()[d] - 1, hi[d]);
            if (a[d] > b[d]) {
                return new HashedRead<>(null, g, all.type(), all.sha256());
            }
        }
        int cx = b[0] - a[0] + 1, cy = b[1] - a[1] + 1, cz = b[2] - a[2] + 1;
        float[] src = all.value().voxels();
        float[] out = new float[cx * cy * cz];
        for (int k = 0; k < cz; k++) {
            for (int j = 0; j < cy; j++) {
                System.arraycopy(src, g.index(a[0], a[1] + j, a[2] + k), out, cx * (j + cy * k), cx);
            }
        }
        return new HashedRead<>(new Volume(g.crop(a[0], a[1], a[2], cx, cy, cz), out), g, all.type(), all.sha256());
    }

    /**
     * Reads a label map keeping only its non-zero voxels, and hashes the file in the same pass (NIfTI; NRRD is read
     * whole, then hashed).
     */
    public static HashedRead<SparseLabels> readLabelsHashed(Path file) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            return NiftiIO.readLabelsHashed(file);
        }
        LabelMap m = NrrdIO.readLabels(file);
        return new HashedRead<>(SparseLabels.of(m), m.geometry(), NrrdIO.voxelTypeOf(file), HashedFile.sha256(file));
    }

    /** SHA-256 of a file's bytes, hex. */
    public static String sha256(Path file) throws IOException {
        return HashedFile.sha256(file);
    }

    /** The on-disk voxel type of an image file (reads the header only), e.g. to cast resampled values back. */
    public static VoxelType voxelTypeOf(Path file) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            try (java.io.InputStream in = Streams.open(file)) {
                return NiftiHeader.read(file, in).type();
            }
        }
        return NrrdIO.voxelTypeOf(file);
    }

    /** Writes a scalar image in the format of the file name. */
    public static void write(Volume v, Path file) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            NiftiIO.write(v, file);
        } else {
            NrrdIO.write(v, file);
        }
    }

    /** Writes a label map in the format of the file name. */
    public static void writeLabels(LabelMap m, Path file) throws IOException {
        if (formatOf(file) == Format.NIFTI) {
            NiftiIO.writeLabels(m, file);
        } else {
            NrrdIO.writeLabels(m, file);
        }
    }
}
