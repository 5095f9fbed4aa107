package org.radwb.extraction.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.extraction.FeatureValue;
import org.radwb.extraction.params.ParameterFile;
import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;
import org.radwb.imaging.io.ImageIO;

/** Every bad input of issue 4 gives a clear error or a defined result with a note, in both modes; never a crash. */
class BadInputTest {

    @TempDir
    Path tmp;

    private static final Geometry G = Geometry.of(12, 12, 10, 1, 1, 2);

    private Path image(float[] v) throws IOException {
        Path p = tmp.resolve("img" + Arrays.hashCode(v) + ".nii.gz");
        ImageIO.write(new Volume(G, v), p);
        return p;
    }

    private static float[] ramp() {
        float[] v = new float[G.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 101;
        }
        return v;
    }

    private Path mask(Geometry g, int[] labels) throws IOException {
        Path p = tmp.resolve("mask" + Arrays.hashCode(labels) + g.nz() + ".nii.gz");
        ImageIO.writeLabels(new LabelMap(g, labels), p);
        return p;
    }

    private static int[] cube(int label, int from, int to) {
        int[] l = new int[G.size()];
        for (int k = from; k <= to; k++) {
            for (int j = from; j <= to; j++) {
                for (int i = from; i <= to; i++) {
                    l[G.index(i, j, k)] = label;
                }
            }
        }
        return l;
    }

    private static List<CaseResult> both(Path img, Path msk, Extraction.Labels labels) {
        List<CaseResult> a = Extraction.run(img, msk, labels, ParameterFile.defaults(), Mode.PYRADIOMICS);
        List<CaseResult> b = Extraction.run(img, msk, labels, ParameterFile.defaults(), Mode.IBSI);
        return List.of(a.get(0), b.get(0));
    }

    @Test
    void geometryMismatch() throws Exception {
        Path msk = mask(Geometry.of(12, 12, 9, 1, 1, 2), new int[12 * 12 * 9]);
        for (CaseResult r : both(image(ramp()), msk, Extraction.Labels.of(1))) {
            assertFalse(r.ok());
            assertTrue(r.error().contains("image and mask geometries differ") && r.error().contains("12x12x9"), r.error());
        }
    }

    @Test
    void emptyMaskAndAbsentLabel() throws Exception {
        Path img = image(ramp());
        Path empty = mask(G, new int[G.size()]);
        for (CaseResult r : both(img, empty, Extraction.Labels.of(1))) {
            assertTrue(r.error().contains("label 1 is absent from the mask; labels present: []"), r.error());
        }
        List<CaseResult> all = Extraction.run(img, empty, Extraction.Labels.everyLabel(), ParameterFile.defaults(), Mode.IBSI);
        assertTrue(all.get(0).error().contains("is empty"), all.get(0).error());
        for (CaseResult r : both(img, mask(G, cube(2, 3, 6)), Extraction.Labels.of(5))) {
            assertTrue(r.error().contains("label 5 is absent") && r.error().contains("[2]"), r.error());
        }
    }

    @Test
    void truncatedAndUnknownFilesAreReportedNotThrown() throws Exception {
        Path img = image(ramp());
        byte[] b = Files.readAllBytes(img);
        Path cut = tmp.resolve("cut.nii.gz");
        Files.write(cut, Arrays.copyOf(b, b.length / 2));
        for (CaseResult r : both(cut, mask(G, cube(1, 3, 6)), Extraction.Labels.of(1))) {
            assertTrue(r.error().contains("cut.nii.gz") && r.error().contains("truncated"), r.error());
        }
        for (CaseResult r : both(tmp.resolve("missing.nii"), mask(G, cube(1, 3, 6)), Extraction.Labels.of(1))) {
            assertTrue(r.error().contains("missing.nii"), r.error());
        }
    }

