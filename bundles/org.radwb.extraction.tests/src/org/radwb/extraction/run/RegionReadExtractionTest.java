package org.radwb.extraction.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.CsvLine;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.TestData;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.pyradiomics.PyRadiomicsExtractor;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/**
 * The region path of {@link Extraction} (mask first, then only the ROI's box of the image) gives exactly the results
 * of the whole-volume path: same values (compared with ==), notes, errors and SHA-256s, on the PyRadiomics brain
 * cases as NRRD and as gzip NIfTI, and it is taken only for settings that need no voxel outside the box.
 */
class RegionReadExtractionTest {

    @TempDir
    Path tmp;

    /** Whole-volume path: the image read beforehand, as the batch runner does for an image shared by several cases. */
    private static List<CaseResult> whole(Path img, Path msk, Extraction.Labels labels, ParameterFile p, Mode mode) throws Exception {
        return Extraction.run(img, Extraction.LoadedImage.read(img), msk, labels, p, mode);
    }

    /** Runs the default path and tells whether it took the region read. */
    private static List<CaseResult> region(Path img, Path msk, Extraction.Labels labels, ParameterFile p, Mode mode, boolean expectRegion) {
        long before = Extraction.PHASES.regionCases.sum();
        List<CaseResult> r = Extraction.run(img, msk, labels, p, mode);
        assertEquals(expectRegion, Extraction.PHASES.regionCases.sum() > before, "region path taken");
        return r;
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static void assertSame(List<CaseResult> expected, List<CaseResult> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            CaseResult e = expected.get(i), a = actual.get(i);
            assertEquals(e.label(), a.label());
            assertEquals(e.error(), a.error());
            assertEquals(e.notes(), a.notes());
            assertEquals(e.imageSha256(), a.imageSha256());
            assertEquals(e.maskSha256(), a.maskSha256());
            assertEquals(e.values(), a.values()); // FeatureValue records: names and exact doubles
        }
    }

