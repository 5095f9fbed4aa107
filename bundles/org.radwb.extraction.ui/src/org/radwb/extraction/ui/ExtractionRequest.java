package org.radwb.extraction.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.radwb.extraction.params.ParameterFile;
import org.radwb.extraction.run.Mode;

/**
 * What the Extract Features dialog asked for: the feature definitions (mode) and an optional PyRadiomics parameter
 * file (null = the defaults of that mode).
 */
public record ExtractionRequest(Mode mode, Path parameterFile) {

    /** @return the parameter file read, or the defaults when none was chosen */
    public ParameterFile parameters() throws IOException {
        if (parameterFile == null) {
            return ParameterFile.defaults();
        }
        if (!Files.isRegularFile(parameterFile)) {
            throw new IOException(parameterFile + ": parameter file not found");
        }
        return ParameterFile.read(parameterFile);
    }
}
