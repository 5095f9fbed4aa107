package org.radwb.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.radwb.dicom.pixel.PixelData;
import org.radwb.imaging.Volume;

/**
 * Loads an image series (single-frame MR/CT slices, or one enhanced multi-frame object) into a {@link Volume}
 * with LPS geometry from Image Position/Orientation (Patient), values rescaled with each slice's Rescale Slope and
 * Intercept.
 */
public final class SeriesLoader {
    private final StackPolicy policy;
    private final int threads;

    /** @param threads file-reading threads (the machine has 2 cores; 2 is a good default) */
    public SeriesLoader(StackPolicy policy, int threads) {
        this.policy = policy;
        this.threads = Math.max(1, threads);
    }

    public SeriesLoader() {
        this(StackPolicy.REFUSE, 2);
    }

    /** A loaded series: the volume, the SOP Instance UID of each k slice, and warnings. */
    public record LoadedSeries(String seriesInstanceUid, String frameOfReferenceUid, String modality, Volume volume,
            List<String> sliceUids, List<String> warnings) {
    }

    /** Reads the files (all of one series) and builds the volume. */
    public LoadedSeries load(List<Path> files, String what) throws DicomException {
        List<DicomFile> read = readAll(files);
        return build(read, what);
    }

    /** Builds the volume from fully read files. */
    public LoadedSeries build(List<DicomFile> files, String what) throws DicomException {
        if (files.isEmpty()) {
            throw new DicomException(what + ": the series has no files");
        }
        List<Slice> slices = new ArrayList<>();
        String seriesUid = files.get(0).dataset().getString(Tag.SeriesInstanceUID);
        String forUid = files.get(0).dataset().getString(Tag.FrameOfReferenceUID);
        String modality = files.get(0).dataset().getString(Tag.Modality);
        for (DicomFile f : files) {
            String other = f.dataset().getString(Tag.SeriesInstanceUID);
            if (seriesUid != null && !seriesUid.equals(other)) {
                throw new DicomException(what + ": " + f.name() + " belongs to series " + other + ", not " + seriesUid);
            }
            slices.addAll(slicesOf(f));
        }
        SliceStack.Result r = SliceStack.build(slices, policy, what);
        return new LoadedSeries(seriesUid, forUid, modality, r.volume(), r.sliceUids(), r.warnings());
    }

    /** The image planes of one file: one for a classic image, one per frame for an enhanced multi-frame image. */
    public static List<Slice> slicesOf(DicomFile f) throws DicomException {
        DicomObject ds = f.dataset();
        PixelData px = PixelData.of(f);
        if (px.samples != 1) {
            throw new DicomException(f.name() + ": " + px.samples + " samples per pixel (colour); only greyscale "
                    + "images form volumes");
        }
        List<Slice> out = new ArrayList<>();
        for (int fr = 0; fr < px.frames; fr++) {
            double[] ipp = FunctionalGroups.doubles(ds, fr, Tag.PlanePositionSequence, Tag.ImagePositionPatient);
            double[] iop = FunctionalGroups.doubles(ds, fr, Tag.PlaneOrientationSequence, Tag.ImageOrientationPatient);
            double[] ps = FunctionalGroups.doubles(ds, fr, Tag.PixelMeasuresSequence, Tag.PixelSpacing);
            if (ipp.length != 3) {
                throw new DicomException(f.name() + ": Image Position (Patient) " + Tag.toString(Tag.ImagePositionPatient)
                        + " is missing or has " + ipp.length + " values, expected 3");
            }
            if (iop.length != 6) {
                throw new DicomException(f.name() + ": Image Orientation (Patient) "
                        + Tag.toString(Tag.ImageOrientationPatient) + " is missing or has " + iop.length
                        + " values, expected 6");
            }
            if (ps.length != 2 || !(ps[0] > 0) || !(ps[1] > 0)) {
                throw new DicomException(f.name() + ": Pixel Spacing " + Tag.toString(Tag.PixelSpacing)
                        + " is missing or not two positive values");
            }
            double[] row = { iop[0], iop[1], iop[2] };
            double[] col = { iop[3], iop[4], iop[5] };
            if (Math.abs(Vectors.norm(row) - 1) > 1e-2 || Math.abs(Vectors.norm(col) - 1) > 1e-2
                    || Math.abs(Vectors.dot(row, col)) > 1e-2) {
                throw new DicomException(f.name() + ": Image Orientation (Patient) "
                        + String.format(Locale.ROOT, "%s", java.util.Arrays.toString(iop))
                        + " is not two orthogonal unit vectors");
            }
            double slope = FunctionalGroups.doubles(ds, fr, Tag.PixelValueTransformationSequence, Tag.RescaleSlope).length > 0
                    ? FunctionalGroups.doubles(ds, fr, Tag.PixelValueTransformationSequence, Tag.RescaleSlope)[0]
                    : 1.0;
            double[] ic = FunctionalGroups.doubles(ds, fr, Tag.PixelValueTransformationSequence, Tag.RescaleIntercept);
            double intercept = ic.length > 0 ? ic[0] : 0.0;
            float[] v = px.frameRescaled(fr, slope, intercept);
            String uid = ds.getString(Tag.SOPInstanceUID, f.name());
            out.add(new Slice(px.frames > 1 ? f.name() + " frame " + (fr + 1) : f.name(),
                    px.frames > 1 ? uid + "#" + (fr + 1) : uid, px.rows, px.columns, ipp, Vectors.normalize(row),
                    Vectors.normalize(col), ps[0], ps[1], v));
        }
        return out;
    }

    /** Reads files fully, in parallel, keeping their order; the first failure is rethrown. */
    public List<DicomFile> readAll(List<Path> files) throws DicomException {
        if (threads == 1 || files.size() < 8) {
            List<DicomFile> out = new ArrayList<>();
            for (Path p : files) {
                out.add(DicomReader.read(p));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "radwb-dicom-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DicomFile>> futures = new ArrayList<>();
            for (Path p : files) {
                futures.add(pool.submit(() -> DicomReader.read(p)));
            }
            List<DicomFile> out = new ArrayList<>();
            for (Future<DicomFile> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DicomException de) {
                throw de;
            }
            throw new DicomException("reading series failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicomException("reading series interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
