package org.radwb.dicom;

/**
 * One image plane placed in LPS space: its top-left pixel centre, row and column direction cosines, pixel spacing
 * and real-world values (after rescale), row-major, {@code values[col + columns * row]}.
 *
 * @param source   the file or frame this slice came from (for messages)
 * @param uid      the SOP Instance UID (or a frame reference) kept as provenance
 * @param position Image Position (Patient) in mm
 * @param rowDir   direction cosine of increasing column index (first three values of IOP)
 * @param colDir   direction cosine of increasing row index (last three values of IOP)
 * @param rowSpacing    distance between rows in mm (first Pixel Spacing value)
 * @param columnSpacing distance between columns in mm (second Pixel Spacing value)
 */
public record Slice(String source, String uid, int rows, int columns, double[] position, double[] rowDir,
        double[] colDir, double rowSpacing, double columnSpacing, float[] values) {

    /** The unit normal rowDir x colDir. */
    public double[] normal() {
        return Vectors.normalize(Vectors.cross(rowDir, colDir));
    }
}
