package org.radwb.extraction.run;

import java.util.List;

import org.radwb.extraction.FeatureValue;

/**
 * The outcome of one (image, mask, label): its values, or the error that stopped it (values empty), plus
 * diagnostic notes and provenance.
 */
public record CaseResult(String image, String mask, int label, Mode mode, List<FeatureValue> values, List<String> notes,
        String error, String imageSha256, String maskSha256, String settingsSha256, long millis) {

    public boolean ok() {
        return error == null;
    }
}