    @Test
    void maskTouchingTheBorderGivesValuesAndANote() throws Exception {
        for (CaseResult r : both(image(ramp()), mask(G, cube(1, 0, 4)), Extraction.Labels.of(1))) {
            assertTrue(r.ok(), r.error());
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("touches the image border")), r.notes().toString());
            assertTrue(r.values().size() > 100);
        }
    }

    @Test
    void nanVoxelsInTheRoiAreAnError() throws Exception {
        float[] v = ramp();
        v[G.index(4, 4, 4)] = Float.NaN;
        for (CaseResult r : both(image(v), mask(G, cube(1, 3, 6)), Extraction.Labels.of(1))) {
            assertFalse(r.ok());
            assertTrue(r.error().contains("NaN"), r.error());
        }
    }

    @Test
    void oneVoxelRoi() throws Exception {
        Path img = image(ramp());
        Path msk = mask(G, cube(1, 5, 5));
        CaseResult py = Extraction.run(img, msk, Extraction.Labels.of(1), ParameterFile.defaults(), Mode.PYRADIOMICS).get(0);
        assertTrue(py.error().contains("below minimumROIDimensions 2"), py.error()); // PyRadiomics refuses it too
        CaseResult ibsi = Extraction.run(img, msk, Extraction.Labels.of(1), ParameterFile.defaults(), Mode.IBSI).get(0);
        assertTrue(ibsi.ok(), ibsi.error());
        assertTrue(ibsi.notes().stream().anyMatch(n -> n.contains("single voxel")), ibsi.notes().toString());
        assertEquals(1 * 1 * 2.0, value(ibsi, "morph.approx.vol"), 1e-12);
        assertEquals(0.0, value(ibsi, "stat.var"), 0);
    }

    @Test
    void flatRegion() throws Exception {
        float[] v = new float[G.size()];
        Arrays.fill(v, 300f);
        for (CaseResult r : both(image(v), mask(G, cube(1, 3, 6)), Extraction.Labels.of(1))) {
            assertTrue(r.ok(), r.error());
        }
        CaseResult ibsi = Extraction.run(image(v), mask(G, cube(1, 3, 6)), Extraction.Labels.of(1), ParameterFile.defaults(),
                Mode.IBSI).get(0);
        assertEquals(0.0, value(ibsi, "stat.skew"), 0); // IBSI: 0 for a flat region
        assertEquals(0.0, value(ibsi, "stat.kurt"), 0);
        CaseResult py = Extraction.run(image(v), mask(G, cube(1, 3, 6)), Extraction.Labels.of(1), ParameterFile.defaults(),
                Mode.PYRADIOMICS).get(0);
        assertEquals(0.0, value(py, "original_firstorder_Entropy"), 1e-12);
        assertEquals(1.0, value(py, "original_firstorder_Uniformity"), 1e-12);
    }

    @Test
    void batchGoesOnAfterAFailingCase() throws Exception {
        Path img = image(ramp());
        Path good = mask(G, cube(1, 3, 6));
        Path cases = tmp.resolve("cases.csv");
        Files.writeString(cases, "Image,Mask,Label\n" + img.getFileName() + "," + good.getFileName() + ",1\n"
                + "nope.nii.gz," + good.getFileName() + ",\n" + img.getFileName() + "," + good.getFileName() + ",7\n");
        List<BatchRunner.Case> list = BatchRunner.readCases(cases);
        assertEquals(3, list.size());
        List<String> log = new java.util.ArrayList<>();
        List<CaseResult> r = BatchRunner.run(list, ParameterFile.defaults(), Mode.PYRADIOMICS, 2, 1, log::add);
        assertEquals(List.of(true, false, false), r.stream().map(CaseResult::ok).toList());
        assertEquals(3, log.size());
        assertTrue(log.stream().anyMatch(l -> l.contains("FAILED") && l.contains("row 4")), log.toString());
        java.io.StringWriter w = new java.io.StringWriter();
        ResultCsv.writeWide(r, w);
        String[] lines = w.toString().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("image,mask,label,status,error,engine,engine_version,mode,image_sha256,mask_sha256,settings_sha256,notes,original_firstorder_10Percentile"));
        assertTrue(lines[2].contains(",failed,") && lines[2].contains("nope.nii.gz"), lines[2]);
        assertEquals(Provenance.sha256(img), r.get(0).imageSha256());
    }

    @Test
    void longFormatJoinsWithIbsiTables() throws Exception {
        CaseResult r = Extraction.run(image(ramp()), mask(G, cube(1, 2, 7)), Extraction.Labels.of(1), ParameterFile.defaults(),
                Mode.IBSI).get(0);
        java.io.StringWriter w = new java.io.StringWriter();
        ResultCsv.writeLong(List.of(r), w);
        String text = w.toString();
        assertTrue(text.startsWith("image,mask,label,family,feature,ibsi_code,aggregation,value\n"));
        assertTrue(text.contains(",morphology,morph.vol,RNU0,,"), text.substring(0, 400));
        assertTrue(text.contains(",cm.joint.max,GYBY,IAZD,"), "GLCM joint maximum, 3D merged");
    }

    private static double value(CaseResult r, String name) {
        for (FeatureValue v : r.values()) {
            if (v.name().equals(name)) {
                return v.value();
            }
        }
        throw new AssertionError(name + " not in " + r.values().size() + " values");
    }
}
