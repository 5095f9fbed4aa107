package org.radwb.dicom.rt;

import java.util.List;

import org.radwb.imaging.Volume;

/**
 * An RT Dose grid: dose in Gy (or relative units, see {@code units}) on its own LPS grid.
 *
 * @param units         Dose Units as written: GY or RELATIVE
 * @param doseType      PHYSICAL, EFFECTIVE or ERROR
 * @param summationType PLAN, BEAM, FRACTION, ...
 */
public record DoseGrid(String source, String sopInstanceUid, String frameOfReferenceUid, String units, String doseType,
        String summationType, Volume dose, List<String> warnings) {

    /** True if values are absolute dose in Gy. */
    public boolean isGy() {
        return "GY".equalsIgnoreCase(units);
    }
}