    /** brain1/brain2 as gzip NIfTI (and NRRD): region path == whole path, and 107/107 within 1e-6 of PyRadiomics 3.1.0. */
    @Test
    void pyradiomicsBrainCasesAreIdenticalAndMatchTheBaseline() throws Exception {
        Map<String, double[]> ref = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(TestData.reader("pyradiomics/pyradiomics_v3.1.0_default_features_brain1_brain2.csv"))) {
            r.readLine();
            String l;
            while ((l = r.readLine()) != null) {
                String[] f = CsvLine.split(l);
                ref.put("original_" + f[0] + "_" + f[1], new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]) });
            }
        }
        ParameterFile p = ParameterFile.defaults();
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            String name = "brain" + (c + 1);
            Path nrrdImg = TestData.file("pyradiomics/" + name + "_image.nrrd", tmp);
            Path nrrdMsk = TestData.file("pyradiomics/" + name + "_label.nrrd", tmp);
            Path img = tmp.resolve(name + "_image.nii.gz");
            Path msk = tmp.resolve(name + "_label.nii.gz");
            ImageIO.write(ImageIO.read(nrrdImg), img);
            ImageIO.writeLabels(ImageIO.readLabels(nrrdMsk), msk);
            for (Path[] files : new Path[][] { { img, msk }, { nrrdImg, nrrdMsk } }) {
                List<CaseResult> fast = region(files[0], files[1], Extraction.Labels.of(1), p, Mode.PYRADIOMICS, true);
                assertSame(whole(files[0], files[1], Extraction.Labels.of(1), p, Mode.PYRADIOMICS), fast);
                assertEquals(sha256(files[0]), fast.get(0).imageSha256());
                assertEquals(sha256(files[1]), fast.get(0).maskSha256());
                assertEquals(107, fast.get(0).values().size());
                for (FeatureValue v : fast.get(0).values()) {
                    double want = ref.get(v.name())[c];
                    double d = Math.abs(v.value() - want);
                    if (!(d <= 1e-12 || d / Math.abs(want) <= 1e-6)) {
                        failures.add(files[0].getFileName() + " " + v.name() + " ours " + v.value() + " ref " + want);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static final Geometry G = Geometry.of(14, 12, 10, 0.9, 1.1, 2);

    private Path image(String name) throws Exception {
        float[] v = new float[G.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 101 + (i % 7) * 0.25f;
        }
        Path p = tmp.resolve(name);
        ImageIO.write(new Volume(G, v), p);
        return p;
    }

    private Path mask(String name, int[] labels) throws Exception {
        Path p = tmp.resolve(name);
        ImageIO.writeLabels(new LabelMap(G, labels), p);
        return p;
    }

    private static void box(int[] l, int label, int i0, int i1, int j0, int j1, int k0, int k1) {
        for (int k = k0; k <= k1; k++) {
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    l[G.index(i, j, k)] = label;
                }
            }
        }
    }

    /** Lesions inside, on the first and on the last voxel of each axis, several labels, all-labels mode, resegmentation. */
    @Test
    void bordersLabelsAndResegmentationGiveTheSameResults() throws Exception {
        Path img = image("img.nii.gz");
        int[] l = new int[G.size()];
        box(l, 1, 3, 6, 4, 7, 2, 5);
        box(l, 2, 0, 2, 0, 3, 0, 1); // touches the low faces
        box(l, 3, 11, 13, 9, 11, 8, 9); // touches the high faces
        Path msk = mask("three.nii.gz", l);
        for (String yaml : new String[] { "setting:\n  minimumROIDimensions: 1\n",
                "setting:\n  binWidth: 5\n  resegmentRange: [10, 80]\n",
                "setting:\n  resegmentRange: [-1, 1]\n  resegmentMode: sigma\n" }) {
            ParameterFile p = ParameterFile.parse("p.yaml", yaml);
            for (Extraction.Labels labels : new Extraction.Labels[] { Extraction.Labels.of(1), Extraction.Labels.of(2),
                    Extraction.Labels.of(3), Extraction.Labels.everyLabel() }) {
                List<CaseResult> fast = region(img, msk, labels, p, Mode.PYRADIOMICS, true);
                assertSame(whole(img, msk, labels, p, Mode.PYRADIOMICS), fast);
                assertTrue(fast.stream().allMatch(CaseResult::ok), fast.toString());
            }
        }
        ParameterFile p = ParameterFile.parse("p.yaml", "setting:\n  minimumROIDimensions: 1\n");
        List<CaseResult> all = region(img, msk, Extraction.Labels.everyLabel(), p, Mode.PYRADIOMICS, true);
        assertEquals(List.of(1, 2, 3), all.stream().map(CaseResult::label).toList());
        assertFalse(all.get(0).notes().contains("the mask touches the image border"));
        assertTrue(all.get(1).notes().contains("the mask touches the image border"));
        assertTrue(all.get(2).notes().contains("the mask touches the image border"));
    }

    /** Settings that read outside the box keep the whole-volume read; the values are those of the whole path. */
    @Test
    void settingsNeedingTheWholeImageKeepTheWholeRead() throws Exception {
        Path img = image("img2.nii.gz");
        int[] l = new int[G.size()];
        box(l, 1, 4, 8, 3, 8, 3, 6);
        Path msk = mask("one.nii.gz", l);
        String[] wholeImage = { "setting:\n  normalize: true\n", "setting:\n  resampledPixelSpacing: [1, 1, 1]\n",
                "imageType:\n  Original: {}\n  Square: {}\n", "imageType:\n  LoG:\n    sigma: [1.0]\n", "imageType:\n  Gradient: {}\n" };
        for (String yaml : wholeImage) {
            ParameterFile p = ParameterFile.parse("p.yaml", yaml);
            assertTrue(PyRadiomicsExtractor.needsWholeImage(p), yaml);
            List<CaseResult> r = region(img, msk, Extraction.Labels.of(1), p, Mode.PYRADIOMICS, false);
            assertSame(whole(img, msk, Extraction.Labels.of(1), p, Mode.PYRADIOMICS), r);
        }
        assertFalse(PyRadiomicsExtractor.needsWholeImage(ParameterFile.parse("p.yaml", "setting:\n  normalize: false\n")));
        // IBSI mode always reads the whole volume
        region(img, msk, Extraction.Labels.of(1), ParameterFile.defaults(), Mode.IBSI, false);
    }

    /** Errors come from the whole-volume path, word for word: absent label, empty mask, grid mismatch, missing file. */
    @Test
    void errorsAreThoseOfTheWholePath() throws Exception {
        Path img = image("img3.nii.gz");
        int[] l = new int[G.size()];
        box(l, 2, 4, 8, 3, 8, 3, 6);
        Path msk = mask("two.nii.gz", l);
        Path empty = mask("empty.nii.gz", new int[G.size()]);
        Path other = tmp.resolve("other.nii.gz");
        int[] o = new int[14 * 12 * 9];
        o[5 + 14 * (5 + 12 * 5)] = 1; // label 1 present, but on a grid of 9 slices
        ImageIO.writeLabels(new LabelMap(Geometry.of(14, 12, 9, 0.9, 1.1, 2), o), other);
        ParameterFile p = ParameterFile.defaults();
        for (Path[] c : new Path[][] { { img, msk }, { img, empty }, { img, other }, { tmp.resolve("none.nii.gz"), msk },
                { img, tmp.resolve("none.nii.gz") } }) {
            List<CaseResult> r = Extraction.run(c[0], c[1], Extraction.Labels.of(1), p, Mode.PYRADIOMICS);
            assertFalse(r.get(0).ok(), c[1].toString());
            Extraction.LoadedImage loaded = null;
            try {
                loaded = Extraction.LoadedImage.read(c[0]);
            } catch (java.io.IOException e) {
                // the image is missing: the run without a loaded image is the reference
            }
            if (loaded != null) {
                assertSame(Extraction.run(c[0], loaded, c[1], Extraction.Labels.of(1), p, Mode.PYRADIOMICS), r);
            }
        }
        assertTrue(Extraction.run(img, msk, Extraction.Labels.of(1), p, Mode.PYRADIOMICS).get(0).error()
                .contains("label 1 is absent from the mask; labels present: [2]"));
        assertTrue(Extraction.run(img, other, Extraction.Labels.of(1), p, Mode.PYRADIOMICS).get(0).error()
                .startsWith("image and mask geometries differ"));
    }
}
