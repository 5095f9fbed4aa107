package org.radwb.imaging.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.radwb.imaging.LabelMap;
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
