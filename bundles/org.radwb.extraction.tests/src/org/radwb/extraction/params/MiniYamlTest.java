package org.radwb.extraction.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MiniYamlTest {

    /** PyRadiomics' own example layout (examples/exampleSettings/Params.yaml style). */
    private static final String PYRADIOMICS_PARAMS = """
            # This is an example of a parameters file
            imageType:
              Original: {}
              LoG:
                sigma: [1.0, 2.0, 3.0]  # in mm
              Wavelet: {}

            featureClass:
              shape:
              firstorder: []
              glcm:
                - 'Autocorrelation'
                - JointAverage

            setting:
              binWidth: 25
              resampledPixelSpacing: # [1,1,1]
              interpolator: 'sitkBSpline'
              label: 1
              normalize: true
              normalizeScale: 1e2
            """;

    @Test
    void readsPyRadiomicsParameterFileAsIs() throws IOException {
        ParameterFile p = ParameterFile.parse("Params.yaml", PYRADIOMICS_PARAMS);
        assertEquals(List.of("Original", "LoG", "Wavelet"), List.copyOf(p.imageTypes.keySet()));
        assertEquals(List.of(1.0, 2.0, 3.0), p.imageTypes.get("LoG").get("sigma"));
        assertEquals(List.of(), p.featureClasses.get("shape"));
        assertEquals(List.of(), p.featureClasses.get("firstorder"));
        assertEquals(List.of("Autocorrelation", "JointAverage"), p.featureClasses.get("glcm"));
        assertEquals(25.0, p.number("binWidth", 0));
        assertNull(p.settings.get("resampledPixelSpacing"));
        assertEquals("sitkBSpline", p.string("interpolator", ""));
        assertEquals(100.0, p.number("normalizeScale", 0));
        assertTrue(p.flag("normalize", false));
        assertNull(p.mode);
    }

    @Test
    void readsJson() throws IOException {
        ParameterFile p = ParameterFile.parse("p.json",
                "{\"imageType\": {\"Original\": {}, \"LoG\": {\"sigma\": [2.5]}},\n \"setting\": {\"binCount\": 32, \"force2D\": false}}");
        assertEquals(List.of(2.5), p.imageTypes.get("LoG").get("sigma"));
        assertEquals(32.0, p.number("binCount", 0));
        assertEquals(7, p.featureClasses.size()); // absent featureClass = all default classes
    }

    @Test
    void nestedBlocksAndSequencesOfMappings() throws Exception {
        Object doc = MiniYaml.parse("x", "a:\n  - name: one\n    value: 1\n  - name: 'two: 2'\n    value: -2.5e-1\nb: \"q # not a comment\"\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) doc;
        assertEquals(List.of(Map.of("name", "one", "value", 1L), Map.of("name", "two: 2", "value", -0.25)), m.get("a"));
        assertEquals("q # not a comment", m.get("b"));
    }

    @Test
    void flowCollectionsMaySpanLines() throws Exception {
        ParameterFile p = ParameterFile.parse("p.yaml", "imageType:\n  LoG:\n    sigma: [1.0,\n            2.0,  # mm\n            3.0]\n"
                + "setting:\n  binWidth: 25\n");
        assertEquals(List.of(1.0, 2.0, 3.0), p.imageTypes.get("LoG").get("sigma"));
        assertEquals(25.0, p.number("binWidth", 0));
    }

    @Test
    void errorsNameFileLineAndProblem() {
        MiniYaml.YamlException e = assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("bad.yaml", "a: 1\n   b: 2\n"));
        assertTrue(e.getMessage().startsWith("bad.yaml: line 2"), e.getMessage());
        e = assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("bad.yaml", "a: [1, 2\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        e = assertThrows(MiniYaml.YamlException.class, () -> MiniYaml.parse("bad.yaml", "a: 1\na: 2\n"));
        assertTrue(e.getMessage().contains("duplicate key 'a'"), e.getMessage());
        IOException io = assertThrows(IOException.class, () -> ParameterFile.parse("p.yaml", "imageType:\n  Fourier: {}\n"));
        assertTrue(io.getMessage().contains("imageType 'Fourier' is unknown"), io.getMessage());
        io = assertThrows(IOException.class, () -> ParameterFile.parse("p.yaml", "setting:\n  binwidth: 25\n"));
        assertTrue(io.getMessage().contains("setting 'binwidth' is unknown (a typo?)"), io.getMessage());
        io = assertThrows(IOException.class, () -> ParameterFile.parse("p.yaml", "settings:\n  binWidth: 25\n"));
        assertTrue(io.getMessage().contains("unknown top-level key 'settings'"), io.getMessage());
    }
}
